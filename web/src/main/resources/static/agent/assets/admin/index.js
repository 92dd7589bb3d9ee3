// Administration home: the shell and the links; nothing to load.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", () => {
    window.CreneauAdmin.start(null).catch(() => {});
  });
})();
