// The commune's accounts: list, add, change roles, link to a planning agent of the commune, disable, reset the
// password. The gateway refuses an agent of another commune; the page offers only the commune's own.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  const ROLES = ["COMMUNE_ADMIN", "SERVICE_MANAGER", "AGENT", "PARTNER"];
  let ctx = null;
  let accountsPath = null;
  let agents = [];
  let services = [];
  let editor = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.comptes.title"));
    } catch (e) {
      return;
    }
    accountsPath = "/api/accounts/communes/" + encodeURIComponent(ctx.communeId) + "/accounts";
    editor = A.editor("account", {
      newTitle: t("admin.comptes.accountFormTitle"),
      editTitle: (a) => t("admin.comptes.edit", a.username),
      fill,
      collect,
      create: (body) => C.api("POST", accountsPath, body),
      update: (a, body) => C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), body),
      done: async (saved, before) => {
        await load();
        A.say(before && before.enabled && !saved.enabled ? t("admin.comptes.disabled", saved.username)
          : t("admin.comptes.saved", saved.username), "success");
        const b = document.getElementById("account-edit-" + saved.accountId);
        if (b) b.focus();
      },
      // the gateway writes its details in French: the rules match French words (and the fields' names).
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
      agents.map((g) => ({ value: g.agentId, label: g.displayName })), t("admin.ants.none"));
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
    if (!roles.length) errors.push({ field: document.getElementById("account-roles"), text: t("admin.comptes.roleMissing") });
    if (!A.value("account-display-name")) {
      errors.push({ field: document.getElementById("account-display-name"), text: t("admin.comptes.nameMissing") });
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
    accounts.sort((a, b) => (b.enabled - a.enabled) || a.username.localeCompare(b.username, C.lang()));
    const rows = accounts.map((a) => [
      el("span", {}, a.displayName, el("br"), el("span", { class: "hint" }, a.username)),
      a.roles.map((r) => ROLES.includes(r) ? t("admin.comptes.role." + r) : r).join(", "),
      a.agentId ? agentName.get(a.agentId) || a.agentId : t("admin.guichets.noType"),
      a.email || "",
      a.enabled ? t("admin.comptes.active") : el("span", { class: "tag" }, t("admin.comptes.inactive")),
      el("div", { class: "row-actions" },
        A.button(t("admin.common.edit"), { id: "account-edit-" + a.accountId, "aria-label": t("admin.comptes.edit", a.username) },
          (e) => editor.open(a, e.currentTarget)),
        a.enabled
          ? A.button(t("admin.comptes.disable"), { id: "account-disable-" + a.accountId, "aria-label": t("admin.comptes.disableOf", a.username) },
            () => A.confirmThen(t("admin.comptes.disableQuestion", a.username),
              async () => { await C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), change(a, false)); await load(); },
              t("admin.comptes.disabled", a.username)))
          : A.button(t("admin.comptes.enable"), { id: "account-enable-" + a.accountId, "aria-label": t("admin.comptes.enableOf", a.username) },
            () => A.confirmThen(t("admin.comptes.enableQuestion", a.username),
              async () => { await C.api("PUT", accountsPath + "/" + encodeURIComponent(a.accountId), change(a, true)); await load(); },
              t("admin.comptes.enabled", a.username))))
    ]);
    document.getElementById("accounts-list").replaceChildren(A.table("accounts-table", t("admin.comptes.listTitle"),
      [t("admin.common.name"), t("admin.comptes.roles"), t("admin.comptes.accountAgent"), t("admin.comptes.accountEmail"),
        t("admin.common.state"), t("admin.common.actions")], rows, t("admin.comptes.none")));
  }

  function change(a, enabled) {
    return { displayName: a.displayName, email: a.email, roles: a.roles, agentId: a.agentId, enabled,
      serviceIds: a.serviceIds || [], partnerType: a.partnerType || null };
  }
})();
