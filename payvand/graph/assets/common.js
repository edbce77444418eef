/* What a search box compares: the folding of payvand.extract.text.search_key, for what a user
   types (the keys it is compared with are folded in Python). Arabic letter variants and Persian
   and Arabic digits folded; diacritics, spaces, half-spaces and punctuation dropped; lower case.
   Shared, with payvandMark and payvandHashParams, by the viewer and the companion pages. */
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

/* A string as an array of its code points: Payvand's offsets count code points (Python's str),
   JavaScript's string indices count UTF-16 units, which differ after any character outside the
   Basic Multilingual Plane (an emoji, a mathematical letter). */
function payvandCodePoints(s) {
  return Array.from(s || "");
}

/* Text with some of its stretches (``[start, end]`` code-point offsets into it, in any order)
   wrapped in <mark>, appended to ``box`` as text nodes only (the text is an article's: never
   parsed as HTML). A stretch overlapping one before it is left unmarked. */
function payvandMark(box, original, stretches) {
  var text = payvandCodePoints(original), pos = 0;
  stretches.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (s) {
    if (s[0] < pos) return;
    box.appendChild(document.createTextNode(text.slice(pos, s[0]).join("")));
    var m = document.createElement("mark");
    m.textContent = text.slice(s[0], s[1]).join("");
    box.appendChild(m);
    pos = s[1];
  });
  box.appendChild(document.createTextNode(text.slice(pos).join("")));
  return box;
}

/* The parameters of the page's URL fragment, the way the pages link to one another
   (``#key=value&key=value``, values URI-encoded); a malformed value is left out. */
function payvandHashParams() {
  var out = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var i = kv.indexOf("=");
    if (i > 0) {
      try { out[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); } catch (e) { /* ignored */ }
    }
  });
  return out;
}
