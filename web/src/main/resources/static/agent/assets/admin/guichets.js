// Counters: list, add, edit (place, handled types), archive, and the reference weeks applied to each.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  let ctx = null;
  let editor = null;
  let places = {};
  let types = [];
  let services = [];
  let weeks = {};

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Guichets",
        "En tant que responsable de service, vous gérez les guichets de vos services et leurs semaines ; le serveur "
        + "refuse les autres.");
    } catch (e) {
      return;
    }
    editor = A.editor("counter", {
      newTitle: "Nouveau guichet",
      editTitle: (c) => "Modifier le guichet « " + c.name + " »",
      fill: (c) => {
        document.getElementById("counter-name").value = c ? c.name : "";
        A.fillSelect(document.getElementById("counter-place"), Object.values(places).filter((p) => p.active)
          .map((p) => ({ value: p.placeId, label: p.name })), "Choisissez un lieu");
        document.getElementById("counter-place").value = c ? c.placeId : "";
        A.fillChecks(document.getElementById("counter-types-list"), "appointmentTypeIds", "counter-type",
          types.filter((t) => t.active).map((t) => ({ value: t.appointmentTypeId, label: t.settings.label })),
          c ? c.appointmentTypeIds : []);
        A.fillChecks(document.getElementById("counter-services-list"), "serviceIds", "counter-service",
          services.map((s) => ({ value: s.serviceId, label: s.name })), c ? c.serviceIds || [] : []);
      },
      collect: () => {
        const placeId = A.value("counter-place");
        if (!placeId) return [{ field: document.getElementById("counter-place"), text: "Choisissez le lieu du guichet." }];
        return { name: A.value("counter-name"), placeId,
          appointmentTypeIds: A.checkedValues(document.getElementById("counter-types-list")),
          serviceIds: A.checkedValues(document.getElementById("counter-services-list")) };
      },
      create: (body) => C.api("POST", ctx.planning + "/counters", body),
      update: (c, body) => C.api("PUT", ctx.planning + "/counters/" + encodeURIComponent(c.counterId), body),
      done: async (saved) => {
        await load();
        A.say("Le guichet « " + saved.name + " » est enregistré.", "success");
        const b = document.getElementById("counter-edit-" + saved.counterId);
        if (b) b.focus();
      },
      rules: [[/nom/i, "counter-name"], [/lieu/i, "counter-place"], [/type/i, "counter-types"], [/service/i, "counter-services"]]
    });
    await load();
  });

  async function load() {
    let counters;
    let placeList;
    let weekList;
    try {
      [counters, placeList, types, weekList, services] = await Promise.all([
        C.api("GET", ctx.planning + "/counters"), C.api("GET", ctx.planning + "/places"),
        C.api("GET", ctx.planning + "/appointment-types"), C.api("GET", ctx.planning + "/reference-weeks"),
        C.api("GET", ctx.planning + "/services")]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    places = A.byId(placeList, "placeId");
    weeks = A.byId(weekList, "referenceWeekId");
    const typeNames = A.byId(types, "appointmentTypeId");
    counters.sort((a, b) => (b.active - a.active) || a.name.localeCompare(b.name, "fr"));
    const rows = counters.map((c) => [
      c.name,
      places[c.placeId] ? places[c.placeId].name : c.placeId,
      c.appointmentTypeIds.length
        ? c.appointmentTypeIds.map((id) => typeNames[id] ? typeNames[id].settings.label : id).join(", ") : "aucun",
      c.active ? "en service" : el("span", { class: "tag" }, "archivé"),
      c.active ? el("div", { class: "row-actions" },
        A.button("Modifier", { id: "counter-edit-" + c.counterId, "aria-label": "Modifier le guichet « " + c.name + " »" },
          (e) => editor.open(c, e.currentTarget)),
        el("a", { class: "button secondary small", href: "/agent/admin/exceptions?guichet=" + encodeURIComponent(c.counterId),
          "aria-label": "Exceptions du guichet « " + c.name + " »" }, "Exceptions"),
        A.button("Archiver", { id: "counter-archive-" + c.counterId, "aria-label": "Archiver le guichet « " + c.name + " »" },
          () => A.confirmThen("Archiver le guichet « " + c.name + " » ? Il n'aura plus aucun créneau.",
            async () => { await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId)); await load(); },
            "Le guichet « " + c.name + " » est archivé."))) : ""
    ]);
    document.getElementById("counters-list").replaceChildren(A.table("counters-table", "Guichets de la commune",
      ["Nom", "Lieu", "Types traités", "État", "Actions"], rows, "Aucun guichet pour le moment : ajoutez-en un."));

    const scheduleRows = [];
    counters.filter((c) => c.active).forEach((c) => (c.schedules || []).forEach((s) => {
      const week = s.referenceWeekId && weeks[s.referenceWeekId] ? weeks[s.referenceWeekId].name : "(horaires copiés)";
      const period = "du " + A.date(s.span.from) + " au " + A.date(s.span.to);
      scheduleRows.push([c.name, week, period, String(s.agents), A.weekSummary(s.hours),
        s.applicationId ? A.button("Retirer", { id: "schedule-withdraw-" + s.applicationId,
          "aria-label": "Retirer la semaine « " + week + " » du guichet « " + c.name + " », " + period },
        () => A.confirmThen("Retirer la semaine « " + week + " » du guichet « " + c.name + " », " + period
          + " ? Ces dates reprennent les horaires appliqués avant, ou ferment.", async () => {
          await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId) + "/schedules/"
            + encodeURIComponent(s.applicationId));
          await load();
          document.getElementById("schedules-title").focus();
        }, "La semaine « " + week + " » est retirée du guichet « " + c.name + " », " + period + ".")) : ""]);
    }));
    document.getElementById("schedules-list").replaceChildren(A.table("schedules-table",
      "Semaines de référence appliquées aux guichets, dans l'ordre d'application (la plus récente l'emporte)",
      ["Guichet", "Semaine", "Période", "Agents", "Horaires", "Actions"], scheduleRows,
      "Aucune semaine appliquée : les guichets n'ont pas encore d'horaires."));
  }
})();
