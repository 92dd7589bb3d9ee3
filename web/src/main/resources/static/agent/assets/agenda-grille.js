// The agenda drawn as calendar grids: real tables whose columns are days (week) or counters / agents (day) and whose
// rows are hours, each cell holding the appointments that start in that hour, as the cards of rdv.js. A table has
// a caption and row and column headers, so a screen reader announces "mardi 8 décembre, 10 h" in each cell.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;
  const FIRST_HOUR = 8;
  const LAST_HOUR = 18;

  const hourOf = (appointment) => Number(C.fmt.time(appointment.start).substring(0, 2));
  const hourLabel = (h) => t("grid.hour", String(h).padStart(2, "0"));

  // The hours shown: the working day, stretched to any appointment outside it.
  function hours(appointments) {
    const all = appointments.map(hourOf);
    const first = Math.min(FIRST_HOUR, ...all);
    const last = Math.max(LAST_HOUR - 1, ...all);
    return [...Array(last - first + 1).keys()].map((i) => first + i);
  }

  // Who an appointment belongs to when grouped by counter or by agent: a key and its label.
  function groupOf(appointment, by, cat) {
    if (by === "agent") {
      return appointment.agentId ? { key: appointment.agentId, label: cat.agentName(appointment.agentId) }
        : { key: "", label: t("grid.unassigned") };
    }
    const place = cat.placeOfCounter(appointment.counterId);
    return { key: appointment.counterId, label: cat.counterName(appointment.counterId) + (place ? " (" + place.name + ")" : "") };
  }

  function groups(appointments, by, cat) {
    const found = new Map();
    appointments.forEach((a) => { const g = groupOf(a, by, cat); if (!found.has(g.key)) found.set(g.key, g.label); });
    return [...found.entries()].map(([key, label]) => ({ key, label }))
      .sort((a, b) => (a.key === "") - (b.key === "") || a.label.localeCompare(b.label, C.lang()));
  }

  // columns: [{key, label, keep(appointment)}]; the table's rows are hours.
  function table(id, kind, caption, columns, appointments, ctx) {
    const rows = hours(appointments).map((h) => el("tr", {},
      el("th", { scope: "row", class: "agenda-hour" }, hourLabel(h)),
      columns.map((col) => {
        const here = appointments.filter((a) => hourOf(a) === h && col.keep(a));
        return el("td", {}, here.length ? el("ul", { class: "appointments" }, here.map((a) => C.rdv.card(a, ctx))) : null);
      })));
    return el("div", { class: "table-wrap agenda-grid-wrap", role: "group", "aria-labelledby": id + "-caption",
      tabindex: "0" },
      el("table", { class: "agenda-grid agenda-" + kind, id },
        el("caption", { id: id + "-caption" }, caption),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, t("grid.hour.header"))),
          columns.map((col) => el("th", { scope: "col" }, el("span", { class: "agenda-column" }, col.label))))),
        el("tbody", {}, rows)));
  }

  // The day: one column per counter (or agent) that has an appointment.
  function day(date, appointments, by, ctx) {
    const cols = groups(appointments, by, ctx.cat).map((g) => ({
      label: g.label, keep: (a) => groupOf(a, by, ctx.cat).key === g.key }));
    return table("agenda-grille-jour", "day", t(by === "agent" ? "grid.day.by-agent" : "grid.day.by-counter", C.fmt.date(date)),
      cols, appointments, ctx);
  }

  // The week: one table per counter (or agent), one column per day.
  function week(days, appointments, by, ctx) {
    return groups(appointments, by, ctx.cat).map((g, i) => {
      const mine = appointments.filter((a) => groupOf(a, by, ctx.cat).key === g.key);
      const cols = days.map((d) => ({
        label: el("a", { href: "?date=" + d + "&affichage=grille" + (by === "agent" ? "&par=agent" : "") }, C.fmt.shortDate(d)),
        keep: (a) => C.fmt.localDate(a.start) === d }));
      return table("agenda-grille-" + (i + 1), "week", t("grid.week", g.label, C.fmt.date(days[0])), cols, mine, ctx);
    });
  }

  C.agendaGrid = { day, week };
})();
