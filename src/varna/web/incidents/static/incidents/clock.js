/* Counts the 72-hour clocks down while a page stays open. The server-rendered
   text is complete without this script; it only keeps it current. Time is
   measured from page load (not the device clock, which may be wrong). */
(function () {
  "use strict";
  var clocks = document.querySelectorAll("[data-clock-remaining]");
  if (!clocks.length) {
    return;
  }
  var started = performance.now();
  var states = {
    running: ["clock--running", "Tid kvar"],
    urgent: ["clock--urgent", "Brådskande"],
    overdue: ["clock--overdue", "Försenad"]
  };

  function duration(seconds) {
    var minutes = Math.max(0, Math.floor(seconds / 60));
    var hours = Math.floor(minutes / 60);
    var mins = minutes % 60;
    if (hours) {
      return hours + " tim " + mins + " min";
    }
    return mins + " min";
  }

  function tick() {
    var elapsed = (performance.now() - started) / 1000;
    clocks.forEach(function (clock) {
      var remaining = Number(clock.dataset.clockRemaining) - elapsed;
      var due = clock.dataset.clockDue;
      var state = "running";
      var text = duration(remaining) + " kvar (till " + due + ")";
      if (remaining <= 0) {
        state = "overdue";
        text = "72 timmar passerades för " + duration(-remaining) + " sedan (" + due + ")";
      } else if (remaining <= Number(clock.dataset.clockUrgent)) {
        state = "urgent";
      }
      Object.keys(states).forEach(function (key) {
        clock.classList.toggle(states[key][0], key === state);
      });
      clock.querySelector(".clock__state").textContent = states[state][1];
      clock.querySelector(".clock__text").textContent = text;
    });
  }

  window.setInterval(tick, 30000);
})();
