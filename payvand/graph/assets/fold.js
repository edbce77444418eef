/* What a search box compares: the folding of payvand.extract.text.search_key, for what a user
   types (the keys it is compared with are folded in Python). Arabic letter variants and Persian
   and Arabic digits folded; diacritics, spaces, half-spaces and punctuation dropped; lower case.
   Shared by the viewer and the companion pages. */
function payvandFold(s) {
  var map = { "ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ی" };
  var out = "";
  for (var i = 0; i < (s || "").length; i++) {
    var c = s[i];
    var code = c.charCodeAt(0);
    if (code >= 0x06F0 && code <= 0x06F9) c = String.fromCharCode(code - 0x06F0 + 48);
    else if (code >= 0x0660 && code <= 0x0669) c = String.fromCharCode(code - 0x0660 + 48);
    out += map[c] || c;
  }
  return out.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}
