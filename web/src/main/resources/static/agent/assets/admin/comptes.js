// The commune's accounts: list, add, change roles, link to a planning agent of the commune, disable, reset the
// password. The gateway refuses an agent of another commune; the page offers only the commune's own.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const ROLES = { COMMUNE_ADMIN: "administrateur", SERVICE_MANAGER: "responsable de service", AGENT: "agent",
    PARTNER: "partenaire" };
  let ctx = null;
  let accountsPath = null;
  let agents = [];
  let services = [];
  let editor = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Comptes");
    } catch (e) {
      return;
    }
    accountsPath = "/api/accounts/communes/" + encodeURIComponent(ctx.communeId) + "/accounts";
    editor = A.editor("account", {
      newTitle: "Nouveau compte",
      editTitle: (a) => "Modifier le compte « " + a.username + " »",
      fill,
      collect,
      create: (body) => C.api("POST", accountsPath, body),
      update: (a, body) => C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), body),
      done: async (saved, before) => {
        await load();
        A.say(before && before.enabled && !saved.enabled ? "Le compte « " + saved.username + " » est désactivé."
          : "Le compte « " + saved.username + " » est enregistré.", "success");
        const b = document.getElementById("account-edit-" + saved.accountId);
        if (b) b.focus();
      },
      rules: [[/username|identifiant/i, "account-username"], [/displayName|nom/i, "account-display-name"],
        [/email|e-mail/i, "account-email"], [/password|mot de passe/i, "account-password"],
        [/serviceIds/, "account-services"], [/partnerType/, "account-partner-type"],
        [/agentId|agent/i, "account-agent"], [/roles|rôle/i, "account-roles"], [/désactiver|propre compte/i, "account-enabled"]]
    });
    try {
      agents = await C.api("GET", ctx.planning + "/agents");
    } catch (problem) {
      agents = [];
    }
    try {
      services = await C.api("GET", ctx.planning + "/services");
    } catch (problem) {
      services = [];
    }
    await load();
  });

  function fill(a) {
    document.getElementById("account-username").value = a ? a.username : "";
    document.getElementById("account-username").disabled = !!a;
    document.getElementById("account-display-name").value = a ? a.displayName : "";
    document.getElementById("account-email").value = a && a.email ? a.email : "";
    document.querySelectorAll("#account-roles input").forEach((box) => {
      box.checked = a ? a.roles.includes(box.value) : box.value === "AGENT";
    });
    A.fillSelect(document.getElementById("account-agent"),
      agents.map((g) => ({ value: g.agentId, label: g.displayName })), "Aucun");
    document.getElementById("account-agent").value = a && a.agentId ? a.agentId : "";
    A.fillChecks(document.getElementById("account-services-list"), "serviceIds", "account-service",
      services.map((s) => ({ value: s.serviceId, label: s.name })), a ? a.serviceIds || [] : []);
    document.getElementById("account-partner-type").value = a && a.partnerType ? a.partnerType : "";
    document.getElementById("account-enabled").checked = a ? a.enabled : true;
    document.getElementById("account-enabled-field").hidden = !a;
    document.getElementById("account-password-required").hidden = !!a;
    document.getElementById("account-password").value = "";
  }

  function collect(a) {
    const roles = A.checkedValues(document.getElementById("account-roles"));
    const errors = [];
    if (!roles.length) errors.push({ field: document.getElementById("account-roles"), text: "Choisissez au moins un rôle." });
    if (!A.value("account-display-name")) {
      errors.push({ field: document.getElementById("account-display-name"), text: "Le nom affiché est obligatoire." });
    }
    const password = document.getElementById("account-password").value;
    if (errors.length) return errors;
    const body = { displayName: A.value("account-display-name"), email: A.value("account-email"), roles,
      agentId: document.getElementById("account-agent").value || null,
      serviceIds: roles.includes("SERVICE_MANAGER") ? A.checkedValues(document.getElementById("account-services-list")) : [],
      partnerType: roles.includes("PARTNER") ? A.value("account-partner-type") : null };
    if (password) body.password = password;
    if (a) {
      body.enabled = document.getElementById("account-enabled").checked;
    } else {
      body.username = A.value("account-username");
      if (!password) body.password = null;
    }
    return body;
  }

  async function load() {
    let accounts;
    try {
      accounts = await C.api("GET", accountsPath);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const agentName = new Map(agents.map((g) => [g.agentId, g.displayName]));
    accounts.sort((a, b) => (b.enabled - a.enabled) || a.username.localeCompare(b.username, "fr"));
    const rows = accounts.map((a) => [
      el("span", {}, a.displayName, el("br"), el("span", { class: "hint" }, a.username)),
      a.roles.map((r) => ROLES[r] || r).join(", "),
      a.agentId ? agentName.get(a.agentId) || a.agentId : "aucun",
      a.email || "",
      a.enabled ? "actif" : el("span", { class: "tag" }, "désactivé"),
      el("div", { class: "row-actions" },
        A.button("Modifier", { id: "account-edit-" + a.accountId, "aria-label": "Modifier le compte « " + a.username + " »" },
          (e) => editor.open(a, e.currentTarget)),
        a.enabled
          ? A.button("Désactiver", { id: "account-disable-" + a.accountId, "aria-label": "Désactiver le compte « " + a.username + " »" },
            () => A.confirmThen("Désactiver le compte « " + a.username + " » ? Il ne pourra plus se connecter.",
              async () => { await C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), change(a, false)); await load(); },
              "Le compte « " + a.username + " » est désactivé."))
          : A.button("Réactiver", { id: "account-enable-" + a.accountId, "aria-label": "Réactiver le compte « " + a.username + " »" },
            () => A.confirmThen("Réactiver le compte « " + a.username + " » ?",
              async () => { await C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), change(a, true)); await load(); },
              "Le compte « " + a.username + " » est réactivé.")))
    ]);
    document.getElementById("accounts-list").replaceChildren(A.table("accounts-table", "Comptes de la commune",
      ["Nom", "Rôles", "Agent des plannings", "Adresse e-mail", "État", "Actions"], rows, "Aucun compte pour le moment."));
  }

  function change(a, enabled) {
    return { displayName: a.displayName, email: a.email, roles: a.roles, agentId: a.agentId, enabled,
      serviceIds: a.serviceIds || [], partnerType: a.partnerType || null };
  }
})();
