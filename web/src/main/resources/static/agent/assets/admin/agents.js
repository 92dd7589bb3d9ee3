// Agents: list, add, edit (services, counters), weekly availability over a period, absences.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  let ctx = null;
  let editor = null;
  let week = null;
  let agents = [];
  let services = [];
  let counters = [];
  let current = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Agents",
        "En tant que responsable de service, vous gérez les agents de vos services : leur fiche, leurs "
        + "disponibilités et leurs absences ; le serveur refuse les autres.");
    } catch (e) {
      return;
    }
    week = A.weekEditor(document.getElementById("availability-days"), "availability", "availability-notation-hint");
    editor = A.editor("agent", {
      newTitle: "Nouvel agent",
      editTitle: (a) => "Modifier l'agent « " + a.displayName + " »",
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
        A.say("L'agent « " + saved.displayName + " » est enregistré.", "success");
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
    agents.sort((a, b) => a.displayName.localeCompare(b.displayName, "fr"));
    const names = (ids, map, key) => ids.length ? ids.map((id) => map[id] ? map[id][key] : id).join(", ") : "aucun";
    const rows = agents.map((a) => [
      a.displayName,
      names(a.serviceIds, serviceNames, "name"),
      names(a.counterIds, counterNames, "name"),
      String(a.availabilities.length),
      String(a.absences.length),
      el("div", { class: "row-actions" },
        A.button("Modifier", { id: "agent-edit-" + a.agentId, "aria-label": "Modifier l'agent « " + a.displayName + " »" },
          (e) => editor.open(a, e.currentTarget)),
        A.button("Disponibilités et absences", { id: "agent-time-" + a.agentId,
          "aria-label": "Disponibilités et absences de « " + a.displayName + " »" }, () => openTime(a)))
    ]);
    document.getElementById("agents-list").replaceChildren(A.table("agents-table", "Agents de la commune",
      ["Nom", "Services", "Guichets", "Périodes de disponibilité", "Absences", "Actions"], rows,
      "Aucun agent pour le moment : ajoutez-en un."));
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
    document.getElementById("time-title").textContent = "Disponibilités et absences de « " + a.displayName + " »";
    document.getElementById("availabilities-list").replaceChildren(A.table("availabilities-table",
      "Disponibilités de " + a.displayName + ", dans l'ordre d'enregistrement (la plus récente l'emporte)",
      ["Période", "Horaires", "Actions"],
      a.availabilities.map((v) => {
        const period = "du " + A.date(v.span.from) + " au " + A.date(v.span.to);
        return [period, A.weekSummary(v.hours), v.availabilityId ? A.button("Retirer", {
          id: "availability-withdraw-" + v.availabilityId, "aria-label": "Retirer les disponibilités " + period },
        () => A.confirmThen("Retirer les disponibilités " + period + " ?", async () => {
          await C.api("DELETE", ctx.planning + "/agents/" + encodeURIComponent(a.agentId) + "/availabilities/"
            + encodeURIComponent(v.availabilityId));
          await load();
          document.getElementById("availability-from").focus();
        }, "Les disponibilités " + period + " sont retirées ; les créneaux sont recalculés.")) : ""];
      }),
      "Aucune disponibilité enregistrée : l'agent est compté à toutes les heures d'ouverture de ses guichets."));
    const sorted = a.absences.slice().sort((x, y) => x.absence.start.localeCompare(y.absence.start));
    document.getElementById("absences-list").replaceChildren(A.table("absences-table", "Absences de " + a.displayName,
      ["Du", "Au", "Motif", "Actions"],
      sorted.map((x) => [A.dateTime(x.absence.start), A.dateTime(x.absence.end), x.reason || "",
        A.button("Annuler l'absence", { id: "absence-cancel-" + x.absenceId,
          "aria-label": "Annuler l'absence du " + A.dateTime(x.absence.start) },
        () => A.confirmThen("Annuler l'absence du " + A.dateTime(x.absence.start) + " ?", async () => {
          await C.api("DELETE", ctx.planning + "/agents/" + encodeURIComponent(a.agentId) + "/absences/"
            + encodeURIComponent(x.absenceId));
          await load();
          document.getElementById("absence-start").focus();
        }, "L'absence est annulée."))]),
      "Aucune absence déclarée."));
  }

  async function addAvailability(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const missing = [];
    if (!A.value("availability-from")) missing.push({ field: document.getElementById("availability-from"), text: "Indiquez la date de début." });
    if (!A.value("availability-to")) missing.push({ field: document.getElementById("availability-to"), text: "Indiquez la date de fin." });
    const days = week.collect();
    if (missing.length) {
      A.showErrors(form, missing, "Complétez le formulaire :");
      return;
    }
    try {
      await A.busy(form, () => C.api("POST", ctx.planning + "/agents/" + encodeURIComponent(current.agentId)
        + "/availabilities", { from: A.value("availability-from"), to: A.value("availability-to"), days }));
      form.reset();
      week.fill({});
      await load();
      A.say("Les disponibilités de « " + current.displayName + " » sont enregistrées.", "success");
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
    if (!A.value("absence-start")) missing.push({ field: document.getElementById("absence-start"), text: "Indiquez le début de l'absence." });
    if (!A.value("absence-end")) missing.push({ field: document.getElementById("absence-end"), text: "Indiquez la fin de l'absence." });
    if (missing.length) {
      A.showErrors(form, missing, "Complétez le formulaire :");
      return;
    }
    try {
      await A.busy(form, () => C.api("POST", ctx.planning + "/agents/" + encodeURIComponent(current.agentId) + "/absences",
        { start: A.value("absence-start"), end: A.value("absence-end"), reason: A.value("absence-reason") }));
      form.reset();
      await load();
      A.say("L'absence de « " + current.displayName + " » est enregistrée ; les créneaux sont recalculés.", "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/terminer|fin|dure|un an/i, "absence-end"], [/début/i, "absence-start"]]);
    }
  }
})();
