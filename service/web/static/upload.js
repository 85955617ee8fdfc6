// Upload: drag and drop (or choose) several files; each is sent on its own to the
// upload API with its progress shown, then its reading status is followed to the end.
// The upload sends the page's CSRF token (<meta name="csrf-token">) as X-CSRF-Token:
// the API refuses cookie-authenticated changes without it.
(function () {
  var form = document.getElementById("upload");
  var drop = document.getElementById("drop");
  var input = document.getElementById("files");
  var table = document.getElementById("results");
  var body = table.querySelector("tbody");
  var api = form.getAttribute("data-api");
  var board = form.getAttribute("data-board");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";

  function cell(row, text) { var td = document.createElement("td"); td.textContent = text || ""; row.appendChild(td); return td; }

  function follow(id, result) {
    fetch(api + "/" + id, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        if (d.status === "done") {
          result.textContent = "";
          var a = document.createElement("a");
          a.href = "/boards/" + board + "/documents/" + d.id;
          a.textContent = "Read: see its findings";
          result.appendChild(a);
          result.setAttribute("data-state", "done");
        } else if (d.status === "failed") {
          result.textContent = "Could not be read: " + ((d.error && d.error.message) || "unknown reason");
          result.setAttribute("data-state", "failed");
        } else {
          result.textContent = d.status === "queued" ? "Waiting to be read…" : "Being read…";
          setTimeout(function () { follow(id, result); }, 1500);
        }
      })
      .catch(function () { setTimeout(function () { follow(id, result); }, 4000); });
  }

  function send(file) {
    table.hidden = false;
    var row = document.createElement("tr");
    cell(row, file.name).className = "wrap";
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Upload progress of " + file.name);
    cell(row, "").appendChild(bar);
    var result = cell(row, "Uploading…");
    result.className = "wrap";
    body.appendChild(row);
    var data = new FormData();
    data.append("files", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", api);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
    xhr.onload = function () {
      var out = null;
      try { out = JSON.parse(xhr.responseText); } catch (err) { out = null; }
      if (xhr.status === 201 && out && out.documents) {
        bar.value = 100;
        var d = out.documents[0];
        result.textContent = d.duplicate ? "Already uploaded" : "Uploaded";
        follow(d.id, result);
      } else {
        result.textContent = "Not uploaded: " + ((out && out.message) || ("error " + xhr.status));
        result.setAttribute("data-state", "failed");
      }
    };
    xhr.onerror = function () { result.textContent = "Not uploaded: the connection failed; try again."; };
    xhr.send(data);
  }

  function sendAll(files) { for (var i = 0; i < files.length; i++) send(files[i]); }
  input.addEventListener("change", function () { sendAll(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("is-over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("is-over"); });
  });
  drop.addEventListener("drop", function (e) { if (e.dataTransfer) sendAll(e.dataTransfer.files); });
})();
