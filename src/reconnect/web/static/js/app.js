// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  document.addEventListener("htmx:configRequest", function (event) {
    if (meta) { event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content"); }
  });
  // Show the chosen values next to the sliders (also in content HTMX swaps in).
  var showSliderValues = function (root) {
    root.querySelectorAll("input[type=range][data-output]").forEach(function (input) {
      var output = document.getElementById(input.getAttribute("data-output"));
      if (!output || input.dataset.outputBound) { return; }
      input.dataset.outputBound = "1";
      var update = function () { output.textContent = input.value; };
      input.addEventListener("input", update);
      update();
    });
  };
  showSliderValues(document);
  document.addEventListener("htmx:afterSwap", function (event) { showSliderValues(event.target); });
  // Copy a text box (the invite message): the button shows only where copying works.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var box = document.getElementById(button.getAttribute("data-copy"));
    if (!box || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(box.value).then(function () {
        var status = button.parentNode.querySelector("[data-copy-status]");
        if (status) { status.textContent = button.getAttribute("data-copied"); }
      });
    });
  });
  // Ask before deleting, when the form says so: once, in the capture phase, so that a
  // "no" also stops HTMX (which listens on the form itself) from sending it.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();

// A refused form (400, 409, 422) answers with the message to read: show it in place, as
// the page does without JavaScript (HTMX leaves 4xx answers unswapped by default). A target
// marked data-swap-errors shows every 4xx answer.
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  var refused = status === 400 || status === 409 || status === 422;
  var marked = status >= 400 && status < 500 && event.detail.target.hasAttribute("data-swap-errors");
  if (refused || marked) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// A form marked data-show-result: after HTMX answers, bring what changed into view (the
// message or the new row may be below the fold on a phone), and clear the form once saved.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (!form || !form.matches || !form.matches("form[data-show-result]")) { return; }
  if (event.detail.xhr && event.detail.xhr.status < 300) { form.reset(); }  // saved, not refused
  var id = event.detail.target && event.detail.target.id;
  window.setTimeout(function () {  // after the swap: the target may have been replaced
    var shown = id && document.getElementById(id);
    if (!shown) { return; }
    var calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    shown.scrollIntoView({ block: "nearest", behavior: calm ? "auto" : "smooth" });
  }, 0);
});
