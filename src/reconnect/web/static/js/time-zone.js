// Progressive enhancement: at sign-up, choose the browser's own time zone in the list, so
// the person sees it before creating the account (the server checks it; without this file
// the country's main zone is used).
(function () {
  "use strict";
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  // Private and headless browsers often say UTC whatever the place: that says nothing.
  if (/^(Etc\/)?(UTC|GMT|Universal)$/.test(zone)) { zone = ""; }
  document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
    input.value = zone;
  });
  var select = document.getElementById("f-time_zone");
  if (!zone || !select || select.value) { return; }
  var listed = Array.prototype.some.call(select.options, function (option) {
    return option.value === zone;
  });
  if (!listed) {
    var own = document.createElement("option");
    own.value = zone;
    own.textContent = zone;
    select.insertBefore(own, select.options[1] || null);
  }
  select.value = zone;
})();
