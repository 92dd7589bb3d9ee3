// Counters: list, add, edit (place, handled types), archive, and the reference weeks applied to each.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  let ctx = null;
  let editor = null;
  let places = {};
  let types = [];
  let services = [];
  let weeks = {};

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.guichets.title"), t("admin.guichets.managerNote"));
    } catch (e) {
      return;
    }
    editor = A.editor("counter", {
      newTitle: t("admin.guichets.counterFormTitle"),
      editTitle: (c) => t("admin.guichets.edit", c.name),
      fill: (c) => {
        document.getElementById("counter-name").value = c ? c.name : "";
        A.fillSelect(document.getElementById("counter-place"), Object.values(places).filter((p) => p.active)
          .map((p) => ({ value: p.placeId, label: p.name })), t("admin.guichets.choosePlace"));
        document.getElementById("counter-place").value = c ? c.placeId : "";
        A.fillChecks(document.getElementById("counter-types-list"), "appointmentTypeIds", "counter-type",
          types.filter((type) => type.active).map((type) => ({ value: type.appointmentTypeId, label: type.settings.label })),
          c ? c.appointmentTypeIds : []);
        A.fillChecks(document.getElementById("counter-services-list"), "serviceIds", "counter-service",
          services.map((s) => ({ value: s.serviceId, label: s.name })), c ? c.serviceIds || [] : []);
      },
      collect: () => {
        const placeId = A.value("counter-place");
        if (!placeId) return [{ field: document.getElementById("counter-place"), text: t("admin.guichets.choosePlaceError") }];
        return { name: A.value("counter-name"), placeId,
          appointmentTypeIds: A.checkedValues(document.getElementById("counter-types-list")),
          serviceIds: A.checkedValues(document.getElementById("counter-services-list")) };
      },
      create: (body) => C.api("POST", ctx.planning + "/counters", body),
      update: (c, body) => C.api("PUT", ctx.planning + "/counters/" + encodeURIComponent(c.counterId), body),
      done: async (saved) => {
        await load();
        A.say(t("admin.guichets.saved", saved.name), "success");
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
    counters.sort((a, b) => (b.active - a.active) || a.name.localeCompare(b.name, C.lang()));
    const rows = counters.map((c) => [
      c.name,
      places[c.placeId] ? places[c.placeId].name : c.placeId,
      c.appointmentTypeIds.length
        ? c.appointmentTypeIds.map((id) => typeNames[id] ? typeNames[id].settings.label : id).join(", ") : t("admin.guichets.noType"),
      c.active ? t("admin.lieux.inService") : el("span", { class: "tag" }, t("admin.lieux.archived")),
      c.active ? el("div", { class: "row-actions" },
        A.button(t("admin.common.edit"), { id: "counter-edit-" + c.counterId, "aria-label": t("admin.guichets.edit", c.name) },
          (e) => editor.open(c, e.currentTarget)),
        el("a", { class: "button secondary small", href: "/agent/admin/exceptions?guichet=" + encodeURIComponent(c.counterId),
          "aria-label": t("admin.guichets.exceptionsOf", c.name) }, t("admin.guichets.exceptions")),
        A.button(t("admin.common.archive"), { id: "counter-archive-" + c.counterId, "aria-label": t("admin.guichets.archive", c.name) },
          () => A.confirmThen(t("admin.guichets.archiveQuestion", c.name),
            async () => { await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId)); await load(); },
            t("admin.guichets.archivedDone", c.name)))) : ""
    ]);
    document.getElementById("counters-list").replaceChildren(A.table("counters-table", t("admin.guichets.listTitle"),
      [t("admin.common.name"), t("admin.guichets.counterPlace"), t("admin.guichets.colTypes"), t("admin.common.state"),
        t("admin.common.actions")], rows, t("admin.guichets.none")));

    const scheduleRows = [];
    counters.filter((c) => c.active).forEach((c) => (c.schedules || []).forEach((s) => {
      const week = s.referenceWeekId && weeks[s.referenceWeekId] ? weeks[s.referenceWeekId].name : t("admin.guichets.copiedHours");
      const period = t("admin.common.period", A.date(s.span.from), A.date(s.span.to));
      scheduleRows.push([c.name, week, period, String(s.agents), A.weekSummary(s.hours),
        s.applicationId ? A.button(t("admin.common.remove"), { id: "schedule-withdraw-" + s.applicationId,
          "aria-label": t("admin.guichets.withdraw", week, c.name, period) },
        () => A.confirmThen(t("admin.guichets.withdrawQuestion", week, c.name, period), async () => {
          await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId) + "/schedules/"
            + encodeURIComponent(s.applicationId));
          await load();
          document.getElementById("schedules-title").focus();
        }, t("admin.guichets.withdrawn", week, c.name, period))) : ""]);
    }));
    document.getElementById("schedules-list").replaceChildren(A.table("schedules-table", t("admin.guichets.schedulesCaption"),
      [t("admin.semaines.applyCounter"), t("admin.guichets.colWeek"), t("admin.guichets.colPeriod"), t("admin.agents.title"),
        t("admin.guichets.colHours"), t("admin.common.actions")], scheduleRows, t("admin.guichets.noSchedule")));
  }
})();
