// The platform operator's communes: subscription and plannings in use, SMS of the month, appointments to come,
// status; create a commune with its first administrator; suspend and resume a commune.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  const BANDS = { UP_TO_5000: "operateur.000-habitants", UP_TO_10000: "operateur.001-000-habitants",
    UP_TO_20000: "operateur.001-000-habitants-2", UP_TO_50000: "operateur.001-000-habitants-3",
    OVER_50000: "operateur.plus-000-habitants" };
  const euros = new Intl.NumberFormat(C.locale(), { style: "currency", currency: "EUR" });
  // A commune created whose administrator could not be: the next submit creates the administrator only.
  let createdSlug = null;

  document.addEventListener("DOMContentLoaded", async () => {
    const user = await C.shell("operateur");
    if (!C.hasRole(user, "PLATFORM_ADMIN")) {
      A.say(t("operateur.only"), "error");
      document.getElementById("communes-list").replaceChildren();
      document.getElementById("commune-new").hidden = true;
      return;
    }
    document.getElementById("commune-new").addEventListener("click", openForm);
    document.getElementById("commune-cancel").addEventListener("click", closeForm);
    document.getElementById("commune-form").addEventListener("submit", create);
    document.getElementById("subscription-form").addEventListener("submit", saveSubscription);
    document.getElementById("subscription-cancel").addEventListener("click", closeSubscription);
    await load();
  });

  async function optional(path) {
    try {
      return await C.api("GET", path);
    } catch (problem) {
      return null;
    }
  }

  async function load() {
    let communes;
    try {
      communes = await C.api("GET", "/api/planning/operator/communes");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const [sms, active] = await Promise.all([optional("/api/notifications/operator/sms-usage"),
      optional("/api/booking/operator/active-appointments")]);
    const smsOf = new Map((sms || []).map((u) => [u.communeId, u]));
    const activeOf = new Map((active || []).map((a) => [a.communeId, a.activeAppointments]));
    communes.sort((a, b) => a.name.localeCompare(b.name, C.lang()));
    const rows = communes.map((c) => [
      el("span", {}, c.name, el("br"), el("span", { class: "hint" }, c.communeId)),
      c.subscription && BANDS[c.subscription.populationBand] ? t(BANDS[c.subscription.populationBand])
        : c.populationBandLabel || t("operateur.band.none"),
      c.subscription ? t("operateur.plannings.of", c.planningsInService, c.subscription.plannings)
        : t("operateur.plannings.free", c.planningsInService),
      sms === null ? t("operateur.unavailable") : smsCell(smsOf.get(c.communeId), c.subscription),
      sms === null ? t("operateur.unavailable") : voiceCell(smsOf.get(c.communeId)),
      active === null ? t("operateur.unavailable") : String(activeOf.get(c.communeId) || 0),
      c.suspended ? el("span", { class: "tag" }, t("operateur.suspended") + (c.suspensionReason ? " : " + c.suspensionReason : ""))
        : t("operateur.active"),
      el("div", { class: "row-actions" },
        A.button(t("operateur.abonnement"), { id: "subscription-" + c.communeId, "aria-label": t("operateur.subscription.of", c.name) },
          (e) => openSubscription(c, e.currentTarget)),
        el("a", { href: "/api/notifications/operator/communes/" + encodeURIComponent(c.communeId) + "/sms-usage.csv",
          id: "sms-csv-" + c.communeId, class: "small" }, t("operateur.sms.csv"),
        el("span", { class: "visually-hidden" }, t("operateur.of", c.name))),
      c.suspended
        ? A.button(t("operateur.resume"), { id: "resume-" + c.communeId, "aria-label": t("operateur.resume.label", c.name) },
          () => A.confirmThen(t("operateur.resume.confirm", c.name),
            async () => { await C.api("DELETE", operator(c) + "/suspension"); await load(); },
            t("operateur.resume.done", c.name)))
        : A.button(t("operateur.suspend"), { id: "suspend-" + c.communeId, "aria-label": t("operateur.suspend.label", c.name) },
          () => suspend(c)))
    ]);
    document.getElementById("communes-list").replaceChildren(A.table("communes-table", t("operateur.page-title"),
      ["commune", "population", "plannings", "sms", "calls", "appointments", "status", "actions"].map((k) => t("operateur.col." + k)),
      rows, t("operateur.none")));
  }

  function smsCell(usage, subscription) {
    const off = subscription && !subscription.sms ? t("operateur.sms.off") : "";
    if (!usage) return t("common.none") + off;
    return t("operateur.sms.usage", usage.sms, usage.segments, euros.format(usage.cost))
      + (usage.overBudget ? t("operateur.sms.over") : "") + off;
  }

  function voiceCell(usage) {
    if (!usage || !usage.voiceMinutes) return t("common.none");
    return usage.voiceMinutes + " min, " + euros.format(usage.voiceCost);
  }

  function operator(c) {
    return "/api/planning/operator/communes/" + encodeURIComponent(c.communeId);
  }

  async function suspend(c) {
    const reason = window.prompt(t("operateur.suspend.prompt", c.name), "");
    if (reason === null) return;
    try {
      await C.api("POST", operator(c) + "/suspension", { reason });
      await load();
      A.say(t("operateur.suspend.done", c.name), "success");
    } catch (problem) {
      A.say(C.describe(problem), "error");
    }
  }

  // ---------- a commune's subscription and SMS budget ----------
  let editing = null;
  let editingFrom = null;

  async function openSubscription(c, from) {
    editing = c;
    editingFrom = from;
    const form = document.getElementById("subscription-form");
    A.clearErrors(form);
    form.reset();
    const s = c.subscription || { populationBand: "UP_TO_5000", plannings: 4, sms: true, voice: false };
    document.getElementById("subscription-band").value = s.populationBand;
    document.getElementById("subscription-plannings").value = s.plannings;
    document.getElementById("subscription-sms").checked = s.sms;
    document.getElementById("subscription-voice").checked = s.voice;
    const budget = await optional("/api/notifications/operator/communes/" + encodeURIComponent(c.communeId) + "/sms-budget");
    document.getElementById("budget-amount").value = budget ? (C.lang() === "fr" ? String(budget.monthly).replace(".", ",") : String(budget.monthly)) : "";
    document.getElementById("budget-when").value = budget ? budget.whenExhausted : "FALL_BACK_TO_EMAIL";
    document.getElementById("subscription-form-title").textContent = t("operateur.subscription.title", c.name);
    document.getElementById("subscription-section").hidden = false;
    document.getElementById("subscription-form-title").focus();
  }

  function closeSubscription() {
    document.getElementById("subscription-section").hidden = true;
    if (editingFrom && document.body.contains(editingFrom)) editingFrom.focus();
  }

  async function saveSubscription(event) {
    event.preventDefault();
    const form = event.currentTarget;
    A.clearErrors(form);
    const c = editing;
    const amount = A.value("budget-amount");
    const budget = amount === null ? null : Number(amount.replace(/\s/g, "").replace(",", "."));
    if (amount !== null && (Number.isNaN(budget) || budget <= 0)) {
      A.showErrors(form, [{ field: document.getElementById("budget-amount"),
        text: t("operateur.budget.invalid") }]);
      return;
    }
    const budgetPath = "/api/notifications/operator/communes/" + encodeURIComponent(c.communeId) + "/sms-budget";
    await A.busy(form, async () => {
      try {
        await C.api("PUT", operator(c) + "/subscription", {
          populationBand: document.getElementById("subscription-band").value,
          plannings: Number(document.getElementById("subscription-plannings").value),
          sms: document.getElementById("subscription-sms").checked,
          voice: document.getElementById("subscription-voice").checked });
        if (budget === null) await C.api("DELETE", budgetPath);
        else await C.api("PUT", budgetPath, { monthlyBudget: budget, whenExhausted: document.getElementById("budget-when").value });
      } catch (problem) {
        A.showProblem(form, problem, [[/planning/i, "subscription-plannings"], [/budget|euro/i, "budget-amount"]]);
        return;
      }
      document.getElementById("subscription-section").hidden = true;
      await load();
      A.say(t("operateur.subscription.done", c.name), "success");
      const again = document.getElementById("subscription-" + c.communeId);
      if (again) again.focus();
    });
  }

  function openForm() {
    createdSlug = null;
    document.getElementById("commune-form").reset();
    document.getElementById("commune-section").hidden = false;
    document.getElementById("commune-form-title").focus();
  }

  function closeForm() {
    document.getElementById("commune-section").hidden = true;
    document.getElementById("commune-new").focus();
  }

  async function create(event) {
    event.preventDefault();
    const form = event.currentTarget;
    A.clearErrors(form);
    const slug = A.value("commune-slug");
    const account = { username: A.value("admin-username"), displayName: A.value("admin-display-name"),
      email: A.value("admin-email"), password: document.getElementById("admin-password").value,
      roles: ["COMMUNE_ADMIN"] };
    await A.busy(form, async () => {
      try {
        if (createdSlug !== slug) {
          await C.api("POST", "/api/planning/communes", { slug, name: A.value("commune-name"), subscription: {
            populationBand: document.getElementById("commune-band").value,
            plannings: Number(document.getElementById("commune-plannings").value),
            sms: document.getElementById("commune-sms").checked,
            voice: document.getElementById("commune-voice").checked } });
          createdSlug = slug;
        }
      } catch (problem) {
        A.showProblem(form, problem, [[/identifiant|slug|existe/i, "commune-slug"], [/nom/i, "commune-name"],
          [/planning/i, "commune-plannings"]]);
        return;
      }
      try {
        await C.api("POST", "/api/accounts/communes/" + encodeURIComponent(slug) + "/accounts", account);
      } catch (problem) {
        A.showProblem(form, { detail: t("operateur.admin.failed", C.describe(problem)) },
          [[/mot de passe|password/i, "admin-password"], [/identifiant|username/i, "admin-username"],
            [/e-mail|email/i, "admin-email"], [/nom/i, "admin-display-name"]]);
        return;
      }
      createdSlug = null;
      closeForm();
      await load();
      A.say(t("operateur.created", slug, account.username), "success");
    });
  }
})();
