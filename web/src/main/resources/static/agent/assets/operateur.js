// The platform operator's communes: subscription and plannings in use, SMS of the month, appointments to come,
// status; create a commune with its first administrator; suspend and resume a commune.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
  // A commune created whose administrator could not be: the next submit creates the administrator only.
  let createdSlug = null;

  document.addEventListener("DOMContentLoaded", async () => {
    const user = await C.shell("operateur");
    if (!C.hasRole(user, "PLATFORM_ADMIN")) {
      A.say("Cette page est réservée à l'administrateur de la plateforme.", "error");
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
    communes.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    const rows = communes.map((c) => [
      el("span", {}, c.name, el("br"), el("span", { class: "hint" }, c.communeId)),
      c.populationBandLabel || "non renseignée",
      c.subscription ? c.planningsInService + " sur " + c.subscription.plannings : c.planningsInService + " (sans quota)",
      sms === null ? "indisponible" : smsCell(smsOf.get(c.communeId), c.subscription),
      sms === null ? "indisponible" : voiceCell(smsOf.get(c.communeId)),
      active === null ? "indisponible" : String(activeOf.get(c.communeId) || 0),
      c.suspended ? el("span", { class: "tag" }, "suspendue" + (c.suspensionReason ? " : " + c.suspensionReason : ""))
        : "active",
      el("div", { class: "row-actions" },
        A.button("Abonnement", { id: "subscription-" + c.communeId, "aria-label": "Modifier l'abonnement de « " + c.name + " »" },
          (e) => openSubscription(c, e.currentTarget)),
        el("a", { href: "/api/notifications/operator/communes/" + encodeURIComponent(c.communeId) + "/sms-usage.csv",
          id: "sms-csv-" + c.communeId, class: "small" }, "SMS du mois (CSV)",
        el("span", { class: "visually-hidden" }, " de « " + c.name + " »")),
      c.suspended
        ? A.button("Reprendre", { id: "resume-" + c.communeId, "aria-label": "Reprendre la commune « " + c.name + " »" },
          () => A.confirmThen("Reprendre la commune « " + c.name + " » ? Ses usagers pourront de nouveau prendre rendez-vous.",
            async () => { await C.api("DELETE", operator(c) + "/suspension"); await load(); },
            "La commune « " + c.name + " » a repris."))
        : A.button("Suspendre", { id: "suspend-" + c.communeId, "aria-label": "Suspendre la commune « " + c.name + " »" },
          () => suspend(c)))
    ]);
    document.getElementById("communes-list").replaceChildren(A.table("communes-table", "Communes de la plateforme",
      ["Commune", "Population", "Plannings en service", "SMS du mois", "Appels du mois (estimation)",
        "Rendez-vous à venir", "Statut", "Actions"],
      rows, "Aucune commune pour le moment."));
  }

  function smsCell(usage, subscription) {
    const off = subscription && !subscription.sms ? " (option SMS désactivée)" : "";
    if (!usage) return "aucun" + off;
    return usage.sms + " SMS, " + usage.segments + " segments, " + euros.format(usage.cost)
      + (usage.overBudget ? " – budget dépassé" : "") + off;
  }

  function voiceCell(usage) {
    if (!usage || !usage.voiceMinutes) return "aucun";
    return usage.voiceMinutes + " min, " + euros.format(usage.voiceCost);
  }

  function operator(c) {
    return "/api/planning/operator/communes/" + encodeURIComponent(c.communeId);
  }

  async function suspend(c) {
    const reason = window.prompt("Suspendre la commune « " + c.name + " » : ses usagers ne pourront plus prendre "
      + "rendez-vous, ses agents garderont la consultation. Motif (facultatif) :", "");
    if (reason === null) return;
    try {
      await C.api("POST", operator(c) + "/suspension", { reason });
      await load();
      A.say("La commune « " + c.name + " » est suspendue.", "success");
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
    document.getElementById("budget-amount").value = budget ? String(budget.monthly).replace(".", ",") : "";
    document.getElementById("budget-when").value = budget ? budget.whenExhausted : "FALL_BACK_TO_EMAIL";
    document.getElementById("subscription-form-title").textContent = "Abonnement de « " + c.name + " »";
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
        text: "Le budget s'écrit en euros, par exemple 21,00 ; laissez vide pour ne pas limiter." }]);
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
      A.say("L'abonnement de « " + c.name + " » est enregistré.", "success");
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
        A.showProblem(form, { detail: "La commune est créée, mais pas son administrateur : " + C.describe(problem) },
          [[/mot de passe|password/i, "admin-password"], [/identifiant|username/i, "admin-username"],
            [/e-mail|email/i, "admin-email"], [/nom/i, "admin-display-name"]]);
        return;
      }
      createdSlug = null;
      closeForm();
      await load();
      A.say("La commune « " + slug + " » et son administrateur « " + account.username + " » sont créés.", "success");
    });
  }
})();
