/* Payvand companion pages: what the reading, entity and map pages share. Every
   article-derived string is written with textContent (or as an attribute value), never as HTML.
   Links between pages use the URL fragment: key=value&key=value, values encodeURIComponent'd. */
var PV = (function () {
  "use strict";
  var config = JSON.parse(document.getElementById("pv-config").textContent);
  var data = JSON.parse(document.getElementById("pv-data").textContent);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function ltr(text, tag) {
    // numbers, dates and offsets, isolated from the right-to-left text around them
    var e = el(tag || "bdi", text, "pv-ltr");
    e.dir = "ltr";
    return e;
  }

  var norm = payvandFold, params = payvandHashParams;  // (common.js)

  function href(page, args) {
    // page: "reading", "entity", "map" or "viewer"
    var file = page === "viewer" ? config.viewer : config.pages[page];
    var keys = Object.keys(args || {});
    return file + (keys.length ? "#" + keys.map(function (k) { return k + "=" + encodeURIComponent(args[k]); }).join("&") : "");
  }

  function link(text, url, cls) {
    var a = el("a", text, cls);
    a.href = url;
    return a;
  }

  function external(text, url) {
    // only http(s) URLs become links
    if (!url || !/^https?:\/\//i.test(url)) return el("span", text);
    var a = link(text, url);
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function colour(type) { return config.colours[type] || "#888"; }

  function typeBadge(type) {
    var b = el("span", type, "pv-type");
    b.style.background = colour(type);
    return b;
  }

  function entityName(ent, iri) { return ent ? ent.label : iri; }

  function entityLink(iri, ent) {
    var a = link(entityName(ent, iri), href("entity", { iri: iri }), "pv-ent");
    a.style.borderColor = ent ? colour(ent.type) : "#888";
    if (ent) a.title = (ent.label_en ? ent.label_en + " · " : "") + ent.type;
    return a;
  }

  function factSummary(f, entities) {
    // plain text (for a title attribute): subject — predicate (role) — object
    var s = entities[f.s], o = entities[f.o];
    return entityName(s, f.s) + " — " + f.p + (f.role ? " (" + f.role + ")" : "") +
      (f.status ? " [" + f.status + "]" : "") + " — " + entityName(o, f.o);
  }

  function term(f) {
    // a post's term or a fact's year, as text
    if (f.term_start || f.term_end) return (f.term_start || "?") + "–" + (f.term_end || "");
    return f.year || "";
  }

  function factLine(f, entities) {
    var line = el("div", null, "pv-rel");
    line.appendChild(entityLink(f.s, entities[f.s]));
    line.appendChild(document.createTextNode(" "));
    line.appendChild(el("span", f.p + (f.role ? " · " + f.role : ""), "pv-pred"));
    if (f.status) line.appendChild(el("span", " [" + f.status + "]", "pv-small"));
    line.appendChild(document.createTextNode(" "));
    line.appendChild(entityLink(f.o, entities[f.o]));
    var t = term(f);
    if (t) { line.appendChild(document.createTextNode(" ")); line.appendChild(ltr(t)); }
    return line;
  }

  function year(s) { var m = /^(\d{4})/.exec(s || ""); return m ? parseInt(m[1], 10) : null; }

  return { config: config, data: data, el: el, ltr: ltr, norm: norm, params: params, href: href, link: link,
    external: external, colour: colour, typeBadge: typeBadge, entityLink: entityLink, factSummary: factSummary,
    factLine: factLine, term: term, year: year };
})();
