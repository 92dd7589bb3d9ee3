// The commune's link with the ANTS: opt-in, the type of each reason, its two choices, and the log of the calls.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const REASONS = ["CNI", "PASSPORT", "CNI-PASSPORT"];
  const OUTCOMES = { ANSWERED: "répondu", REFUSED: "refusé", FAILED: "échec", SKIPPED: "non tenté (ANTS indisponible)" };
  let ants = null;

  document.addEventListener("DOMContentLoaded", async () => {
    let ctx;
    try {
      ctx = await A.start("ANTS");
    } catch (e) {
      return;
    }
    ants = "/api/booking/agent/communes/" + encodeURIComponent(ctx.communeId) + "/ants";
    document.getElementById("ants-form").addEventListener("submit", save);
    try {
      const [types, settings] = await Promise.all([C.api("GET", ctx.planning + "/appointment-types"),
        C.api("GET", ants + "/settings")]);
      fill(types, settings);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    await calls();
  });

  // Each choice is "type" or "type|option" for a type with options (CNI, passeport).
  function fill(types, settings) {
    const choices = [{ value: "", label: "Aucun" }];
    types.forEach((t) => (t.options && t.options.length ? t.options.map((o) => ({ value: t.appointmentTypeId + "|"
      + o.optionId, label: t.label + " – " + o.label })) : [{ value: t.appointmentTypeId, label: t.label }])
      .forEach((c) => choices.push(c)));
    REASONS.forEach((reason) => {
      const select = document.getElementById("ants-" + reason);
      A.fillSelect(select, choices);
      const chosen = (settings.reasons || {})[reason];
      select.value = chosen ? chosen.appointmentTypeId + (chosen.optionId ? "|" + chosen.optionId : "") : "";
    });
    document.getElementById("ants-enabled").checked = !!settings.enabled;
    document.getElementById("ants-elsewhere").value = settings.whenDeclaredElsewhere || "ACCEPT";
    document.getElementById("ants-unanswered").value = settings.whenUnanswered || "ACCEPT";
  }

  async function save(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const reasons = {};
    REASONS.forEach((reason) => {
      const value = document.getElementById("ants-" + reason).value;
      if (value) {
        const [appointmentTypeId, optionId] = value.split("|");
        reasons[reason] = { appointmentTypeId, optionId: optionId || null };
      }
    });
    const body = { enabled: document.getElementById("ants-enabled").checked, reasons,
      whenDeclaredElsewhere: document.getElementById("ants-elsewhere").value,
      whenUnanswered: document.getElementById("ants-unanswered").value };
    try {
      await A.busy(form, () => C.api("PUT", ants + "/settings", body));
      A.say(body.enabled ? "Raccordement à l'ANTS enregistré." : "La commune n'est pas raccordée à l'ANTS.");
    } catch (problem) {
      A.showProblem(form, problem);
    }
  }

  async function calls() {
    let list;
    try {
      list = await C.api("GET", ants + "/calls?limit=100");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    document.getElementById("ants-calls").replaceChildren(A.table("ants-calls-table", "Appels à l'ANTS, les plus récents d'abord",
      ["Quand", "Appel", "Numéros", "Résultat", "Durée"], list.map((c) => [
        new Date(c.calledAt).toLocaleString("fr-FR"), c.operation, c.applicationIds,
        (OUTCOMES[c.outcome] || c.outcome) + (c.httpStatus ? " (" + c.httpStatus + ")" : "") + (c.detail ? " : " + c.detail : ""),
        c.durationMillis + " ms"]), "Aucun appel à l'ANTS pour le moment."));
  }
})();
