// The commune's link with the ANTS: opt-in, the type of each reason, its two choices, and the log of the calls.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  const REASONS = ["CNI", "PASSPORT", "CNI-PASSPORT"];
  let ants = null;

  document.addEventListener("DOMContentLoaded", async () => {
    let ctx;
    try {
      ctx = await A.start(t("admin.ants.short"));
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
    const choices = [{ value: "", label: t("admin.ants.none") }];
    types.forEach((type) => (type.options && type.options.length ? type.options.map((o) => ({ value: type.appointmentTypeId + "|"
      + o.optionId, label: type.label + " – " + o.label })) : [{ value: type.appointmentTypeId, label: type.label }])
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
      A.say(body.enabled ? t("admin.ants.saved") : t("admin.ants.notConnected"));
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
    document.getElementById("ants-calls").replaceChildren(A.table("ants-calls-table", t("admin.ants.callsCaption"),
      [t("admin.ants.colWhen"), t("admin.ants.colCall"), t("admin.ants.colNumbers"), t("admin.ants.colResult"),
        t("admin.types.colDuration")], list.map((c) => [
        new Date(c.calledAt).toLocaleString(C.locale()), c.operation, c.applicationIds,
        outcome(c.outcome) + (c.httpStatus ? " (" + c.httpStatus + ")" : "") + (c.detail ? " : " + c.detail : ""),
        c.durationMillis + " ms"]), t("admin.ants.noCall")));
  }

  function outcome(code) {
    const key = "admin.ants.outcome." + code;
    const text = t(key);
    return text === key ? code : text;
  }
})();
