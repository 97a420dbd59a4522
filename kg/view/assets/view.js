// kg view: draws the embedded graph with vis-network; filters, search and the details panel.
// Every text from the graph goes into the page through textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var colours = data.colours;
  var LIST_LIMIT = 200;  // items per panel section: a much-quoted entity has thousands
  var FALLBACK = "#999999";

  var entityById = new Map();
  data.entities.forEach(function (e) { entityById.set(e.id, e); });
  var bySpeaker = new Map(), byAbout = new Map(), byEnd = new Map();
  function push(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }
  data.statements.forEach(function (s) {
    push(bySpeaker, s.speaker, s);
    (s.about || []).forEach(function (a) { push(byAbout, a, s); });
  });
  data.relations.forEach(function (r) {
    push(byEnd, r.source, r);
    if (r.target !== r.source) push(byEnd, r.target, r);
  });

  // Filter state: the enabled keys of each group, and the date range.
  var state = { enabled: {}, since: "", until: "" };

  function colour(group, key) { return (colours[group] && colours[group][key]) || FALLBACK; }
  function label(key) { return String(key).replace(/_/g, " ").toLowerCase(); }
  function name(id) {
    var e = entityById.get(id);
    return e ? e.name : (data.names[id] || id);
  }

  function inRange(day) {
    if (!state.since && !state.until) return true;
    if (!day) return false;
    return (!state.since || day >= state.since) && (!state.until || day <= state.until);
  }
  function statementShown(s) { return state.enabled.statement.has(s.kind) && inRange(s.day); }
  function relationShown(r) { return state.enabled.relation.has(r.type) && inRange(r.day); }
  function entityShown(id) {
    var e = entityById.get(id);
    return !!e && state.enabled.entity.has(e.type);
  }
  function linkShown(link) {
    if (!state.enabled[link.group].has(link.kind)) return false;
    if (!entityShown(link.from) || !entityShown(link.to)) return false;
    if (link.group === "co_mention") return true;
    var records = link.group === "statement" ? data.statements : data.relations;
    return link.items.some(function (i) { return inRange(records[i].day); });
  }

  // Every key of the palette and of the data starts enabled.
  function counts(list, key) {
    var found = new Map();
    list.forEach(function (x) { found.set(x[key], (found.get(x[key]) || 0) + 1); });
    return found;
  }
  var present = {
    entity: counts(data.entities, "type"),
    statement: counts(data.statements, "kind"),
    relation: counts(data.relations, "type"),
    co_mention: counts(data.links.filter(function (l) { return l.group === "co_mention"; }), "kind")
  };
  var keysOf = {};
  Object.keys(present).forEach(function (group) {
    var keys = Object.keys(colours[group] || {});
    present[group].forEach(function (_, key) { if (keys.indexOf(key) < 0) keys.push(key); });
    keysOf[group] = keys;
    state.enabled[group] = new Set(keys);
  });

  // ---- the network -------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.entities.map(function (e) {
    var c = colour("entity", e.type);
    return { id: e.id, label: e.name, value: Math.max(1, e.mentions || 0), x: e.x, y: e.y,
             color: { background: c, border: c, highlight: { background: c, border: "#000" } } };
  }));
  var pairSeen = new Map();
  var edges = new vis.DataSet(data.links.map(function (link) {
    var c = colour(link.group, link.kind);
    var pair = link.from < link.to ? link.from + "\u0000" + link.to : link.to + "\u0000" + link.from;
    var nth = pairSeen.get(pair) || 0;
    pairSeen.set(pair, nth + 1);
    var weight = link.group === "co_mention" ? link.articles : link.items.length;
    // Only what differs from the defaults set on the network: vis merges every option an edge
    // names, which on thousands of edges is most of the time the page takes to open.
    var edge = { id: link.id, from: link.from, to: link.to, color: { color: c, highlight: c } };
    if (weight > 1) edge.width = 1 + Math.log2(weight);
    if (link.hypothetical) edge.dashes = [2, 4];
    else if (link.negated) edge.dashes = [7, 4];
    if (link.group === "co_mention") { edge.arrows = ""; edge.color.opacity = 0.6; }
    // Links between the same two entities bend apart; the first stays straight (cheapest to draw).
    if (nth > 0) edge.smooth = { enabled: true, type: nth % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(nth / 2) };
    return edge;
  }));
  var linkById = new Map();
  data.links.forEach(function (l) { linkById.set(l.id, l); });

  var nodeView = new vis.DataView(nodes, { filter: function (n) { return entityShown(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return linkShown(linkById.get(e.id)); } });

  var large = data.entities.length > 400;
  // Positions come computed (kg/view/layout.py). A small graph also gets a short physics run from
  // them, which spreads out crowded hubs; on a large one that would cost seconds (about 40 ms an
  // iteration for 2,000 entities), so it is drawn as laid out.
  var settle = data.entities.length <= 300;
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodeView, edges: edgeView }, {
    physics: settle ? {
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -2500, centralGravity: 0.8, springLength: 110, avoidOverlap: 0.5 },
      stabilization: { iterations: 300, fit: true }
    } : false,
    layout: { improvedLayout: false },
    nodes: {
      shape: "dot", borderWidth: 1,
      scaling: { min: 5, max: 26, label: { enabled: true, min: 11, max: 22, drawThreshold: 6 } },
      font: { size: 12, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: { selectionWidth: 2, width: 1, smooth: false, color: { opacity: 0.9 },
             arrows: { to: { enabled: true, scaleFactor: 0.5 } } },
    interaction: { hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: false }
  });

  // ---- filters and legend ------------------------------------------------------------------
  Object.keys(keysOf).forEach(function (group) {
    var box = document.getElementById("f-" + group);
    keysOf[group].forEach(function (key) {
      var row = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.checked = true;
      input.dataset.group = group;
      input.dataset.key = key;
      input.addEventListener("change", function () {
        if (input.checked) state.enabled[group].add(key); else state.enabled[group].delete(key);
        refresh();
      });
      var swatch = document.createElement("span");
      swatch.className = group === "entity" ? "swatch" : "swatch line";
      swatch.style.background = colour(group, key);
      var text = document.createElement("span");
      text.textContent = group === "entity" ? key : label(key);
      var count = document.createElement("span");
      count.className = "count";
      count.textContent = String(present[group].get(key) || 0);
      row.append(input, swatch, text, count);
      box.appendChild(row);
    });
  });
  if (!present.co_mention.size) document.getElementById("co-section").hidden = true;

  var days = data.statements.map(function (s) { return s.day; })
    .concat(data.relations.map(function (r) { return r.day; })).filter(Boolean).sort();
  ["since", "until"].forEach(function (which) {
    var input = document.getElementById(which);
    if (days.length) { input.min = days[0]; input.max = days[days.length - 1]; }
    input.addEventListener("change", function () { state[which] = input.value; refresh(); });
  });

  var status = document.getElementById("status");
  function showCounts() {
    status.className = "";
    status.textContent = nodeView.length + " of " + data.entities.length + " entities, " +
      edgeView.length + " of " + data.links.length + " links";
  }
  var current = null;  // what the panel shows: ["entity", id] or ["link", id]
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    showCounts();
    if (current) show(current[0], current[1]);
  }

  // ---- the details panel -------------------------------------------------------------------
  var panel = document.getElementById("panel");
  var details = document.getElementById("details");
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function articleLine(x) {
    var parts = [x.title || x.article, x.outlet, x.published ? "published " + x.published : null, x.url];
    return el("div", "article", parts.filter(Boolean).join(" \u00b7 "));
  }
  // One fact of the panel: kind, flag and date, who to whom, the text, the sentence, the article.
  function item(group, kind, flag, x, who, content) {
    var li = el("li", group);
    var head = el("div", "head");
    var swatch = el("span", "swatch line");
    swatch.style.background = colour(group, kind);
    head.append(swatch, el("span", "kind", label(kind)));
    if (flag) head.appendChild(el("span", "negated", flag));
    head.appendChild(el("span", "date", x.date || (x.day ? "undated, article of " + x.day : "undated")));
    li.append(head, el("div", "who", who));
    if (content) li.appendChild(el("blockquote", "content", content));
    li.append(el("div", "sentence", x.sentence), articleLine(x));
    return li;
  }
  function statementItem(s) {
    var about = (s.about || []).map(name).join(", ");
    return item("statement", s.kind, s.negated ? "negated" : null, s,
                name(s.speaker) + (about ? " \u2192 " + about : ""), s.content);
  }
  function relationItem(r) {
    var extra = [r.role, r.troops ? Number(r.troops).toLocaleString("en") + " " + (r.unit || "troops") : null];
    extra = extra.filter(Boolean).join(", ");
    var flags = [r.negated ? "negated" : null, r.hypothetical ? (r.modality || "hypothetical") : null];
    return item("relation", r.type, flags.filter(Boolean).join(", "), r,
                name(r.source) + " \u2192 " + name(r.target) + (extra ? " (" + extra + ")" : ""), null);
  }
  function section(title, records, item) {
    details.appendChild(el("h3", null, title + " (" + records.length + ")"));
    var list = el("ol");
    records.slice(0, LIST_LIMIT).forEach(function (x) { list.appendChild(item(x)); });
    details.appendChild(list);
    if (records.length > LIST_LIMIT) {
      details.appendChild(el("p", "more", "\u2026 and " + (records.length - LIST_LIMIT) +
        " more: narrow the view by kind or date to see them"));
    }
  }
  function showEntity(id) {
    var e = entityById.get(id);
    details.appendChild(el("h2", "name", e.name));
    details.appendChild(el("div", "meta", [e.type, e.role].filter(Boolean).join(" \u00b7 ")));
    if (e.aliases && e.aliases.length) details.appendChild(el("div", "aliases", "Also: " + e.aliases.join(", ")));
    details.appendChild(el("div", "meta", "Named " + (e.mentions || 0) + " times in the articles"));
    section("Statements by " + e.name, (bySpeaker.get(id) || []).filter(statementShown), statementItem);
    section("Statements about " + e.name, (byAbout.get(id) || []).filter(statementShown), statementItem);
    section("Relations", (byEnd.get(id) || []).filter(relationShown), relationItem);
  }
  function showLink(id) {
    var link = linkById.get(id);
    var arrow = link.group === "co_mention" ? " \u2014 " : " \u2192 ";
    details.appendChild(el("h2", "name", name(link.from) + arrow + name(link.to)));
    if (link.group === "co_mention") {
      details.appendChild(el("div", "meta", "Named together in " + link.articles + " articles"));
    } else if (link.group === "statement") {
      details.appendChild(el("div", "meta", label(link.kind) + (link.negated ? " (negated)" : "")));
      section("Statements", link.items.map(function (i) { return data.statements[i]; }).filter(statementShown),
              statementItem);
    } else {
      var flags = [link.negated ? "negated" : null, link.hypothetical ? "not asserted" : null].filter(Boolean);
      details.appendChild(el("div", "meta", label(link.kind) + (flags.length ? " (" + flags.join(", ") + ")" : "")));
      section("Relations", link.items.map(function (i) { return data.relations[i]; }).filter(relationShown),
              relationItem);
    }
  }
  function show(what, id) {
    current = [what, id];
    details.replaceChildren();
    if (what === "entity") showEntity(id); else showLink(id);
    panel.hidden = false;
  }
  document.getElementById("close").addEventListener("click", function () {
    panel.hidden = true;
    current = null;
    network.unselectAll();
  });
  network.on("click", function (params) {
    if (params.nodes.length) show("entity", params.nodes[0]);
    else if (params.edges.length) show("link", params.edges[0]);
  });

  // ---- search ------------------------------------------------------------------------------
  var names = document.getElementById("names");
  var lookup = new Map();
  data.entities.forEach(function (e) {
    var option = document.createElement("option");
    option.value = e.name;
    names.appendChild(option);
    [e.name].concat(e.aliases || []).forEach(function (n) {
      var key = String(n).toLowerCase();
      if (!lookup.has(key)) lookup.set(key, e.id);
    });
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    if (lookup.has(q)) return lookup.get(q);
    var hit = data.entities.find(function (e) { return e.name.toLowerCase().endsWith(" " + q); }) ||
              data.entities.find(function (e) { return e.name.toLowerCase().indexOf(q) >= 0; });
    return hit ? hit.id : null;
  }
  function focusEntity(id) {
    var e = entityById.get(id);
    if (!state.enabled.entity.has(e.type)) {
      state.enabled.entity.add(e.type);
      document.querySelector('input[data-group="entity"][data-key="' + CSS.escape(e.type) + '"]').checked = true;
      refresh();
    }
    network.selectNodes([id]);
    show("entity", id);
    // Centred in what the panel leaves visible.
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 },
                        offset: { x: -panel.offsetWidth / 2, y: 0 } });
  }
  var search = document.getElementById("search");
  function runSearch() {
    var id = find(search.value);
    if (id) {
      focusEntity(id);
      showCounts();
    } else if (search.value.trim()) {
      status.className = "warn";
      status.textContent = "No entity matches \u201c" + search.value.trim() + "\u201d";
    }
  }
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") runSearch(); });
  search.addEventListener("change", runSearch);

  showCounts();
  // For tests and benchmarks: the network, its visible data, and when it first finished drawing.
  window.kgView = { network: network, nodes: nodeView, edges: edgeView, data: data, ready: false,
                    focus: focusEntity };
  function ready() {
    network.once("afterDrawing", function () {
      window.kgView.ready = true;
      window.kgView.readyAt = performance.now();
    });
  }
  if (settle) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });   // settled: dragging moves one node only
      ready();
      network.redraw();
    });
  } else {
    ready();
  }
})();
