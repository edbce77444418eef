/* Payvand viewer: labels by importance and zoom, filters that lay out what remains, a node's
   neighbourhood on click, fa/en names, colour by type or community, a time slider, PNG export.
   Runs after pyvis's drawGraph(); every article-derived string is written with textContent,
   never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pv-data").textContent);
  var FONT = "Vazirmatn, 'Noto Naskh Arabic', 'DejaVu Sans', Tahoma, sans-serif";
  var EDGE = data.edgeLength;
  // the layout's constants, as layout.py states them: the repulsion's grid, the pull to the centre, packing
  var GRID = data.layoutGrid, NEAR = data.layoutNear, PULL = data.layoutPull;
  var GAP = data.layoutGap, ROW_WIDTH = data.layoutRowWidth;
  var nodeIds = Object.keys(data.nodes);
  var edgeIds = Object.keys(data.edges);
  var lang = "fa";
  var colourBy = "type";
  var egoStack = [];
  var shown = { nodes: nodeIds.slice(), edges: edgeIds.slice() };
  var order = [];          // nodes whose labels are tried, most important first
  var edgeDrawn = {};      // edge id -> {hidden, label} as last given to vis-network
  var EDGE_FONT = data.edgeFont, edgeFont = EDGE_FONT;  // edges' label size as viewer.py sets it, and as now
  var widths = {};         // label width at 1px, by text
  var playing = null;

  var norm = payvandFold;  // (common.js)

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function ltr(text) {
    // numbers, dates and offsets: isolated from the right-to-left text around them
    var b = el("bdi", text);
    b.dir = "ltr";
    return b;
  }

  function highlighted(text, marks) {
    // the evidence sentence, with the mentions of the fact's ends marked (text nodes only)
    var q = el("blockquote");
    q.dir = "rtl";
    var spans = [];
    marks.forEach(function (m) {
      if (!m) return;
      var i = text.indexOf(m);  // (in UTF-16 units: payvandMark takes code points)
      if (i < 0) return;
      var at = payvandCodePoints(text.slice(0, i)).length;
      spans.push([at, at + payvandCodePoints(m).length]);
    });
    return payvandMark(q, text, spans);  // (common.js)
  }

  /* ---- names ---- */

  function fallback(id) {
    // English mode, no English name known: the Persian one is shown, marked
    return lang === "en" && !data.nodes[id].label_en;
  }

  function plainName(id) {
    var n = data.nodes[id];
    if (!n) return id;
    return lang === "en" ? (n.label_en || n.label + " (fa)") : n.label;
  }

  function nameEl(id) {
    var n = data.nodes[id];
    var span = el("span", null, "pv-name");
    var b = el("bdi", lang === "en" && n.label_en ? n.label_en : n.label);
    span.appendChild(b);
    if (fallback(id)) {
      var m = el("span", "fa", "pv-fa-mark");
      m.title = "no English name known: the Persian one";
      span.appendChild(m);
    }
    return span;
  }

  function predName(p) {
    var st = data.predicates[p];
    return st ? st[lang] : p;
  }

  function typeName(t) {
    var st = data.types[t];
    return lang === "fa" && st && st.fa ? st.fa : t;
  }

  /* ---- the panel ---- */

  function factCard(eid) {
    var f = data.edges[eid];
    var card = el("div", null, "pv-fact");
    var rel = el("div", null, "pv-rel");
    rel.appendChild(nameEl(f.from));
    var p = el("span", " — " + predName(f.predicate) + (f.role ? " (" + f.role + ")" : "") +
      (f.status ? " [" + f.status + "]" : "") + " — ", "pv-pred");
    p.title = f.predicate;
    rel.appendChild(p);
    rel.appendChild(nameEl(f.to));
    card.appendChild(rel);
    if (f.start || f.end) {
      var when = el("div", null, "pv-meta");
      when.appendChild(ltr((f.start || "?") + " – " + (f.end || "?")));
      card.appendChild(when);
    }
    f.evidence.forEach(function (ev) {
      card.appendChild(highlighted(ev.text, [data.nodes[f.from].mention, data.nodes[f.to].mention]));
      var meta = el("div", null, "pv-meta");
      meta.appendChild(el("bdi", ev.title || ev.article));
      if (ev.published) { meta.appendChild(document.createTextNode(" · ")); meta.appendChild(ltr(ev.published)); }
      meta.appendChild(document.createTextNode(" · " + ev.rule + " · "));
      meta.appendChild(ltr(String(ev.confidence)));
      meta.appendChild(document.createTextNode(" · " + (ev.in === "title" ? "headline " : "")));
      meta.appendChild(ltr("[" + ev.start + "–" + ev.end + "]"));
      meta.appendChild(document.createTextNode(" "));
      var read = el("a", "متن خبر · article");
      read.href = "reading.html#article=" + encodeURIComponent(ev.article);
      meta.appendChild(read);
      if (ev.url && /^https?:\/\//.test(ev.url)) {
        meta.appendChild(document.createTextNode(" · "));
        var a = el("a", "source");
        a.href = ev.url; a.rel = "noopener noreferrer"; a.target = "_blank";
        meta.appendChild(a);
      }
      card.appendChild(meta);
    });
    return card;
  }

  function showFacts(head, ids) {
    var box = document.getElementById("pv-facts");
    box.replaceChildren();
    if (head) box.appendChild(head);
    ids.forEach(function (eid) { if (data.edges[eid]) box.appendChild(factCard(eid)); });
  }

  function nodeHead(id) {
    var h = el("h2");
    h.appendChild(nameEl(id));
    h.appendChild(document.createTextNode(" · " + typeName(data.nodes[id].type) + " "));
    var a = el("a", "صفحه‌ی موجودیت · entity page", "pv-entity-link");
    a.href = "entity.html#iri=" + encodeURIComponent(id);
    h.appendChild(a);
    return h;
  }

  function showNode(id) {
    var on = {};
    shown.edges.forEach(function (e) { on[e] = true; });
    showFacts(nodeHead(id), edgeIds.filter(function (e) {
      return on[e] && (data.edges[e].from === id || data.edges[e].to === id);
    }));
  }

  /* ---- filters ---- */

  function filterState() {
    var st = { preds: {}, types: {}, since: NaN, until: NaN, undated: document.getElementById("pv-undated").checked };
    document.querySelectorAll("input[data-pred]").forEach(function (c) { st.preds[c.dataset.pred] = c.checked; });
    document.querySelectorAll("input[data-type]").forEach(function (c) { st.types[c.dataset.type] = c.checked; });
    var since = document.getElementById("pv-since"), until = document.getElementById("pv-until");
    if (since) {
      st.since = parseInt(since.value, 10);
      st.until = parseInt(until.value, 10);
      st.fullYears = since.value === since.min && until.value === until.max;
    } else {
      st.fullYears = true;
    }
    return st;
  }

  function isDefault(st) {
    return st.fullYears && st.undated &&
      Object.keys(st.preds).every(function (p) { return st.preds[p]; }) &&
      Object.keys(st.types).every(function (t) { return st.types[t]; });
  }

  function passes(f, st) {
    if (st.preds[f.predicate] === false) return false;
    if (st.types[data.nodes[f.from].type] === false || st.types[data.nodes[f.to].type] === false) return false;
    if (!f.years.length) return st.undated;
    if (st.fullYears) return true;
    return f.years.some(function (y) { return y >= st.since && y <= st.until; });
  }

  function visible(st) {
    var nodesOn = {}, es = [];
    edgeIds.forEach(function (eid) {
      var f = data.edges[eid];
      if (!passes(f, st)) return;
      es.push(eid);
      nodesOn[f.from] = true;
      nodesOn[f.to] = true;
    });
    var ns = nodeIds.filter(function (id) {
      var n = data.nodes[id];
      return nodesOn[id] || (n.isolated && st.types[n.type] !== false && st.undated);
    });
    return { nodes: ns, edges: es };
  }

  /* ---- layout in the page: the scheme of payvand/graph/layout.py ---- */

  function components(ids, eids) {
    var parent = {};
    ids.forEach(function (id) { parent[id] = id; });
    function find(x) { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    eids.forEach(function (e) {
      var a = find(data.edges[e].from), b = find(data.edges[e].to);
      if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
    });
    var groups = {};
    ids.slice().sort().forEach(function (id) { (groups[find(id)] = groups[find(id)] || []).push(id); });
    return Object.keys(groups).map(function (k) { return groups[k]; }).sort(function (a, b) {
      return b.length - a.length || (a[0] < b[0] ? -1 : 1);
    });
  }

  function repulsion(x, y, dx, dy) {
    // Sets dx, dy to the k²/d repulsion (k = 1) as layout.py's _repulsion computes it: exact
    // between nodes closer than NEAR in the same cell of a GRID×GRID grid, from the centre of mass
    // of every other cell for the rest (all pairs took seconds at 2,000 nodes).
    var n = x.length, i, j, c;
    var lox = Infinity, loy = Infinity, hix = -Infinity, hiy = -Infinity;
    for (i = 0; i < n; i++) {
      lox = Math.min(lox, x[i]); loy = Math.min(loy, y[i]); hix = Math.max(hix, x[i]); hiy = Math.max(hiy, y[i]);
    }
    var size = Math.max(Math.max(hix - lox, hiy - loy) / GRID, 1e-9);
    var mass = new Float64Array(GRID * GRID), mx = new Float64Array(GRID * GRID), my = new Float64Array(GRID * GRID);
    var which = new Int32Array(n);
    for (i = 0; i < n; i++) {
      c = Math.min(Math.floor((x[i] - lox) / size), GRID - 1) * GRID + Math.min(Math.floor((y[i] - loy) / size), GRID - 1);
      which[i] = c; mass[c] += 1; mx[c] += x[i]; my[c] += y[i];
    }
    var full = [];
    for (c = 0; c < GRID * GRID; c++) if (mass[c] > 0) { mx[c] /= mass[c]; my[c] /= mass[c]; full.push(c); }
    dx.fill(0); dy.fill(0);
    for (i = 0; i < n; i++) {
      for (var k = 0; k < full.length; k++) {
        c = full[k];
        if (c === which[i]) continue;
        var cx = x[i] - mx[c], cy = y[i] - my[c];
        var w = mass[c] / Math.max(cx * cx + cy * cy, 1e-4);
        dx[i] += cx * w; dy[i] += cy * w;
      }
    }
    var buckets = new Map(), cols = Math.floor((hix - lox) / NEAR) + 3;  // NEAR-wide squares
    var square = new Int32Array(n);
    for (i = 0; i < n; i++) {
      square[i] = (Math.floor((x[i] - lox) / NEAR) + 1) * cols + Math.floor((y[i] - loy) / NEAR) + 1;
      var b = buckets.get(square[i]);
      if (b) b.push(i); else buckets.set(square[i], [i]);
    }
    for (i = 0; i < n; i++) {
      for (var ox = -1; ox <= 1; ox++) {
        for (var oy = -1; oy <= 1; oy++) {
          var near = buckets.get(square[i] + ox * cols + oy);
          if (!near) continue;
          for (var q = 0; q < near.length; q++) {
            j = near[q];
            if (j <= i || which[j] !== which[i]) continue;
            var ux = x[i] - x[j], uy = y[i] - y[j], d2 = ux * ux + uy * uy;
            if (d2 > NEAR * NEAR) continue;
            d2 = Math.max(d2, 1e-4);
            dx[i] += ux / d2; dy[i] += uy / d2; dx[j] -= ux / d2; dy[j] -= uy / d2;
          }
        }
      }
    }
  }

  function forceLayout(ids, pairs) {
    // Fruchterman–Reingold, edge length 1, from the nodes' positions in the whole graph's layout
    var n = ids.length;
    if (n === 1) return [[0, 0]];
    var index = {};
    ids.forEach(function (id, i) { index[id] = i; });
    var x = new Float64Array(n), y = new Float64Array(n);
    var cx = 0, cy = 0;
    ids.forEach(function (id, i) { x[i] = data.nodes[id].x / EDGE; y[i] = data.nodes[id].y / EDGE; cx += x[i]; cy += y[i]; });
    var radius = Math.sqrt(n), spread = 0;
    for (var i = 0; i < n; i++) { x[i] -= cx / n; y[i] -= cy / n; spread = Math.max(spread, Math.abs(x[i]), Math.abs(y[i])); }
    var shrink = spread > radius ? radius / spread : 1;  // start from the old shape at the new size
    for (i = 0; i < n; i++) { x[i] *= shrink; y[i] *= shrink; }
    var e = pairs.map(function (p) { return [index[p[0]], index[p[1]]]; });
    var steps = n < 200 ? 200 : n < 1000 ? 100 : 50;
    var temp = radius / 4, cool = temp / (steps + 1);
    var dx = new Float64Array(n), dy = new Float64Array(n);
    for (var s = 0; s < steps; s++) {
      repulsion(x, y, dx, dy);
      e.forEach(function (p) {
        var ux = x[p[0]] - x[p[1]], uy = y[p[0]] - y[p[1]];
        var d = Math.sqrt(ux * ux + uy * uy);
        dx[p[0]] -= ux * d; dy[p[0]] -= uy * d; dx[p[1]] += ux * d; dy[p[1]] += uy * d;
      });
      for (i = 0; i < n; i++) {
        dx[i] -= x[i] * PULL / radius; dy[i] -= y[i] * PULL / radius;
        var len = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 1e-9);
        var step = Math.min(len, temp) / len;
        x[i] += dx[i] * step; y[i] += dy[i] * step;
      }
      temp -= cool;
    }
    var out = [];
    for (i = 0; i < n; i++) out.push([x[i], y[i]]);
    return out;
  }

  function pack(parts) {
    var boxes = parts.map(function (p) {
      var lo = [Infinity, Infinity], hi = [-Infinity, -Infinity];
      p.forEach(function (q) { lo = [Math.min(lo[0], q[0]), Math.min(lo[1], q[1])]; hi = [Math.max(hi[0], q[0]), Math.max(hi[1], q[1])]; });
      return { lo: lo, w: hi[0] - lo[0] + GAP, h: hi[1] - lo[1] + GAP };
    });
    var area = 0, widest = 0;
    boxes.forEach(function (b) { area += b.w * b.h; widest = Math.max(widest, b.w); });
    var width = Math.max(widest, Math.sqrt(area) * ROW_WIDTH);
    var x = 0, y = 0, row = 0;
    return parts.map(function (p, k) {
      var b = boxes[k];
      if (x > 0 && x + b.w > width) { x = 0; y += row; row = 0; }
      var moved = p.map(function (q) { return [q[0] - b.lo[0] + x, q[1] - b.lo[1] + y]; });
      x += b.w; row = Math.max(row, b.h);
      return moved;
    });
  }

  function relayout(ids, eids) {
    var comps = components(ids, eids);
    var compOf = {};
    comps.forEach(function (c, k) { c.forEach(function (id) { compOf[id] = k; }); });
    var pairs = comps.map(function () { return []; });
    var seen = {};
    eids.forEach(function (e) {
      var f = data.edges[e];
      if (f.from === f.to) return;
      var key = f.from < f.to ? f.from + "\u0000" + f.to : f.to + "\u0000" + f.from;
      if (seen[key]) return;
      seen[key] = true;
      pairs[compOf[f.from]].push([f.from, f.to]);
    });
    var placed = pack(comps.map(function (c, k) { return forceLayout(c, pairs[k]); }));
    var pos = {};
    comps.forEach(function (c, k) { c.forEach(function (id, i) { pos[id] = [placed[k][i][0] * EDGE, placed[k][i][1] * EDGE]; }); });
    return pos;
  }

  function original(ids) {
    var pos = {};
    ids.forEach(function (id) { pos[id] = [data.nodes[id].x, data.nodes[id].y]; });
    return pos;
  }

  /* ---- drawing ---- */

  function draw(v, pos, edgeLabels) {
    var nodeOn = {}, edgeOn = {};
    v.nodes.forEach(function (id) { nodeOn[id] = true; });
    v.edges.forEach(function (id) { edgeOn[id] = true; });
    nodes.update(nodeIds.map(function (id) {
      var u = { id: id, hidden: !nodeOn[id] };
      if (nodeOn[id] && pos) { u.x = pos[id][0]; u.y = pos[id][1]; }
      return u;
    }));
    var changed = [];  // only the edges that change (updating all of them took most of a filter's time)
    edgeIds.forEach(function (id) {
      var f = data.edges[id];
      var label = edgeLabels && edgeOn[id] ? predName(f.predicate) + (f.role ? " (" + f.role + ")" : "") : undefined;
      var was = edgeDrawn[id];
      if (was && was.hidden === !edgeOn[id] && was.label === label) return;
      edgeDrawn[id] = { hidden: !edgeOn[id], label: label };
      changed.push({ id: id, hidden: !edgeOn[id], label: label });
    });
    edges.update(changed);
    shown = v;
    order = v.nodes.slice().sort(function (a, b) { return data.nodes[a].rank - data.nodes[b].rank; });
    if (pos) network.fit({ animation: false });
    // a neighbourhood's edge labels at 11 px on screen, however far out its ring is fitted
    // (at the page's font size vis-network stops drawing them below 5 px)
    var font = edgeLabels ? Math.max(EDGE_FONT, Math.round(EDGE_FONT / network.getScale())) : EDGE_FONT;
    if (font !== edgeFont) { edgeFont = font; network.setOptions({ edges: { font: { size: font } } }); }
    markDrawn();
  }

  function applyFilters(keepPositions) {
    egoStack = [];
    document.getElementById("pv-back").hidden = true;
    var st = filterState();
    var v = visible(st);
    draw(v, keepPositions ? null : isDefault(st) ? original(v.nodes) : relayout(v.nodes, v.edges), false);
  }

  function openEgo(id) {
    // the node and its neighbours under the current filters, on rings around it
    var st = filterState();
    var es = edgeIds.filter(function (e) {
      var f = data.edges[e];
      return passes(f, st) && (f.from === id || f.to === id);
    });
    var first = {};
    es.forEach(function (e) {
      var f = data.edges[e], other = f.from === id ? f.to : f.from;
      if (other !== id && !(other in first)) first[other] = f.predicate;
    });
    var around = Object.keys(first).sort(function (a, b) {
      return first[a] < first[b] ? -1 : first[a] > first[b] ? 1 : data.nodes[a].rank - data.nodes[b].rank;
    });
    var inside = { }; inside[id] = true;
    around.forEach(function (n) { inside[n] = true; });
    edgeIds.forEach(function (e) {  // the ties among the neighbours too
      var f = data.edges[e];
      if (f.from !== id && f.to !== id && inside[f.from] && inside[f.to] && passes(f, st)) es.push(e);
    });
    var pos = {}; pos[id] = [0, 0];
    var perRing = Math.max(12, Math.ceil(around.length / 2));
    around.forEach(function (n, i) {
      var ring = around.length > 24 ? i % 2 : 0;
      var count = around.length > 24 ? perRing : around.length;
      var k = around.length > 24 ? Math.floor(i / 2) : i;
      var r = EDGE * Math.max(3, count * 0.45) * (1 + 0.35 * ring);
      var a = 2 * Math.PI * k / count - Math.PI / 2 + ring * Math.PI / count;
      pos[n] = [r * Math.cos(a), r * Math.sin(a)];
    });
    draw({ nodes: [id].concat(around), edges: es }, pos, true);
    order = [id].concat(around);
    network.selectNodes([id]);
    showNode(id);
    var back = document.getElementById("pv-back");
    back.hidden = false;
    back.textContent = lang === "fa" ? "→ بازگشت" : "← back";
  }

  function back() {
    egoStack.pop();
    if (egoStack.length) openEgo(egoStack[egoStack.length - 1]);
    else applyFilters(false);
  }

  function colour() {
    nodes.update(nodeIds.map(function (id) {
      var n = data.nodes[id];
      var c = colourBy === "community"
        ? (n.community >= 0 && n.community < data.palette.length ? data.palette[n.community] : "#bbbbbb")
        : data.types[n.type].color;
      return { id: id, color: c };
    }));
    document.getElementById("pv-communities").hidden = colourBy !== "community";
  }

  function drawLabels(ctx) {
    // most important first, as many as fit without overlapping at this zoom
    var scale = network.getScale();
    var box = document.getElementById("mynetwork");
    var tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: box.clientWidth, y: box.clientHeight });
    var pos = network.getPositions(order);
    var placed = {};
    var CELL = 40;
    function free(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++) {
        for (var gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
          var list = placed[gx + "," + gy];
          if (!list) continue;
          for (var k = 0; k < list.length; k++) {
            var b = list[k];
            if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) return false;
          }
        }
      }
      return true;
    }
    function take(b) {
      for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor(b[2] / CELL); gx++) {
        for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor(b[3] / CELL); gy++) {
          (placed[gx + "," + gy] = placed[gx + "," + gy] || []).push(b);
        }
      }
    }
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.direction = lang === "fa" ? "rtl" : "ltr";
    ctx.lineJoin = "round";
    var drawn = 0;
    for (var i = 0; i < order.length && drawn < 600; i++) {
      var id = order[i], p = pos[id];
      if (!p || p.x < tl.x || p.x > br.x || p.y < tl.y || p.y > br.y) continue;
      var bold = i < 12 ? "bold " : "";
      var px = bold ? 15 : 12;
      var text = plainName(id);
      var w1 = widths[bold + text];
      if (w1 === undefined) { ctx.font = bold + "100px " + FONT; w1 = widths[bold + text] = ctx.measureText(text).width / 100; }
      // screen coordinates of the label's box, under the node
      var sx = (p.x - tl.x) * scale, sy = (p.y - tl.y) * scale + data.nodes[id].size * scale + 2;
      var w = w1 * px;
      // a label that would run off the side is slid in, still under its node's edge
      var shift = Math.max(0, w / 2 + 2 - sx) - Math.max(0, sx + w / 2 + 2 - box.clientWidth);
      var b = [sx + shift - w / 2 - 2, sy, sx + shift + w / 2 + 2, sy + px * 1.3];
      if (!free(b[0], b[1], b[2], b[3])) continue;
      take(b);
      var fs = px / scale;
      ctx.font = bold + fs + "px " + FONT;
      ctx.lineWidth = 3 / scale;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.fillStyle = fallback(id) ? "#555" : "#111";
      var cy = p.y + data.nodes[id].size + 2 / scale;
      ctx.strokeText(text, p.x + shift / scale, cy);
      ctx.fillText(text, p.x + shift / scale, cy);
      drawn++;
    }
    ctx.restore();
  }

  function markDrawn() {
    var st = document.getElementById("pv-status");
    st.dataset.nodes = String(shown.nodes.length);
    st.dataset.edges = String(shown.edges.length);
    st.dataset.ready = "true";
    st.replaceChildren();
    st.appendChild(el("bdi", st.dataset.nodes));
    st.appendChild(document.createTextNode(" nodes · "));
    st.appendChild(el("bdi", st.dataset.edges));
    st.appendChild(document.createTextNode(" edges"));
    if (shown.nodes.length !== nodeIds.length || shown.edges.length !== edgeIds.length) {
      st.appendChild(document.createTextNode(" (of " + nodeIds.length + " · " + edgeIds.length + ")"));
    }
    if (egoStack.length) {
      st.appendChild(document.createTextNode(" · neighbourhood of "));
      st.appendChild(el("bdi", plainName(egoStack[egoStack.length - 1])));
    }
  }

  /* ---- search, language, years, PNG ---- */

  function search(q) {
    var key = norm(q);
    if (!key) return;
    var on = {};
    shown.nodes.forEach(function (id) { on[id] = true; });
    var hits = nodeIds.filter(function (id) {
      return on[id] && data.nodes[id].keys.some(function (k) { return k.indexOf(key) >= 0; });
    });
    network.selectNodes(hits);
    if (hits.length) {
      network.focus(hits[0], { scale: Math.max(network.getScale(), 1.2), animation: false });
      order = hits.concat(order.filter(function (id) { return hits.indexOf(id) < 0; }));
      showNode(hits[0]);
    }
    document.getElementById("pv-hits").textContent = hits.length + " ✓";
  }

  function setLang(l) {
    lang = l;
    document.getElementById("pv-app").style.direction = l === "fa" ? "rtl" : "ltr";
    document.documentElement.lang = l;
    if (egoStack.length) openEgo(egoStack[egoStack.length - 1]);
    else network.redraw();
  }

  function showYears() {
    var since = document.getElementById("pv-since"), until = document.getElementById("pv-until");
    if (!since) return;
    if (parseInt(since.value, 10) > parseInt(until.value, 10)) until.value = since.value;
    document.getElementById("pv-years-shown").textContent = since.value + "–" + until.value;
  }

  function play() {
    // step the upper year from the lower one to the last, on the layout of the whole range
    var since = document.getElementById("pv-since"), until = document.getElementById("pv-until");
    var button = document.getElementById("pv-play");
    if (playing) { clearInterval(playing); playing = null; button.textContent = "▶"; return; }
    var last = parseInt(until.max, 10);
    until.value = until.max;
    showYears();
    applyFilters(false);
    until.value = since.value;
    showYears();
    applyFilters(true);
    button.textContent = "⏸";
    playing = setInterval(function () {
      var y = parseInt(until.value, 10);
      if (y >= last) { clearInterval(playing); playing = null; button.textContent = "▶"; return; }
      until.value = String(y + 1);
      showYears();
      applyFilters(true);
    }, 900);
  }

  function png() {
    // the canvas as drawn, on white
    var src = document.querySelector("#mynetwork canvas");
    var c = document.createElement("canvas");
    c.width = src.width; c.height = src.height;
    var ctx = c.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(src, 0, 0);
    return c.toDataURL("image/png");
  }

  function init() {
    network.on("afterDrawing", drawLabels);
    network.on("click", function (p) {
      if (p.nodes.length) {
        if (egoStack[egoStack.length - 1] !== p.nodes[0]) egoStack.push(p.nodes[0]);
        openEgo(p.nodes[0]);
      } else if (p.edges.length) {
        showFacts(null, p.edges);
      }
    });
    document.querySelectorAll("input[data-pred], input[data-type], #pv-undated").forEach(function (c) {
      c.addEventListener("change", function () { applyFilters(false); });
    });
    document.querySelectorAll("#pv-since, #pv-until").forEach(function (c) {
      c.addEventListener("input", showYears);
      c.addEventListener("change", function () { showYears(); applyFilters(false); });
    });
    var playButton = document.getElementById("pv-play");
    if (playButton) playButton.addEventListener("click", play);
    document.getElementById("pv-back").addEventListener("click", back);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape" && egoStack.length) back(); });
    document.getElementById("pv-search").addEventListener("input", function (e) { search(e.target.value); });
    document.querySelectorAll("input[name=pv-lang]").forEach(function (r) {
      r.addEventListener("change", function () { setLang(r.value); });
    });
    document.querySelectorAll("input[name=pv-colour]").forEach(function (r) {
      r.addEventListener("change", function () { colourBy = r.value; colour(); });
    });
    document.getElementById("pv-png").addEventListener("click", function () {
      var a = document.createElement("a");
      a.href = png();
      a.download = "payvand-view.png";
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    window.payvand = { png: png, openEgo: function (id) { egoStack.push(id); openEgo(id); }, back: back };
    order = nodeIds.slice().sort(function (a, b) { return data.nodes[a].rank - data.nodes[b].rank; });
    network.fit({ animation: false });
    markDrawn();
    followHash();
    window.addEventListener("hashchange", followHash);
  }

  function followHash() {
    // links from the companion pages: #node=<entity IRI> opens its neighbourhood,
    // #edge=<assertion IRI> shows the fact whose evidence is that assertion
    var params = payvandHashParams();  // (common.js)
    if (params.node && data.nodes[params.node]) {
      egoStack.push(params.node);
      openEgo(params.node);
    } else if (params.edge) {
      var eid = edgeIds.filter(function (e) {
        return data.edges[e].evidence.some(function (ev) { return ev.assertion === params.edge; });
      })[0];
      if (eid) {
        egoStack.push(data.edges[eid].from);
        openEgo(data.edges[eid].from);
        network.selectEdges([eid]);
        showFacts(null, [eid]);
      }
    }
  }

  init();
})();
