// Installable app: register the service worker that keeps the static files (see /sw.js).
// Progressive enhancement only; browsers without service workers, or pages served over plain
// HTTP from another computer, simply skip it.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.isSecureContext) { return; }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  });
})();
