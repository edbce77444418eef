/* Reading by article: the list of articles, and an article's text with every extracted fact
   highlighted at its evidence offsets (the ends' mentions underlined in their type's colour). */
(function () {
  "use strict";
  var el = PV.el, data = PV.data, main = document.getElementById("pv-main");
  var byId = {};
  data.articles.forEach(function (a) { byId[a.id] = a; });

  function list() {
    main.replaceChildren();
    main.appendChild(el("h1", "خبرها · articles (" + data.articles.length + ")"));
    var search = el("input", null, "pv-search");
    search.type = "search";
    search.placeholder = "جستجو در عنوان‌ها · search headlines";
    main.appendChild(search);
    var table = el("table", null, "pv-list");
    var head = el("tr");
    ["عنوان · headline", "تاریخ · date", "منبع · source", "واقعیت‌ها · facts"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    var rows = data.articles.slice().sort(function (a, b) {
      return (b.published || "").localeCompare(a.published || "") || a.id.localeCompare(b.id);
    }).map(function (a) {
      var tr = el("tr");
      var td = el("td");
      td.appendChild(PV.link(a.title || a.id, PV.href("reading", { article: a.id })));
      tr.appendChild(td);
      var date = el("td");
      date.appendChild(PV.ltr(a.published || "—"));
      tr.appendChild(date);
      tr.appendChild(el("td", a.source || ""));
      tr.appendChild(el("td", String(a.facts.length), "pv-num"));
      tr.dataset.key = PV.norm(a.title + " " + a.id);
      table.appendChild(tr);
      return tr;
    });
    main.appendChild(table);
    search.addEventListener("input", function () {
      var q = PV.norm(search.value);
      rows.forEach(function (tr) { tr.style.display = !q || tr.dataset.key.indexOf(q) >= 0 ? "" : "none"; });
    });
  }

  function marked(original, facts, onPick) {
    // text as nodes: every stretch covered by a fact's evidence is a span listing those facts
    // (offsets count code points, as Python does: the text is sliced as an array of them)
    var text = payvandCodePoints(original);
    var cuts = [0, text.length];
    facts.forEach(function (f) {
      [f.start, f.end].concat(f.sm || [], f.om || []).forEach(function (x) { if (x >= 0 && x <= text.length) cuts.push(x); });
    });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (x, i, all) { return i === 0 || x !== all[i - 1]; });
    var frag = document.createDocumentFragment(), spans = {};
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var here = facts.filter(function (f) { return f.start <= a && f.end >= b; });
      if (!here.length) { frag.appendChild(document.createTextNode(text.slice(a, b).join(""))); continue; }
      var span = el("span", text.slice(a, b).join(""), "pv-ev" + (here.length > 1 ? " pv-many" : ""));
      var ends = here.map(function (f) {
        if (f.sm && f.sm[0] <= a && f.sm[1] >= b) return f.s;
        if (f.om && f.om[0] <= a && f.om[1] >= b) return f.o;
        return null;
      }).filter(Boolean);
      if (ends.length) {
        var ent = data.entities[ends[0]];
        span.classList.add("pv-m");
        span.style.borderColor = PV.colour(ent ? ent.type : "");
      }
      span.title = here.map(function (f) { return PV.factSummary(f, data.entities); }).join("\n");
      span.dataset.facts = here.map(function (f) { return f.index; }).join(",");
      here.forEach(function (f) { (spans[f.index] = spans[f.index] || []).push(span); });
      span.addEventListener("click", (function (hits) { return function () { onPick(hits); }; })(here));
      frag.appendChild(span);
      var n = here.filter(function (f) { return f.end === b; }).length;
      if (n) span.dataset.ends = n;  // drawn by CSS after the sentence: not part of the text
    }
    return { nodes: frag, spans: spans };
  }

  function article(a, selected) {
    main.replaceChildren();
    var back = PV.link("→ همه‌ی خبرها · all articles", PV.href("reading", {}));
    main.appendChild(back);
    var facts = a.facts.map(function (i) { return Object.assign({ index: i }, data.facts[i]); });
    var cards = {}, spans = {};

    function pick(hits, scroll) {
      document.querySelectorAll(".pv-sel").forEach(function (e) { e.classList.remove("pv-sel"); });
      hits.forEach(function (f) {
        (spans[f.index] || []).forEach(function (s) { s.classList.add("pv-sel"); });
        if (cards[f.index]) cards[f.index].classList.add("pv-sel");
      });
      if (hits.length && cards[hits[0].index]) cards[hits[0].index].scrollIntoView({ block: "nearest" });
      if (scroll && hits.length && spans[hits[0].index]) spans[hits[0].index][0].scrollIntoView({ block: "center" });
    }

    var h1 = el("h1");
    var inTitle = marked(a.title || a.id, facts.filter(function (f) { return f.in === "title"; }), pick);
    h1.appendChild(inTitle.nodes);
    main.appendChild(h1);
    var meta = el("div", null, "pv-meta");
    meta.appendChild(PV.ltr(a.published || "—"));
    meta.appendChild(el("span", a.source || ""));
    meta.appendChild(el("span", "واقعیت‌ها · facts:"));
    meta.appendChild(PV.ltr(String(facts.length)));
    if (a.url) meta.appendChild(PV.external("منبع · source", a.url));
    main.appendChild(meta);

    var body = el("div", null, "pv-article");
    var text = el("div", null, "pv-text");
    var inText;
    if (a.text === null || a.text === undefined) {
      text.appendChild(el("p", "متن این خبر در انبار نیست · the store keeps no text of this article " +
        "(built by an earlier version: build again with --rebuild)", "pv-empty"));
      inText = { spans: {} };
    } else {
      inText = marked(a.text, facts.filter(function (f) { return f.in !== "title"; }), pick);
      text.appendChild(inText.nodes);
    }
    [inTitle.spans, inText.spans].forEach(function (m) { Object.keys(m).forEach(function (k) { spans[k] = (spans[k] || []).concat(m[k]); }); });
    body.appendChild(text);

    var panel = el("aside", null, "pv-panel");
    panel.appendChild(el("h2", "واقعیت‌ها · facts"));
    if (!facts.length) panel.appendChild(el("p", "هیچ واقعیتی استخراج نشد · no fact extracted", "pv-empty"));
    facts.forEach(function (f) {
      var card = el("div", null, "pv-fact");
      card.dataset.fact = f.id;
      card.appendChild(PV.factLine(f, data.entities));
      var meta = el("div", null, "pv-meta");
      if (f.in === "title") meta.appendChild(el("span", "عنوان · headline"));
      meta.appendChild(PV.ltr("[" + f.start + "–" + f.end + "]"));
      meta.appendChild(el("span", f.rule));
      meta.appendChild(PV.ltr(f.confidence.toFixed(2)));
      card.appendChild(meta);
      var links = el("div", null, "pv-links");
      links.appendChild(PV.link("در گراف · in the graph", PV.href("viewer", { edge: f.id })));
      links.appendChild(PV.link("پیوند این واقعیت · link", PV.href("reading", { article: a.id, fact: f.id })));
      card.appendChild(links);
      card.addEventListener("click", function (ev) { if (ev.target.tagName !== "A") pick([f], true); });
      cards[f.index] = card;
      panel.appendChild(card);
    });
    body.appendChild(panel);
    main.appendChild(body);
    var chosen = facts.filter(function (f) { return f.id === selected; });
    if (chosen.length) pick(chosen, true);
  }

  function route() {
    var p = PV.params();
    var a = p.article !== undefined ? byId[p.article] : null;
    if (p.article !== undefined && !a) {
      list();
      main.insertBefore(el("p", "خبری با این شناسه نیست · no article with id " + p.article, "pv-empty"), main.firstChild);
    } else if (a) {
      article(a, p.fact);
      document.title = (a.title || a.id) + " · Payvand";
    } else {
      list();
    }
    main.dataset.ready = "true";
  }

  window.addEventListener("hashchange", route);
  route();
})();
