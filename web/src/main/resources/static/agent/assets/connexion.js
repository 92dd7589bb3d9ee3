// Login page: posts the credentials as JSON, shows the error inline, then goes back to the page asked for.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const t = (...args) => Creneau.t(...args);

  function target(user) {
    const retour = new URLSearchParams(location.search).get("retour");
    // Only a path of the back-office: never another site.
    if (retour && /^\/agent(\/|$)/.test(retour) && !retour.startsWith("//") && !retour.includes("\\")
        && !retour.startsWith("/agent/connexion")) {
      return retour;
    }
    // The operator of the installation belongs to no commune: their work is in the administration.
    if (user && (user.roles || []).length === 1 && user.roles[0] === "PARTNER") return "/agent/partenaire";
    return user && !user.communeId ? "/agent/admin/" : "/agent/";
  }

  // A language given in the login page's address (not stored) is kept for the page opened after it.
  function withLang(path) {
    const lang = new URLSearchParams(location.search).get("lang");
    if (!["fr", "en"].includes(lang) || /[?&]lang=/.test(path)) return path;
    return path + (path.includes("?") ? "&" : "?") + "lang=" + lang;
  }

  function setError(input, text) {
    const box = $(input.id + "-error");
    box.textContent = text || "";
    box.hidden = !text;
    input.setAttribute("aria-invalid", text ? "true" : "false");
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = $("login-form");
    const username = $("username");
    const password = $("password");
    const params = new URLSearchParams(location.search);
    const errors = {
      proconnect: t("login.proconnect.failed"),
      "compte-inconnu": t("login.proconnect.unknown")
    };
    if (errors[params.get("erreur")]) Creneau.message("login-message", errors[params.get("erreur")], "error");
    else if (params.has("deconnecte")) Creneau.message("login-message", t("login.signed-out"), "success");
    else if (params.has("retour")) Creneau.message("login-message", t("login.needed"), "info");
    username.focus();
    Creneau.api("GET", "/api/auth/methods", undefined, { noRedirect: true }).then((methods) => {
      if (methods && methods.proconnect && methods.proconnectUrl && methods.proconnectUrl.startsWith("/")) {
        $("proconnect-link").href = methods.proconnectUrl;
        $("proconnect").hidden = false;
      }
    }).catch(() => { /* password login only */ });

    $("show-password").addEventListener("change", (e) => { password.type = e.target.checked ? "text" : "password"; });

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      setError(username, username.value.trim() ? "" : t("login.username.missing"));
      setError(password, password.value ? "" : t("login.password.missing"));
      const invalid = form.querySelector("[aria-invalid='true']");
      if (invalid) { invalid.focus(); return; }
      const submit = $("login-submit");
      submit.disabled = true;
      Creneau.message("login-message", t("login.signing-in"), "info");
      try {
        const user = await Creneau.api("POST", "/api/auth/login",
          { username: username.value.trim(), password: password.value }, { noRedirect: true });
        Creneau.message("login-message", t("login.done"), "success");
        location.assign(withLang(target(user)));
      } catch (problem) {
        password.value = "";
        if (problem.status === 401) {
          Creneau.message("login-message", "", "info");
          // The service's own words in French; in English, the page's.
          setError(password, Creneau.lang() === "fr" && problem.detail && problem.title !== t("common.error.title", 401)
            ? problem.detail : t("login.wrong"));
          password.focus();
        } else if (problem.status === 429) {
          Creneau.message("login-message", Creneau.lang() === "fr" && problem.detail ? problem.detail : t("login.too-many"), "error");
        } else {
          Creneau.message("login-message", Creneau.describe(problem), "error");
        }
      } finally {
        submit.disabled = false;
      }
    });
  });
})();
