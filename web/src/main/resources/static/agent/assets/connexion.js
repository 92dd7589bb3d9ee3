// Login page: posts the credentials as JSON, shows the error inline, then goes back to the page asked for.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);

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
      proconnect: "La connexion avec ProConnect n'a pas abouti. Réessayez, ou utilisez votre identifiant Créneau.",
      "compte-inconnu": "Votre compte ProConnect n'est rattaché à aucun compte Créneau. Demandez à l'administrateur de votre commune de vous en créer un."
    };
    if (errors[params.get("erreur")]) Creneau.message("login-message", errors[params.get("erreur")], "error");
    else if (params.has("deconnecte")) Creneau.message("login-message", "Vous êtes déconnecté.", "success");
    else if (params.has("retour")) Creneau.message("login-message", "Connectez-vous pour accéder à cette page.", "info");
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
      setError(username, username.value.trim() ? "" : "Saisissez votre identifiant.");
      setError(password, password.value ? "" : "Saisissez votre mot de passe.");
      const invalid = form.querySelector("[aria-invalid='true']");
      if (invalid) { invalid.focus(); return; }
      const submit = $("login-submit");
      submit.disabled = true;
      Creneau.message("login-message", "Connexion en cours…", "info");
      try {
        const user = await Creneau.api("POST", "/api/auth/login",
          { username: username.value.trim(), password: password.value }, { noRedirect: true });
        Creneau.message("login-message", "Connexion réussie, ouverture de votre espace…", "success");
        location.assign(target(user));
      } catch (problem) {
        password.value = "";
        if (problem.status === 401) {
          Creneau.message("login-message", "", "info");
          setError(password, problem.detail && problem.status === 401 && problem.title !== "Erreur 401"
            ? problem.detail : "Identifiant ou mot de passe incorrect.");
          password.focus();
        } else if (problem.status === 429) {
          Creneau.message("login-message", problem.detail || "Trop de tentatives. Patientez quelques minutes avant de réessayer.", "error");
        } else {
          Creneau.message("login-message", Creneau.describe(problem), "error");
        }
      } finally {
        submit.disabled = false;
      }
    });
  });
})();
