// Dossier's pages work without JavaScript; this file adds the coverage chart, word diffs and live
// ingest progress. Text from articles is only ever set with textContent, never as HTML.
(function () {
  "use strict";

  function coverageChart() {
    var canvas = document.getElementById("coverage-chart");
    if (!canvas || typeof Chart === "undefined") {
      return;
    }
    var data = JSON.parse(canvas.getAttribute("data-series"));
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.days,
        datasets: data.series.map(function (s) {
          return { label: s.outlet, data: s.counts };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  // The timeline as a chart: one point per event on its date, the story's own events apart from
  // the background; a click moves to the event in the list, which opens its sources.
  function timelineChart() {
    var canvas = document.getElementById("timeline-chart");
    if (!canvas || typeof Chart === "undefined") {
      return;
    }
    var events = JSON.parse(canvas.getAttribute("data-events"));
    var dates = [];
    events.forEach(function (e) {
      if (dates.indexOf(e.when) < 0) {
        dates.push(e.when);
      }
    });
    dates.sort();
    var points = events.map(function (e, i) {
      return { x: e.when, y: e.background ? "background" : "this story", r: 4 + 2 * e.sources, i: i };
    });
    new Chart(canvas, {
      type: "bubble",
      data: { datasets: [{ label: "events", data: points }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: "category", labels: dates },
          y: { type: "category", labels: ["this story", "background"] }
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var e = events[ctx.raw.i];
                return e.when + ": " + e.text;
              }
            }
          }
        },
        onClick: function (evt, elements) {
          if (elements.length) {
            var target = document.getElementById("event-" + elements[0].index);
            if (target) {
              target.scrollIntoView();
              var ref = target.querySelector(".ref");
              if (ref) {
                ref.focus();
              }
            }
          }
        }
      }
    });
  }

  // "[-removed-] {+added+}" as struck and inserted words.
  function diffs() {
    document.querySelectorAll(".diff[data-diff]").forEach(function (el) {
      var text = el.getAttribute("data-diff");
      var parts = text.split(/(\[-[\s\S]*?-\]|\{\+[\s\S]*?\+\})/);
      el.textContent = "";
      parts.forEach(function (p) {
        if (p.startsWith("[-") && p.endsWith("-]")) {
          var del = document.createElement("del");
          del.textContent = p.slice(2, -2);
          el.appendChild(del);
        } else if (p.startsWith("{+") && p.endsWith("+}")) {
          var ins = document.createElement("ins");
          ins.textContent = p.slice(2, -2);
          el.appendChild(ins);
        } else if (p) {
          el.appendChild(document.createTextNode(p));
        }
      });
    });
  }

  function jobRow(job) {
    var table = document.querySelector("#jobs tbody");
    var row = table.querySelector('tr[data-job="' + job.id + '"]');
    if (!row) {
      row = document.createElement("tr");
      row.setAttribute("data-job", job.id);
      ["id", "state", "progress", "stored"].forEach(function (k) {
        var td = document.createElement("td");
        td.className = k;
        row.appendChild(td);
      });
      table.appendChild(row);
    }
    row.children[0].textContent = job.id;
    row.children[1].textContent = job.state;
    var bar = document.createElement("progress");
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    bar.textContent = job.done + " of " + job.total;
    row.children[2].textContent = "";
    row.children[2].appendChild(bar);
    row.children[3].textContent = job.stored;
  }

  function watch(id) {
    var message = document.getElementById("job-message");
    function poll() {
      fetch("/api/jobs/" + encodeURIComponent(id), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          jobRow(job);
          message.textContent = "Job " + job.state + (job.message ? ": " + job.message : "") +
            " (" + job.done + " read, " + job.stored + " stored)";
          if (job.state === "done" || job.state === "failed" || job.state === "cancelled") {
            return;
          }
          setTimeout(poll, 500);
        });
    }
    poll();
  }

  function ingestForm() {
    var form = document.getElementById("ingest-form");
    if (!form) {
      return;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new FormData(form);
      fetch("/api/ingest?answer=json", { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, job: j }; }); })
        .then(function (res) {
          if (!res.ok) {
            document.getElementById("job-message").textContent = res.job.error;
            return;
          }
          watch(res.job.id);
        });
    });
    var params = new URLSearchParams(window.location.search);
    if (params.get("job")) {
      watch(params.get("job"));
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    coverageChart();
    timelineChart();
    diffs();
    ingestForm();
  });
})();

// Stories that grew since this browser last opened them: the counts seen are kept in
// localStorage (nothing leaves the browser), and the stories page marks the ones that grew.
(function () {
  "use strict";
  function seen() {
    try {
      return JSON.parse(localStorage.getItem("dossier.seen") || "{}");
    } catch (e) {
      return {};
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var counts = seen();
    document.querySelectorAll(".story-row[data-story]").forEach(function (row) {
      var id = row.getAttribute("data-story");
      var n = parseInt(row.getAttribute("data-articles"), 10);
      if (counts[id] !== undefined && n > counts[id]) {
        var badge = document.createElement("span");
        badge.className = "tag grew";
        badge.textContent = (n - counts[id]) + " new since you looked";
        row.appendChild(document.createTextNode(" "));
        row.appendChild(badge);
      }
    });
    var story = document.querySelector("[data-story-id]");
    if (story) {
      counts[story.getAttribute("data-story-id")] =
        parseInt(story.getAttribute("data-story-articles"), 10);
      try {
        localStorage.setItem("dossier.seen", JSON.stringify(counts));
      } catch (e) {
        // private browsing: nothing to remember
      }
    }
  });
})();
