/// The report's only script: sorting and filtering the host table. It reads everything from the
/// page (cells and `data-` attributes) and writes only `textContent` and attributes, so no text
/// from a log ever becomes code or markup. Without JavaScript the table is simply static.
enum HTMLScript {
    static let javaScript = #"""
(function () {
  "use strict";
  var table = document.getElementById("host-table");
  if (!table || !table.tHead || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById("host-filter");
  var needs = document.getElementById("host-needs");
  var counter = document.getElementById("host-count");
  function key(row, index, numeric) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-sort");
    if (value === null) { value = cell.textContent; }
    return numeric ? (parseFloat(value) || 0) : value.toLowerCase();
  }
  headers.forEach(function (header, index) {
    var numeric = header.getAttribute("data-type") === "number";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = header.textContent;
    header.textContent = "";
    header.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = key(a, index, numeric), y = key(b, index, numeric);
        var order = x < y ? -1 : (x > y ? 1 : 0);
        if (order === 0) { order = key(a, 0, false) < key(b, 0, false) ? -1 : 1; }
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  function apply() {
    var query = filter.value.trim().toLowerCase();
    var wanted = needs.value;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!query || row.textContent.toLowerCase().indexOf(query) !== -1)
        && (!wanted || row.getAttribute("data-needs") === wanted);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    counter.textContent = shown + " of " + rows.length + " machines";
  }
  if (filter && needs && counter) {
    document.getElementById("host-controls").hidden = false;
    filter.addEventListener("input", apply);
    needs.addEventListener("change", apply);
    apply();
  }
})();
"""#
}
