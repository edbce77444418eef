/* Payvand viewer: side panel with evidence, filters, search, fa/en labels.
   Runs after pyvis's drawGraph(); every article-derived string is written with
   textContent, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pv-data").textContent);
  var lang = "fa";

  function norm(s) {
    // the same folding as Payvand's match keys: Arabic letter variants, digits, diacritics,
    // half-spaces and spaces removed
    var map = { "ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ی" };
    s = (s || "").replace(/[\u064B-\u065F\u0670\u0640\u200c\u200d\u200e\u200f\s\-_.،,()«»"']/g, "");
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      var code = c.charCodeAt(0);
      if (code >= 0x06F0 && code <= 0x06F9) c = String.fromCharCode(code - 0x06F0 + 48);
      else if (code >= 0x0660 && code <= 0x0669) c = String.fromCharCode(code - 0x0660 + 48);
      out += map[c] || c;
    }
    return out.toLowerCase();
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function highlighted(text, marks) {
    // the evidence sentence, with the mentions of the fact's ends marked (text nodes only)
    var q = el("blockquote");
    var spans = [];
    marks.forEach(function (m) {
      if (!m) return;
      var i = text.indexOf(m);
      if (i >= 0) spans.push([i, i + m.length]);
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s[0] < pos) return;
      q.appendChild(document.createTextNode(text.slice(pos, s[0])));
      q.appendChild(el("mark", text.slice(s[0], s[1])));
      pos = s[1];
    });
    q.appendChild(document.createTextNode(text.slice(pos)));
    return q;
  }

  function label(id) {
    var n = data.nodes[id];
    return n ? (lang === "en" && n.label_en ? n.label_en : n.label) : id;
  }

  function showFacts(title, edgeIds) {
    var box = document.getElementById("pv-facts");
    box.replaceChildren();
    box.appendChild(el("h2", title));
    edgeIds.forEach(function (eid) {
      var f = data.edges[eid];
      if (!f) return;
      var card = el("div", null, "pv-fact");
      var rel = label(f.from) + " — " + f.predicate + (f.role ? " (" + f.role + ")" : "") +
        (f.status ? " [" + f.status + "]" : "") + " — " + label(f.to);
      card.appendChild(el("div", rel, "pv-rel"));
      if (f.start || f.end) card.appendChild(el("div", (f.start || "?") + " – " + (f.end || "?"), "pv-meta"));
      f.evidence.forEach(function (ev) {
        card.appendChild(highlighted(ev.text, [data.nodes[f.from].mention, data.nodes[f.to].mention].concat(f.mentions || [])));
        var meta = el("div", null, "pv-meta");
        meta.appendChild(el("span", (ev.title || ev.article) + (ev.published ? " · " + ev.published : "") +
          " · " + ev.rule + " · " + ev.confidence + " · " + (ev.in === "title" ? "headline " : "") +
          "[" + ev.start + "–" + ev.end + "] "));
        if (ev.url && /^https?:\/\//.test(ev.url)) {
          var a = el("a", "source");
          a.href = ev.url; a.rel = "noopener noreferrer"; a.target = "_blank";
          meta.appendChild(a);
        }
        card.appendChild(meta);
      });
      box.appendChild(card);
    });
  }

  function applyFilters() {
    var preds = {}, types = {};
    document.querySelectorAll("input[data-pred]").forEach(function (c) { preds[c.dataset.pred] = c.checked; });
    document.querySelectorAll("input[data-type]").forEach(function (c) { types[c.dataset.type] = c.checked; });
    var since = parseInt(document.getElementById("pv-since").value, 10);
    var until = parseInt(document.getElementById("pv-until").value, 10);
    var visibleNodes = {};
    var updates = [];
    Object.keys(data.edges).forEach(function (eid) {
      var f = data.edges[eid];
      var years = f.years;
      var inYears = !years.length || years.some(function (y) {
        return (isNaN(since) || y >= since) && (isNaN(until) || y <= until);
      });
      var show = preds[f.predicate] !== false && types[data.nodes[f.from].type] !== false &&
        types[data.nodes[f.to].type] !== false && inYears;
      if (show) { visibleNodes[f.from] = true; visibleNodes[f.to] = true; }
      updates.push({ id: eid, hidden: !show });
    });
    edges.update(updates);
    nodes.update(Object.keys(data.nodes).map(function (id) {
      return { id: id, hidden: !(visibleNodes[id] || (types[data.nodes[id].type] !== false && data.nodes[id].isolated)) };
    }));
  }

  function search(q) {
    var key = norm(q);
    if (!key) return;
    var hits = Object.keys(data.nodes).filter(function (id) {
      return data.nodes[id].keys.some(function (k) { return k.indexOf(key) >= 0; });
    });
    network.selectNodes(hits);
    if (hits.length) {
      network.focus(hits[0], { scale: 1.2, animation: false });
      showNode(hits[0]);
    }
    document.getElementById("pv-hits").textContent = hits.length + " ✓";
  }

  function showNode(id) {
    var ids = Object.keys(data.edges).filter(function (e) {
      var shown = edges.get(e);
      return (data.edges[e].from === id || data.edges[e].to === id) && !(shown && shown.hidden);
    });
    showFacts(label(id) + " · " + data.nodes[id].type, ids);
  }

  function setLang(l) {
    lang = l;
    nodes.update(Object.keys(data.nodes).map(function (id) { return { id: id, label: label(id) }; }));
    document.getElementById("pv-app").style.direction = l === "fa" ? "rtl" : "ltr";
  }

  function markDrawn() {
    var st = document.getElementById("pv-status");
    st.dataset.nodes = String(nodes.get({ filter: function (n) { return !n.hidden; } }).length);
    st.dataset.edges = String(edges.get({ filter: function (e) { return !e.hidden; } }).length);
    st.dataset.ready = "true";
    st.textContent = st.dataset.nodes + " nodes · " + st.dataset.edges + " edges";
  }

  function init() {
    network.on("click", function (p) {
      if (p.nodes.length) showNode(p.nodes[0]);
      else if (p.edges.length) showFacts("", [p.edges[0]]);
    });
    document.querySelectorAll("input[data-pred], input[data-type], #pv-since, #pv-until").forEach(function (c) {
      c.addEventListener("change", function () { applyFilters(); markDrawn(); });
    });
    document.getElementById("pv-search").addEventListener("input", function (e) { search(e.target.value); });
    document.querySelectorAll("input[name=pv-lang]").forEach(function (r) {
      r.addEventListener("change", function () { setLang(r.value); });
    });
    var frozen = false;
    function freeze() {
      if (frozen) return;
      frozen = true;
      network.setOptions({ physics: { enabled: false } });
      markDrawn();
    }
    network.once("stabilizationIterationsDone", freeze);
    network.once("afterDrawing", function () { if (!network.physics.options.enabled) freeze(); });
    setTimeout(freeze, data.freezeAfterMs);
  }

  init();
})();
