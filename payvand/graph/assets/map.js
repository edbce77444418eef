/* The map: cities at their GeoNames coordinates on a Natural Earth 1:110m basemap
   (equirectangular, SVG), twinnings, agreements, visits and memberships as curves;
   wheel or buttons to zoom, drag to pan, hover for a tooltip, click a city for its page. */
(function () {
  "use strict";
  var el = PV.el, data = PV.data, main = document.getElementById("pv-main");
  var NS = "http://www.w3.org/2000/svg";
  var KIND = {
    twinning: { colour: "#1f9e89", label: "خواهرخواندگی · twinning" },
    agreement: { colour: "#7b4fc4", label: "تفاهم‌نامه · agreement" },
    visit: { colour: "#e0662a", label: "سفر · visit" },
    membership: { colour: "#c9a227", label: "عضویت · membership" }
  };
  var places = {};
  data.cities.concat(data.hubs).forEach(function (p) { places[p.iri] = p; });

  function svg(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function xy(p) { return [p.lon, -p.lat]; }
  function name(p) { return p.label + (p.label_en ? " · " + p.label_en : ""); }

  var root = svg("svg", { id: "pv-svg" });
  var world = svg("g"), lines = svg("g"), dots = svg("g"), labels = svg("g");
  [world, lines, dots, labels].forEach(function (g) { root.appendChild(g); });
  main.appendChild(root);

  var scale = data.world.scale;
  data.world.countries.forEach(function (c) {
    var d = c.rings.map(function (r) {
      var s = "M";
      for (var i = 0; i < r.length; i += 2) s += (i ? "L" : "") + (r[i] / scale) + " " + (-r[i + 1] / scale);
      return s + "Z";
    }).join("");
    var path = svg("path", { d: d, "class": "pv-land", "fill-rule": "evenodd" });
    path.appendChild(svg("title")).textContent = c.name;
    world.appendChild(path);
  });

  var tip = el("div", null, "pv-float");
  tip.id = "pv-tip";
  main.appendChild(tip);
  function showTip(ev, rows) {
    tip.replaceChildren();
    rows.forEach(function (r, i) { tip.appendChild(el("div", r, i ? "pv-small" : "")); });
    var box = main.getBoundingClientRect();
    tip.style.display = "block";
    tip.style.left = Math.min(ev.clientX - box.left + 14, box.width - 330) + "px";
    tip.style.top = (ev.clientY - box.top + 14) + "px";
  }
  function hideTip() { tip.style.display = "none"; }

  var linkEls = [];
  data.links.forEach(function (l) {
    var a = places[l.from], b = places[l.to];
    if (!a || !b) return;
    var p = xy(a), q = xy(b), dx = q[0] - p[0], dy = q[1] - p[1];
    var bend = l.kind === "membership" ? 0.08 : 0.2;  // curves, so links between the same places stay apart
    var cx = (p[0] + q[0]) / 2 - dy * bend, cy = (p[1] + q[1]) / 2 + dx * bend;
    var path = svg("path", { d: "M" + p[0] + " " + p[1] + "Q" + cx + " " + cy + " " + q[0] + " " + q[1], "class": "pv-link pv-" + l.kind });
    path.setAttribute("stroke", KIND[l.kind].colour);
    path.setAttribute("stroke-width", String(Math.min(1.6 + l.facts.length * 0.6, 5)));
    if (l.status === "proposed") path.setAttribute("stroke-dasharray", "6 4");
    path.addEventListener("mousemove", function (ev) {
      showTip(ev, [KIND[l.kind].label + (l.status ? " [" + l.status + "]" : ""), name(a) + " ← → " + name(b),
        l.facts.length + " واقعیت · facts, " + l.articles.length + " خبر · articles — کلیک: خواندن · click: read"]);
    });
    path.addEventListener("mouseleave", hideTip);
    path.addEventListener("click", function () { location.href = PV.href("reading", { article: l.articles[0], fact: l.facts[0] }); });
    lines.appendChild(path);
    linkEls.push(path);
  });

  var marks = [];
  data.cities.concat(data.hubs).forEach(function (p) {
    var hub = p.type === "Organization", c = xy(p);
    var size = hub ? 3 + Math.sqrt(p.members) : 2.5 + Math.sqrt(p.degree || 1);
    var m = hub ? svg("rect", {}) : svg("circle", { cx: c[0], cy: c[1] });
    m.setAttribute("class", "pv-city" + (hub ? " pv-hub" : ""));
    m.setAttribute("fill", hub ? PV.colour("Organization") : p.type === "Capital" ? "#5cb85c" : PV.colour("City"));
    if (hub && p.placed === "members") m.setAttribute("fill-opacity", "0.55");
    m.addEventListener("mousemove", function (ev) {
      var rows = [name(p)];
      if (hub) rows.push(p.placed === "headquarters" ? "سازمان، در مقر خود · organization at its headquarters"
        : "سازمان، در مرکز شهرهای عضو (مقر نامعلوم) · organization at the centre of its member cities (no known headquarters)");
      else rows.push((p.country ? p.country + " · " : "") + (p.type === "Capital" ? "پایتخت · capital" : "درجه · degree " + p.degree));
      rows.push("کلیک: صفحه · click: page");
      showTip(ev, rows);
    });
    m.addEventListener("mouseleave", hideTip);
    m.addEventListener("click", function () { location.href = PV.href("entity", { iri: p.capital_of || p.iri }); });
    dots.appendChild(m);
    var t = svg("text", { x: c[0], y: c[1] });
    t.textContent = p.label;
    labels.appendChild(t);
    marks.push({ p: p, el: m, text: t, c: c, size: size, hub: hub, rank: hub ? 100 + p.members : p.degree || 0 });
  });

  // view box: what part of the world is shown; the page keeps the aspect of the window
  var view = { x: -180, y: -85, w: 360, h: 145 };
  function fit(points) {
    var xs = points.map(function (c) { return c[0]; }), ys = points.map(function (c) { return c[1]; });
    if (!xs.length) return { x: -180, y: -85, w: 360, h: 145 };
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0, 30) * 1.25, h = Math.max(y1 - y0, 18) * 1.25;
    // room on the right for the legend
    return { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w * 1.3, h: h };
  }
  function draw() {
    var box = root.getBoundingClientRect();
    var aspect = box.width / Math.max(box.height, 1);
    var w = Math.max(view.w, view.h * aspect), h = w / aspect;
    var cx = view.x + view.w / 2, cy = view.y + view.h / 2;
    view = { x: cx - w / 2, y: cy - h / 2, w: w, h: h };
    root.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
    var px = view.w / box.width;  // degrees per screen pixel
    var shown = [];
    marks.slice().sort(function (a, b) { return b.rank - a.rank; }).forEach(function (m) {
      var s = m.size * px;
      if (m.hub) {
        m.el.setAttribute("x", m.c[0] - s); m.el.setAttribute("y", m.c[1] - s);
        m.el.setAttribute("width", 2 * s); m.el.setAttribute("height", 2 * s);
      } else m.el.setAttribute("r", s);
      m.text.setAttribute("font-size", 12 * px);
      m.text.setAttribute("stroke-width", 3 * px);
      m.text.setAttribute("x", m.c[0] + s + 2 * px);
      m.text.setAttribute("y", m.c[1] + 4 * px);
      // a label is drawn where it does not overlap a more important one
      var w = m.p.label.length * 7 * px, h = 14 * px;
      var r = [m.c[0] + s, m.c[1] - h / 2, w, h];
      var free = shown.every(function (o) { return r[0] > o[0] + o[2] || o[0] > r[0] + r[2] || r[1] > o[1] + o[3] || o[1] > r[1] + r[3]; });
      m.text.style.display = free ? "" : "none";
      if (free) shown.push(r);
    });
  }
  function zoom(factor, at) {
    var nw = Math.min(Math.max(view.w * factor, 2), 400);
    var f = nw / view.w;
    view = { x: at[0] - (at[0] - view.x) * f, y: at[1] - (at[1] - view.y) * f, w: view.w * f, h: view.h * f };
    draw();
  }
  function toWorld(ev) {
    var box = root.getBoundingClientRect();
    return [view.x + (ev.clientX - box.left) / box.width * view.w, view.y + (ev.clientY - box.top) / box.height * view.h];
  }
  root.addEventListener("wheel", function (ev) { ev.preventDefault(); zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, toWorld(ev)); }, { passive: false });
  var drag = null;
  root.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, view: view }; root.classList.add("pv-drag"); });
  window.addEventListener("mouseup", function () { drag = null; root.classList.remove("pv-drag"); });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var box = root.getBoundingClientRect();
    view = { x: drag.view.x - (ev.clientX - drag.x) / box.width * drag.view.w, y: drag.view.y - (ev.clientY - drag.y) / box.height * drag.view.h,
      w: drag.view.w, h: drag.view.h };
    draw();
  });
  window.addEventListener("resize", draw);

  var home = fit(marks.map(function (m) { return m.c; }));
  var buttons = el("div", null, "pv-float");
  buttons.id = "pv-zoom";
  [["+", function () { zoom(1 / 1.5, [view.x + view.w / 2, view.y + view.h / 2]); }],
   ["−", function () { zoom(1.5, [view.x + view.w / 2, view.y + view.h / 2]); }],
   ["⌂", function () { view = Object.assign({}, home); draw(); }],
   ["○", function () { view = { x: -180, y: -85, w: 360, h: 145 }; draw(); }]].forEach(function (b) {
    var btn = el("button", b[0]);
    btn.addEventListener("click", b[1]);
    buttons.appendChild(btn);
  });
  main.appendChild(buttons);

  // legend, counts and what could not be drawn
  var legend = el("div", null, "pv-float");
  legend.id = "pv-legend";
  var legendTitle = el("strong", "راهنما · legend ▾");
  legendTitle.addEventListener("click", function () { legend.classList.toggle("pv-closed"); });
  legend.appendChild(legendTitle);
  function key(sample, text) {
    var row = el("div", null, "pv-key");
    var s = svg("svg", { width: 34, height: 14 });
    s.appendChild(sample);
    row.appendChild(s);
    row.appendChild(el("span", text));
    legend.appendChild(row);
  }
  var counts = {};
  data.links.forEach(function (l) { counts[l.kind] = (counts[l.kind] || 0) + 1; });
  PV.config.kinds.forEach(function (k) {
    key(svg("path", { d: "M2 11Q17 1 32 11", stroke: KIND[k].colour, "stroke-width": 3, fill: "none" }), KIND[k].label + " (" + (counts[k] || 0) + ")");
  });
  key(svg("path", { d: "M2 11Q17 1 32 11", stroke: KIND.twinning.colour, "stroke-width": 3, fill: "none", "stroke-dasharray": "6 4" }), "پیشنهادی · proposed");
  key(svg("circle", { cx: 17, cy: 7, r: 5, fill: PV.colour("City") }), "شهر · city (" + data.cities.filter(function (c) { return c.type === "City"; }).length + ")");
  key(svg("circle", { cx: 17, cy: 7, r: 5, fill: "#5cb85c" }), "پایتخت کشورِ سفر یا نماینده · capital of a country visited or represented");
  key(svg("rect", { x: 12, y: 2, width: 10, height: 10, fill: PV.colour("Organization") }), "سازمان در مقر · organization at its headquarters");
  key(svg("rect", { x: 12, y: 2, width: 10, height: 10, fill: PV.colour("Organization"), "fill-opacity": 0.55 }), "سازمان در مرکز اعضا · organization at its members' centre");
  var undrawn = Object.keys(data.undrawn).map(function (k) { return k + " " + data.undrawn[k]; }).join(", ");
  if (undrawn) legend.appendChild(el("div", "واقعیت‌های بی‌جا · facts with an end not placed: " + undrawn, "pv-small"));
  if (data.unplaced.length) {
    legend.appendChild(el("div", "شهرهای بی‌مختصات · cities without coordinates (" + data.unplaced.length + "):", "pv-small"));
    data.unplaced.forEach(function (c) {
      var row = el("div", null, "pv-small");
      row.appendChild(PV.link(c.label, PV.href("entity", { iri: c.iri })));
      legend.appendChild(row);
    });
  }
  legend.appendChild(el("div", "Natural Earth 1:110m · GeoNames", "pv-small"));
  main.appendChild(legend);

  var focus = PV.params().iri;
  if (focus && places[focus]) {
    var c = xy(places[focus]);
    view = { x: c[0] - 15, y: c[1] - 9, w: 30, h: 18 };
    marks.forEach(function (m) { if (m.p.iri === focus) { m.el.setAttribute("stroke", "#000"); m.el.style.strokeWidth = "3"; } });
  } else view = Object.assign({}, home);
  draw();
  main.dataset.ready = "true";
})();
