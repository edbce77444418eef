/* Entity pages: search (Persian-aware folding), then an entity's labels and aliases, its facts
   grouped by predicate with their evidence, the articles that mention it and a timeline. */
(function () {
  "use strict";
  var el = PV.el, data = PV.data, main = document.getElementById("pv-main");
  var POSTS = { mayorOf: 1, memberOf: 1, represents: 1 };
  var iris = Object.keys(data.entities);

  function searchBox() {
    var box = el("div");
    var input = el("input", null, "pv-search");
    input.type = "search";
    input.placeholder = "جستجوی شهر، شخص، سازمان · search a city, person, organization";
    var results = el("ul", null, "pv-results");
    input.addEventListener("input", function () {
      results.replaceChildren();
      var q = PV.norm(input.value);
      if (!q) return;
      var hits = iris.filter(function (i) { return data.entities[i].keys.some(function (k) { return k.indexOf(q) >= 0; }); });
      hits.sort(function (a, b) {
        var ea = data.entities[a], eb = data.entities[b];
        var xa = ea.keys.indexOf(q) >= 0 ? 0 : 1, xb = eb.keys.indexOf(q) >= 0 ? 0 : 1;
        return xa - xb || eb.facts.length - ea.facts.length || ea.label.localeCompare(eb.label);
      });
      hits.slice(0, 20).forEach(function (i) {
        var li = el("li");
        li.appendChild(PV.typeBadge(data.entities[i].type));
        li.appendChild(PV.entityLink(i, data.entities[i]));
        if (data.entities[i].label_en) li.appendChild(el("span", " · " + data.entities[i].label_en, "pv-small"));
        results.appendChild(li);
      });
      if (!hits.length) results.appendChild(el("li", "یافت نشد · nothing found", "pv-empty"));
    });
    input.addEventListener("keydown", function (ev) {
      var first = results.querySelector("a");
      if (ev.key === "Enter" && first) location.hash = first.getAttribute("href").replace(/^[^#]*/, "");
    });
    box.appendChild(input);
    box.appendChild(results);
    return box;
  }

  function index() {
    main.appendChild(el("h1", "موجودیت‌ها · entities (" + iris.length + ")"));
    var byType = {};
    iris.forEach(function (i) { (byType[data.entities[i].type] = byType[data.entities[i].type] || []).push(i); });
    var wrap = el("div", null, "pv-cols pv-index");
    Object.keys(byType).sort().forEach(function (t) {
      var sec = el("section");
      var h = el("h2");
      h.appendChild(PV.typeBadge(t));
      h.appendChild(document.createTextNode(byType[t].length));
      sec.appendChild(h);
      var ol = el("ol");
      byType[t].sort(function (a, b) {
        return data.entities[b].facts.length - data.entities[a].facts.length || data.entities[a].label.localeCompare(data.entities[b].label);
      }).forEach(function (i) {
        var li = el("li");
        li.appendChild(PV.entityLink(i, data.entities[i]));
        li.appendChild(el("span", " (" + data.entities[i].facts.length + ")", "pv-small"));
        ol.appendChild(li);
      });
      sec.appendChild(ol);
      wrap.appendChild(sec);
    });
    main.appendChild(wrap);
  }

  function evidence(f) {
    // the evidence sentence, the ends' mentions marked (offsets relative to the sentence)
    var stretches = [f.sm, f.om].filter(Boolean).map(function (m) { return [m[0] - f.start, m[1] - f.start]; });
    return payvandMark(el("blockquote"), f.text, stretches);  // (common.js)
  }

  function grouped(facts) {
    // one group per distinct fact (ends, role, status, term), each with its evidences
    var groups = {}, order = [];
    facts.forEach(function (f) {
      var k = [f.s, f.p, f.o, f.role, f.status, f.term_start, f.term_end, f.year].join("\u0001");
      if (!groups[k]) { groups[k] = { fact: f, evidence: [] }; order.push(k); }
      groups[k].evidence.push(f);
    });
    return order.map(function (k) { return groups[k]; });
  }

  function factsSection(iri, facts) {
    var sec = el("section");
    sec.appendChild(el("h2", "واقعیت‌ها · facts (" + facts.length + ")"));
    var byPred = {};
    facts.forEach(function (f) { (byPred[f.p] = byPred[f.p] || []).push(f); });
    Object.keys(byPred).sort().forEach(function (p) {
      var groups = grouped(byPred[p]);
      var h = el("h3");
      h.appendChild(el("span", p, "pv-pred"));
      h.appendChild(el("span", " " + groups.length, "pv-small"));
      sec.appendChild(h);
      groups.forEach(function (g) {
        var card = el("div", null, "pv-fact");
        card.appendChild(PV.factLine(g.fact, data.entities));
        g.evidence.forEach(function (f) {
          card.appendChild(evidence(f));
          var meta = el("div", null, "pv-meta");
          var art = data.articles[f.article] || {};
          meta.appendChild(PV.link(art.title || f.article, PV.href("reading", { article: f.article, fact: f.id })));
          meta.appendChild(PV.ltr(art.published || ""));
          if (f.in === "title") meta.appendChild(el("span", "عنوان · headline"));
          meta.appendChild(el("span", f.rule));
          meta.appendChild(PV.ltr(f.confidence.toFixed(2)));
          meta.appendChild(PV.link("در گراف · in the graph", PV.href("viewer", { edge: f.id })));
          card.appendChild(meta);
        });
        sec.appendChild(card);
      });
    });
    if (!facts.length) sec.appendChild(el("p", "—", "pv-empty"));
    return sec;
  }

  function timeline(iri, facts) {
    // posts as bars from start to end (open-ended ones fade), other dated facts and meetings as dots
    var rows = [];
    grouped(facts).forEach(function (g) {
      var f = g.fact, other = f.s === iri ? f.o : f.s;
      var from = PV.year(f.term_start), to = PV.year(f.term_end), at = PV.year(f.year), byArticle = false;
      if (from === null && to === null && at === null && (POSTS[f.p] || f.p === "metWith" || f.p === "visited")) {
        // a post with no term, an undated meeting or visit: the date of the first article that
        // reports it (a city's mayors over time, as the mayors-of-city query dates them)
        g.evidence.forEach(function (e) { var y = PV.year((data.articles[e.article] || {}).published); if (y !== null && at === null) at = y; });
        byArticle = at !== null;
      }
      if (from === null && to === null && at === null) return;
      rows.push({ f: f, other: other, from: from, to: to, at: at, post: !!POSTS[f.p], byArticle: byArticle });
    });
    var sec = el("section");
    sec.appendChild(el("h2", "گاه‌شمار · timeline (" + rows.length + ")"));
    if (!rows.length) { sec.appendChild(el("p", "هیچ واقعیت تاریخ‌داری نیست · no dated fact", "pv-empty")); return sec; }
    var years = [];
    rows.forEach(function (r) { [r.from, r.to, r.at].forEach(function (y) { if (y !== null) years.push(y); }); });
    var lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
    if (hi - lo < 4) { lo -= 2; hi += 2; }
    function x(y) { return (100 * (y - lo) / (hi - lo)).toFixed(2) + "%"; }
    rows.sort(function (a, b) { return (b.post - a.post) || ((a.from || a.at || a.to) - (b.from || b.at || b.to)); });
    var box = el("div", null, "pv-timeline");
    rows.forEach(function (r) {
      var row = el("div", null, "pv-tl-row");
      var label = el("div", null, "pv-tl-label");
      label.appendChild(el("span", r.f.p + (r.f.role ? " · " + r.f.role : "") + " ", "pv-pred"));
      label.appendChild(PV.entityLink(r.other, data.entities[r.other]));
      row.title = PV.factSummary(r.f, data.entities) + " " + (r.byArticle ? r.at + " (تاریخ خبر · the article's date)" : PV.term(r.f));
      row.appendChild(label);
      var track = el("div", null, "pv-tl-track");
      var colour = PV.colour((data.entities[r.other] || {}).type);
      if (r.post && (r.from !== null || r.to !== null)) {
        var bar = el("div", null, "pv-tl-bar" + (r.to === null || r.from === null ? " pv-open" : ""));
        var a = r.from !== null ? r.from : r.to, b = r.to !== null ? r.to : hi;
        bar.style.left = x(a);
        bar.style.width = "calc(" + x(b) + " - " + x(a) + ")";
        bar.style.background = colour;
        track.appendChild(bar);
      } else {
        var dot = el("div", null, "pv-tl-dot" + (r.byArticle ? " pv-by-article" : ""));
        dot.style.borderColor = colour;
        dot.style.left = x(r.at !== null ? r.at : (r.from !== null ? r.from : r.to));
        dot.style.background = colour;
        track.appendChild(dot);
      }
      row.appendChild(track);
      box.appendChild(row);
    });
    var axis = el("div", null, "pv-tl-axis");
    var step = Math.max(1, Math.ceil((hi - lo) / 6));
    for (var y = lo; y <= hi; y += step) {
      var tick = el("span", String(y));
      tick.style.left = x(y);
      axis.appendChild(tick);
    }
    box.appendChild(axis);
    box.appendChild(el("div", "● تاریخ واقعیت · the fact's date   ○ تاریخ خبر · the article's date   ▬ دوره‌ی سمت · a post's term", "pv-small"));
    sec.appendChild(box);
    return sec;
  }

  function entity(iri) {
    var e = data.entities[iri];
    var h1 = el("h1");
    h1.appendChild(PV.typeBadge(e.type));
    h1.appendChild(document.createTextNode(e.label));
    if (e.label_en) h1.appendChild(el("span", " · " + e.label_en, "pv-small"));
    main.appendChild(h1);
    var meta = el("div", null, "pv-meta");
    meta.appendChild(PV.link("در گراف · in the graph", PV.href("viewer", { node: iri })));
    if (e.type === "City") meta.appendChild(PV.link("روی نقشه · on the map", PV.href("map", { iri: iri })));
    if (e.links.geonames) meta.appendChild(PV.external("GeoNames " + e.links.geonames, "https://sws.geonames.org/" + e.links.geonames + "/"));
    ["iso3166", "registry", "country"].forEach(function (k) { if (e.links[k]) meta.appendChild(PV.ltr(k + ": " + e.links[k])); });
    meta.appendChild(PV.ltr(iri, "span"));
    main.appendChild(meta);

    var names = el("section");
    names.appendChild(el("h2", "نام‌ها · labels and aliases"));
    var labels = el("div", null, "pv-labels");
    e.labels.forEach(function (l, i) { labels.appendChild(el("span", l, i === 0 ? "pv-pref" : "")); });
    if (e.label_en) labels.appendChild(el("span", e.label_en));
    e.mentions.forEach(function (m) { labels.appendChild(el("span", m)); });
    names.appendChild(labels);
    main.appendChild(names);

    var facts = e.facts.map(function (i) { return data.facts[i]; });
    var cols = el("div", null, "pv-cols");
    cols.appendChild(factsSection(iri, facts));
    var side = el("section");
    side.appendChild(timeline(iri, facts));
    side.appendChild(el("h2", "خبرها · articles (" + e.articles.length + ")"));
    var ul = el("ul");
    e.articles.forEach(function (id) {
      var a = data.articles[id] || {}, li = el("li");
      li.appendChild(PV.link(a.title || id, PV.href("reading", { article: id })));
      li.appendChild(el("span", " ", ""));
      li.appendChild(PV.ltr(a.published || ""));
      li.appendChild(el("span", " · " + (a.source || ""), "pv-small"));
      ul.appendChild(li);
    });
    side.appendChild(ul);
    cols.appendChild(side);
    main.appendChild(cols);
    document.title = e.label + " · Payvand";
  }

  function route() {
    main.replaceChildren();
    main.appendChild(searchBox());
    var iri = PV.params().iri;
    if (iri && data.entities[iri]) entity(iri);
    else {
      if (iri) main.appendChild(el("p", "موجودیتی با این شناسه نیست · no entity " + iri, "pv-empty"));
      index();
    }
    main.dataset.ready = "true";
  }

  window.addEventListener("hashchange", route);
  route();
})();
