// Agents: list, add, edit (services, counters), weekly availability over a period, absences.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  let ctx = null;
  let editor = null;
  let week = null;
  let agents = [];
  let services = [];
  let counters = [];
  let current = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.agents.title"), t("admin.agents.managerNote"));
    } catch (e) {
      return;
    }
    week = A.weekEditor(document.getElementById("availability-days"), "availability", "availability-notation-hint");
    editor = A.editor("agent", {
      newTitle: t("admin.agents.agentFormTitle"),
      editTitle: (a) => t("admin.agents.edit", a.displayName),
      fill: (a) => {
        document.getElementById("agent-name").value = a ? a.displayName : "";
        A.fillChecks(document.getElementById("agent-services-list"), "serviceIds", "agent-service",
          services.map((s) => ({ value: s.serviceId, label: s.name })), a ? a.serviceIds : []);
        A.fillChecks(document.getElementById("agent-counters-list"), "counterIds", "agent-counter",
          counters.filter((c) => c.active).map((c) => ({ value: c.counterId, label: c.name })), a ? a.counterIds : []);
      },
      collect: () => ({
        displayName: A.value("agent-name"),
        serviceIds: A.checkedValues(document.getElementById("agent-services-list")),
        counterIds: A.checkedValues(document.getElementById("agent-counters-list"))
      }),
      create: (body) => C.api("POST", ctx.planning + "/agents", body),
      update: (a, body) => C.api("PUT", ctx.planning + "/agents/" + encodeURIComponent(a.agentId), body),
      done: async (saved) => {
        await load();
        A.say(t("admin.agents.saved", saved.displayName), "success");
        const b = document.getElementById("agent-edit-" + saved.agentId);
        if (b) b.focus();
      },
      rules: [[/nom/i, "agent-name"], [/service/i, "agent-services"], [/guichet/i, "agent-counters"]]
    });
    document.getElementById("availability-form").addEventListener("submit", addAvailability);
    document.getElementById("absence-form").addEventListener("submit", addAbsence);
    document.getElementById("time-close").addEventListener("click", () => {
      document.getElementById("time-section").hidden = true;
      const b = current && document.getElementById("agent-time-" + current.agentId);
      current = null;
      (b || document.getElementById("agent-new")).focus();
    });
    await load();
  });

  async function load() {
    try {
      [agents, services, counters] = await Promise.all([C.api("GET", ctx.planning + "/agents"),
        C.api("GET", ctx.planning + "/services"), C.api("GET", ctx.planning + "/counters")]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const serviceNames = A.byId(services, "serviceId");
    const counterNames = A.byId(counters, "counterId");
    agents.sort((a, b) => a.displayName.localeCompare(b.displayName, C.lang()));
    const names = (ids, map, key) => ids.length ? ids.map((id) => map[id] ? map[id][key] : id).join(", ") : t("admin.guichets.noType");
    const rows = agents.map((a) => [
      a.displayName,
      names(a.serviceIds, serviceNames, "name"),
      names(a.counterIds, counterNames, "name"),
      String(a.availabilities.length),
      String(a.absences.length),
      el("div", { class: "row-actions" },
        A.button(t("admin.common.edit"), { id: "agent-edit-" + a.agentId, "aria-label": t("admin.agents.edit", a.displayName) },
          (e) => editor.open(a, e.currentTarget)),
        A.button(t("admin.agents.timeTitle"), { id: "agent-time-" + a.agentId,
          "aria-label": t("admin.agents.timeOf", a.displayName) }, () => openTime(a)))
    ]);
    document.getElementById("agents-list").replaceChildren(A.table("agents-table", t("admin.agents.listTitle"),
      [t("admin.common.name"), t("admin.agents.services"), t("admin.guichets.title"), t("admin.agents.colAvailabilities"),
        t("admin.agents.colAbsences"), t("admin.common.actions")], rows, t("admin.agents.none")));
    if (current) {
      current = agents.find((a) => a.agentId === current.agentId) || null;
      if (current) renderTime();
    }
  }

  function openTime(agent) {
    current = agent;
    ["availability-form", "absence-form"].forEach((id) => {
      A.clearErrors(document.getElementById(id));
      document.getElementById(id).reset();
    });
    week.fill({});
    renderTime();
    document.getElementById("time-section").hidden = false;
    document.getElementById("time-title").focus();
  }

  function renderTime() {
    const a = current;
    document.getElementById("time-title").textContent = t("admin.agents.timeOf", a.displayName);
    document.getElementById("availabilities-list").replaceChildren(A.table("availabilities-table",
      t("admin.agents.availabilitiesCaption", a.displayName),
      [t("admin.guichets.colPeriod"), t("admin.guichets.colHours"), t("admin.common.actions")],
      a.availabilities.map((v) => {
        const period = t("admin.common.period", A.date(v.span.from), A.date(v.span.to));
        return [period, A.weekSummary(v.hours), v.availabilityId ? A.button(t("admin.common.remove"), {
          id: "availability-withdraw-" + v.availabilityId, "aria-label": t("admin.agents.withdraw", period) },
        () => A.confirmThen(t("admin.agents.withdrawQuestion", period), async () => {
          await C.api("DELETE", ctx.planning + "/agents/" + encodeURIComponent(a.agentId) + "/availabilities/"
            + encodeURIComponent(v.availabilityId));
          await load();
          document.getElementById("availability-from").focus();
        }, t("admin.agents.withdrawn", period))) : ""];
      }),
      t("admin.agents.noAvailability")));
    const sorted = a.absences.slice().sort((x, y) => x.absence.start.localeCompare(y.absence.start));
    document.getElementById("absences-list").replaceChildren(A.table("absences-table", t("admin.agents.absencesOf", a.displayName),
      [t("admin.agents.availabilityFrom"), t("admin.agents.colTo"), t("admin.fermetures.colReason"), t("admin.common.actions")],
      sorted.map((x) => [A.dateTime(x.absence.start), A.dateTime(x.absence.end), x.reason || "",
        A.button(t("admin.agents.cancelAbsence"), { id: "absence-cancel-" + x.absenceId,
          "aria-label": t("admin.agents.cancelAbsenceOf", A.dateTime(x.absence.start)) },
        () => A.confirmThen(t("admin.agents.cancelAbsenceQuestion", A.dateTime(x.absence.start)), async () => {
          await C.api("DELETE", ctx.planning + "/agents/" + encodeURIComponent(a.agentId) + "/absences/"
            + encodeURIComponent(x.absenceId));
          await load();
          document.getElementById("absence-start").focus();
        }, t("admin.agents.absenceCancelled")))]),
      t("admin.agents.noAbsence")));
  }

  async function addAvailability(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const missing = [];
    if (!A.value("availability-from")) missing.push({ field: document.getElementById("availability-from"), text: t("admin.semaines.fromMissing") });
    if (!A.value("availability-to")) missing.push({ field: document.getElementById("availability-to"), text: t("admin.semaines.toMissing") });
    const days = week.collect();
    if (missing.length) {
      A.showErrors(form, missing, t("admin.common.complete"));
      return;
    }
    try {
      await A.busy(form, () => C.api("POST", ctx.planning + "/agents/" + encodeURIComponent(current.agentId)
        + "/availabilities", { from: A.value("availability-from"), to: A.value("availability-to"), days }));
      form.reset();
      week.fill({});
      await load();
      A.say(t("admin.agents.availabilitySaved", current.displayName), "success");
    } catch (problem) {
      const entries = week.errorsOf(problem, [[/se termine avant|trois ans/i, "availability-to"],
        [/période|date/i, "availability-from"]]);
      A.showErrors(form, entries.length ? entries : [{ field: null, text: C.describe(problem) }]);
    }
  }

  async function addAbsence(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const missing = [];
    if (!A.value("absence-start")) missing.push({ field: document.getElementById("absence-start"), text: t("admin.agents.absenceStartMissing") });
    if (!A.value("absence-end")) missing.push({ field: document.getElementById("absence-end"), text: t("admin.agents.absenceEndMissing") });
    if (missing.length) {
      A.showErrors(form, missing, t("admin.common.complete"));
      return;
    }
    try {
      await A.busy(form, () => C.api("POST", ctx.planning + "/agents/" + encodeURIComponent(current.agentId) + "/absences",
        { start: A.value("absence-start"), end: A.value("absence-end"), reason: A.value("absence-reason") }));
      form.reset();
      await load();
      A.say(t("admin.agents.absenceSaved", current.displayName), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/terminer|fin|dure|un an/i, "absence-end"], [/début/i, "absence-start"]]);
    }
  }
})();
