/**
 * The report page's script (plain ES2017, no modules, no network). It reads the embedded JSON and
 * builds the page with textContent only, so no value of the Compose project can become markup.
 * Clicking a Compose line highlights the manifest lines it produced and explains the mapping;
 * clicking a manifest line highlights the Compose lines it came from.
 */
export const reportScript = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function composeId(file, line) { return "c-" + file + "-" + line; }
  function manifestId(m, l) { return "m-" + m + "-" + l; }

  var diagnosticLines = {};
  data.diagnostics.forEach(function (d) { if (d.file !== undefined) diagnosticLines[d.file + ":" + d.line] = true; });

  var diagnosticsList = document.getElementById("diagnostics-list");
  data.diagnostics.forEach(function (d) {
    var item = el("li", "severity-" + d.severity);
    if (d.file !== undefined) {
      var link = el("a", "diagnostic-link", data.files[d.file].name + ":" + d.line);
      link.setAttribute("href", "#" + composeId(d.file, d.line));
      link.dataset.file = String(d.file);
      link.dataset.line = String(d.line);
      link.addEventListener("click", function (event) { event.preventDefault(); selectCompose(d.file, d.line); });
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
    }
    item.appendChild(el("strong", null, d.severity + "[" + d.code + "]"));
    item.appendChild(document.createTextNode(": " + d.message));
    diagnosticsList.appendChild(item);
  });
  if (data.diagnostics.length === 0) diagnosticsList.appendChild(el("li", null, "None."));

  var composeColumn = document.getElementById("compose-code");
  data.files.forEach(function (file, f) {
    composeColumn.appendChild(el("h3", null, file.name));
    var code = el("div", "code");
    file.lines.forEach(function (text, i) {
      var line = i + 1;
      var key = f + ":" + line;
      var row = el("div", "line");
      row.id = composeId(f, line);
      row.dataset.file = String(f);
      row.dataset.line = String(line);
      var info = data.composeLines[key];
      if (info && info.fields.length > 0) row.classList.add("traced");
      if (diagnosticLines[key]) row.classList.add("has-diagnostic");
      row.appendChild(el("span", "num", String(line)));
      row.appendChild(el("span", "text", text));
      row.addEventListener("click", function () { selectCompose(f, line); });
      code.appendChild(row);
    });
    composeColumn.appendChild(code);
  });

  var manifestColumn = document.getElementById("kubernetes-code");
  data.manifests.forEach(function (manifest, m) {
    var box = el("div", "manifest");
    box.dataset.kind = manifest.kind;
    box.dataset.name = manifest.name;
    box.appendChild(el("h3", null, manifest.kind + " " + manifest.name));
    var code = el("div", "code");
    manifest.lines.forEach(function (text, l) {
      var row = el("div", "line traced");
      row.id = manifestId(m, l);
      row.dataset.manifest = String(m);
      row.dataset.field = data.manifestLines[m + ":" + l] ? data.manifestLines[m + ":" + l].field : "";
      row.appendChild(el("span", "text", text));
      row.addEventListener("click", function () { selectManifest(m, l); });
      code.appendChild(row);
    });
    box.appendChild(code);
    manifestColumn.appendChild(box);
  });

  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll(".highlight, .selected"), function (node) {
      node.classList.remove("highlight");
      node.classList.remove("selected");
    });
  }
  function mark(id, className) {
    var node = document.getElementById(id);
    if (node) node.classList.add(className);
    return node;
  }
  // Scroll only the column that holds the line (the page stays put); when columns do not scroll (narrow or print
  // layouts), the page scrolls instead.
  function reveal(node) {
    if (!node) return;
    var column = node.closest(".column");
    if (column && column.scrollHeight > column.clientHeight) column.scrollTop = node.offsetTop - column.clientHeight / 2;
    else if (node.scrollIntoView) node.scrollIntoView({ block: "center" });
  }

  function selectCompose(f, line) {
    clear();
    var info = data.composeLines[f + ":" + line];
    reveal(mark(composeId(f, line), "selected"));
    var first = null;
    (info ? info.fields : []).forEach(function (ref) {
      var node = mark(manifestId(ref[0], ref[1]), "highlight");
      if (!first) first = node;
    });
    reveal(first);
    var lineText = data.files[f] ? data.files[f].name + ":" + line : "";
    explain(info ? info.path : lineText, info && info.fate, info && info.explanation, info && info.fields.length === 0 ? "Nothing in the manifests comes from this line." : null);
  }

  function selectManifest(m, l) {
    clear();
    mark(manifestId(m, l), "selected");
    var info = data.manifestLines[m + ":" + l];
    if (!info) return;
    if (info.origin) {
      for (var line = info.origin.start; line <= info.origin.end; line++) mark(composeId(info.origin.file, line), "highlight");
      reveal(mark(composeId(info.origin.file, info.origin.line), "selected"));
    }
    var note = info.default ? "A default kubepose chose: " + info.default : info.origin ? null : "Not traced to a Compose line.";
    var from = info.origin ? " ← " + data.files[info.origin.file].name + ":" + info.origin.line : "";
    explain(data.manifests[m].kind + " " + data.manifests[m].name + " " + info.field + from, null, info.explanation, note);
  }

  var panel = document.getElementById("panel-body");
  function explain(path, fate, id, note) {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el("p", "path", path));
    if (fate) panel.appendChild(el("p", "fate", fate));
    if (note) panel.appendChild(el("p", "note", note));
    var entry = id ? data.explanations[id] : null;
    if (!entry) return;
    panel.appendChild(el("h3", "explanation-title", entry.title));
    panel.appendChild(el("p", "summary", entry.summary));
    renderDetail(entry.detail);
    var links = el("ul", "docs");
    entry.docs.forEach(function (url) {
      var item = el("li");
      var link = el("a", null, url);
      if (/^https:\\/\\//.test(url)) link.setAttribute("href", url);
      item.appendChild(link);
      links.appendChild(item);
    });
    panel.appendChild(links);
  }

  // The detail is paragraphs separated by blank lines: indented blocks are code, "- " lines a list.
  function renderDetail(detail) {
    var box = el("div", "detail");
    detail.split(/\\n\\s*\\n/).forEach(function (chunk) {
      var lines = chunk.split("\\n");
      if (lines.every(function (line) { return /^  /.test(line); })) {
        box.appendChild(el("pre", null, lines.map(function (line) { return line.slice(2); }).join("\\n")));
      } else if (/^- /.test(lines[0])) {
        var list = el("ul");
        chunk.split(/\\n(?=- )/).forEach(function (item) { list.appendChild(el("li", null, item.replace(/^- /, "").replace(/\\s*\\n\\s*/g, " "))); });
        box.appendChild(list);
      } else {
        box.appendChild(el("p", null, chunk.replace(/\\s*\\n\\s*/g, " ")));
      }
    });
    panel.appendChild(box);
  }

  var target = /^#c-(\\d+)-(\\d+)$/.exec(location.hash);
  if (target) selectCompose(Number(target[1]), Number(target[2]));
})();
`;
