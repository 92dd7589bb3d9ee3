// The day's list: a table to read, print (print styles hide the rest) or download as CSV with the ANTS numbers.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;
  const $ = (id) => document.getElementById(id);
  const state = { me: null, cat: null, commune: null };

  function params() {
    const q = new URLSearchParams({ date: $("daylist-date").value || C.dates.todayIso() });
    if ($("daylist-counter").value) q.set("counterId", $("daylist-counter").value);
    if ($("daylist-agent").value) q.set("agentId", $("daylist-agent").value);
    return q;
  }

  async function load() {
    const base = "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId);
    const q = params();
    const day = q.get("date");
    $("daylist-csv").href = base + "/appointments.csv?" + q;
    $("daylist-csv").setAttribute("download", "liste-du-jour-" + day + ".csv");
    history.replaceState(null, "", location.pathname + (day === C.dates.todayIso() && q.size === 1 ? "" : "?" + q));
    const title = t("agenda.period.home", C.fmt.date(day));
    $("print-heading").textContent = (state.commune ? state.commune + " — " : "") + title
      + ($("daylist-counter").value ? " — " + state.cat.counterName($("daylist-counter").value) : "")
      + ($("daylist-agent").value ? " — " + state.cat.agentName($("daylist-agent").value) : "");
    C.message("daylist-message", t("daylist.loading"), "info");
    let lines;
    try {
      lines = await C.api("GET", base + "/day-list?" + q);
    } catch (problem) {
      $("daylist-results").replaceChildren();
      C.message("daylist-message", problem.status === 403 ? t("daylist.forbidden")
        : t("daylist.failed", C.describe(problem)), "error");
      return;
    }
    if (!lines.length) {
      $("daylist-results").replaceChildren(el("p", { class: "empty", id: "daylist-empty" }, t("daylist.empty", C.fmt.date(day))));
      C.message("daylist-message", t("agenda.empty.that-day"), "info");
      return;
    }
    const persons = lines.reduce((n, l) => n + (l.persons || 1), 0);
    const headers = ["time", "name", "type", "where", "persons", "phone", "ants", "status", "remark", "present"]
      .map((k) => t("daylist.col." + k));
    const table = el("table", { id: "daylist-table" },
      el("caption", {}, t(persons > 1 ? "daylist.caption.many" : "daylist.caption.one", title, lines.length, persons)),
      el("thead", {}, el("tr", {}, headers.map((h, i) => el("th", { scope: "col", class: i === 4 ? "num" : null }, h)))),
      el("tbody", {}, lines.map((l) => el("tr", { id: "ligne-" + l.appointmentId },
        el("th", { scope: "row" }, C.fmt.time(l.start) + "–" + C.fmt.time(l.end)),
        el("td", {}, l.fullName || el("span", { class: "empty" }, t("daylist.erased"))),
        el("td", {}, (l.appointmentTypeLabel || state.cat.typeLabel(l.appointmentTypeId)) + (l.optionLabel ? " (" + l.optionLabel + ")" : "")),
        el("td", {}, [l.placeName, l.counterName || state.cat.counterName(l.counterId)].filter(Boolean).join(", ")),
        el("td", { class: "num" }, String(l.persons || 1)),
        el("td", {}, l.mobile || l.email || ""),
        el("td", {}, (l.antsNumbers || []).join(", ")),
        el("td", {}, C.rdv.statusBadge(l.status)),
        el("td", {}, l.remark || ""),
        el("td", {}, l.status === "ATTENDED" ? t("common.yes") : l.status === "NO_SHOW" ? t("common.no") : [el("span", { "aria-hidden": "true" }, "☐"), el("span", { class: "visually-hidden" }, t("daylist.tick"))])))));
    $("daylist-results").replaceChildren(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t("daylist.table") }, table));
    C.message("daylist-message", t("daylist.count", lines.length, C.fmt.date(day)), "info");
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      state.me = await C.shell("liste-du-jour");
    } catch (problem) { C.message("daylist-message", C.describe(problem), "error"); return; }
    if (!state.me.communeId) { C.message("daylist-message", t("common.no-commune"), "warning"); return; }
    const [cat, commune] = await Promise.all([
      C.rdv.catalog(state.me.communeId).catch(() => null),
      C.commune()
    ]);
    state.cat = cat || { counters: [], agents: [], counterName: () => "", agentName: () => "", typeLabel: () => "" };
    state.commune = commune && commune.name;
    state.cat.counters.forEach((c) => $("daylist-counter").append(el("option", { value: c.counterId }, c.name)));
    state.cat.agents.forEach((a) => $("daylist-agent").append(el("option", { value: a.agentId }, a.displayName)));
    const q = new URLSearchParams(location.search);
    $("daylist-date").value = /^\d{4}-\d{2}-\d{2}$/.test(q.get("date") || "") ? q.get("date") : C.dates.todayIso();
    if (q.get("counterId")) $("daylist-counter").value = q.get("counterId");
    if (q.get("agentId")) $("daylist-agent").value = q.get("agentId");
    $("daylist-filters").addEventListener("change", (e) => { if (e.target.id !== "daylist-date" || e.target.value) load(); });
    $("daylist-filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
    $("daylist-print").addEventListener("click", () => window.print());
    await load();
  });
})();
