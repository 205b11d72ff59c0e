// Exploring the drawn graph offline: find a name, hide classes, keep one article or a date range,
// read a node's facts in the side panel.
// Text from the graph is only ever set as textContent, never as HTML: a quote holding "<script>" stays text.
(function () {
  var nodes = network.body.data.nodes, edges = network.body.data.edges;
  var panel = document.getElementById("kg-panel"), search = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  var article = document.getElementById("kg-article");
  var since = document.getElementById("kg-since"), until = document.getElementById("kg-until");
  var notDrawn = JSON.parse(document.getElementById("kg-not-drawn").textContent || "[]");

  function line(text, cls) {
    var p = document.createElement("p");
    p.textContent = text;
    if (cls) { p.className = cls; }
    panel.appendChild(p);
  }

  function show(id) {
    var n = nodes.get(id);
    if (!n) { return; }
    panel.textContent = "";
    var h = document.createElement("h2");
    h.textContent = n.label;
    panel.appendChild(h);
    line(String(n.title || ""), "kg-title");
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid), other = nodes.get(e.from === id ? e.to : e.from);
      var head = (e.from === id ? "" : (other ? other.label : "") + " ") + e.label +
                 (e.from === id ? " " + (other ? other.label : "") : "");
      line(head, "kg-edge");
      if (other && other.group === "Quote") { line(String(other.title), "kg-evidence"); }   // the full quote
      else if (e.title && e.title !== e.label) { line(String(e.title), "kg-evidence"); }
    });
    panel.style.display = "block";
  }

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var visible = nodes.get({filter: function (n) { return !n.hidden; }});
    var exact = visible.filter(function (n) { return String(n.label).toLowerCase() === q; });
    var part = visible.filter(function (n) { return String(n.label).toLowerCase().indexOf(q) >= 0; });
    return exact[0] || part[0] || null;
  }

  search.addEventListener("change", function () {
    var hit = find(search.value);
    if (!hit) {
      var q = search.value.trim().toLowerCase();
      var known = notDrawn.filter(function (n) { return n.toLowerCase() === q; })[0] ||
                  notDrawn.filter(function (n) { return n.toLowerCase().indexOf(q) >= 0; })[0];
      status.textContent = known ? known + " is in the graph but not drawn here: kg view --focus \"" + known + "\""
                                 : "not in the graph: " + search.value;
      return;
    }
    status.textContent = "";
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: 1.3, animation: true});
    show(hit.id);
  });

  // one filter for all controls: a node shows when its class is on and, when an article or dates
  // are chosen, it is stated in that article or in one dated within the range
  function stated(n, id, from, to) {
    if (id && (n.articles || []).indexOf(id) < 0) { return false; }
    if (!from && !to) { return true; }
    return (n.dates || []).some(function (d) { return (!from || d >= from) && (!to || d <= to); });
  }

  function applyFilters() {
    var off = {};
    document.querySelectorAll(".kg-class").forEach(function (b) { if (!b.checked) { off[b.value] = true; } });
    var id = article.value.trim(), from = since.value, to = until.value;
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, hidden: !!off[n.group] || !stated(n, id, from, to)};
    }));
    var shown = nodes.get({filter: function (n) { return !n.hidden; }}).length;
    status.textContent = (id || from || to) ? shown + " nodes from " + (id ? "article " + id : "those dates") : "";
  }

  document.querySelectorAll(".kg-class").forEach(function (box) { box.addEventListener("change", applyFilters); });
  [article, since, until].forEach(function (el) { el.addEventListener("change", applyFilters); });

  network.on("click", function (params) { if (params.nodes.length) { show(params.nodes[0]); } });
})();
