// The quick check-in, enhanced: tap the grid (or move a slider) and the words for that
// spot appear in place. Without this file the "Next" button shows them on a new page.
(function () {
  "use strict";
  var form = document.getElementById("checkin-form");
  var grid = form && form.querySelector("[data-mood-grid]");
  var pleasant = document.getElementById("f-pleasantness");
  var energy = document.getElementById("f-energy");
  if (!grid || !pleasant || !energy) { return; }
  var dot = grid.querySelector("[data-mood-dot]");
  var hint = form.querySelector("[data-mood-grid-hint]");
  var words = document.getElementById("checkin-words");
  var rest = document.getElementById("checkin-rest");
  var next = form.querySelector("[data-checkin-next]");
  var focusWords = false;
  var wordsShown = !next;
  grid.hidden = false;
  if (hint) { hint.hidden = false; }

  var place = function () {
    dot.style.left = ((Number(pleasant.value) + 4) / 8 * 100) + "%";
    dot.style.top = ((4 - Number(energy.value)) / 8 * 100) + "%";
  };
  var emit = function (input) { input.dispatchEvent(new Event("input", { bubbles: true })); };
  // Ask the server for the words of the spot (HTMX listens for this event on the form).
  var chooseSpot = function () {
    if (window.htmx) { form.dispatchEvent(new CustomEvent("checkin-spot")); return true; }
    return false;
  };

  grid.addEventListener("click", function (event) {
    var box = grid.getBoundingClientRect();
    pleasant.value = Math.round((event.clientX - box.left) / box.width * 8 - 4);
    energy.value = Math.round(4 - (event.clientY - box.top) / box.height * 8);
    emit(pleasant); emit(energy); place();
    chooseSpot();
  });
  [pleasant, energy].forEach(function (input) {
    input.addEventListener("input", place);
    // Once the words are showing, moving a slider brings the words of the new spot.
    input.addEventListener("change", function () { if (wordsShown) { chooseSpot(); } });
  });
  if (next) {
    next.addEventListener("click", function (event) {
      focusWords = true;
      if (chooseSpot()) { event.preventDefault(); }
    });
  }
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target !== words) { return; }
    var wordsShownBefore = wordsShown;
    if (rest) { rest.hidden = false; }
    // Gone rather than hidden, so that Enter in a field saves instead of asking again.
    if (next) { next.parentNode.remove(); next = null; }
    wordsShown = true;
    if (focusWords) {
      var first = words.querySelector("input[name=words]");
      if (first) { first.focus(); }
      focusWords = false;
    } else if (!wordsShownBefore) {
      // After the first tap on the grid, bring the words into view (no extra swipe).
      var calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      words.scrollIntoView({ block: "start", behavior: calm ? "auto" : "smooth" });
    }
  });
  place();
})();
