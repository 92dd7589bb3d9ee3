// Home of the back-office: today's agenda of the agent's commune.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", async () => {
    try {
      const me = await Creneau.shell("accueil");
      Creneau.message("page-message", Creneau.t("agenda.hello", me.displayName || me.username), "info");
    } catch (problem) {
      Creneau.message("page-message", Creneau.describe(problem), "error");
    }
  });
})();
