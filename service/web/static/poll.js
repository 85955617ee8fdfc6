// Dashboard: while documents are being read, refresh their status every 2 s; reload
// the page (for kinds, periods and findings) once none is queued or processing.
(function () {
  var script = document.currentScript;
  var api = script && script.getAttribute("data-api");
  if (!api) return;
  function tick() {
    fetch(api, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (docs) {
        if (!docs) return;
        var busy = false;
        docs.forEach(function (d) {
          var row = document.querySelector('tr[data-doc="' + d.id + '"] [data-status]');
          if (row) { row.textContent = d.status; row.className = "status s-" + d.status; }
          if (d.status === "queued" || d.status === "processing") busy = true;
        });
        if (busy) setTimeout(tick, 2000); else window.location.reload();
      })
      .catch(function () { setTimeout(tick, 5000); });
  }
  setTimeout(tick, 2000);
})();
