/* clientfire: the little the pages do in the browser beyond htmx. No inline scripts (the pages' CSP forbids them). */
(function () {
  "use strict";
  /* The exit plan's checklist: ticks are kept in this browser, per client and step. */
  function key(box) {
    var heading = document.querySelector("main h1");
    return "clientfire:plan:" + (heading ? heading.textContent : "") + ":" + box.value;
  }
  function restore(root) {
    root.querySelectorAll(".checklist input[type=checkbox]").forEach(function (box) {
      try { box.checked = window.localStorage.getItem(key(box)) === "1"; } catch (e) { /* storage off */ }
    });
  }
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches(".checklist input[type=checkbox]")) {
      try { window.localStorage.setItem(key(box), box.checked ? "1" : ""); } catch (e) { /* storage off */ }
    }
  });
  document.addEventListener("DOMContentLoaded", function () { restore(document); });
  /* The language switch keeps what the address bar holds now (the form's facts follow it as they are typed). */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("nav .langs a[hreflang]") : null;
    if (link) {
      var url = new URL(window.location.href);
      url.searchParams.set("lang", link.getAttribute("hreflang"));
      link.setAttribute("href", url.pathname + url.search);
    }
  });
})();
