// The agenda (by day or by week, as grids by counter or by agent, or as a list; filtered by the server by agent,
// counter, place and service) and the home page, which is the same agenda fixed on today, as a list. The state lives
// in the address so that a view can be bookmarked or shared.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;
  const $ = (id) => document.getElementById(id);
  const HIDDEN_ALWAYS = ["HELD", "EXPIRED", "MOVED"];
  const ENDED = ["CANCELLED", "REFUSED", "UNSCHEDULED"];

  const home = document.body.dataset.page === "accueil";
  const narrow = () => window.matchMedia("(max-width: 47.99rem)").matches;
  const state = { me: null, cat: null, view: "jour", date: C.dates.todayIso(), agent: "", counter: "", place: "",
    service: "", showEnded: false, by: "guichet", display: "liste" };

  function readAddress() {
    const q = new URLSearchParams(location.search);
    if (!home) {
      state.view = q.get("vue") === "semaine" ? "semaine" : "jour";
      if (/^\d{4}-\d{2}-\d{2}$/.test(q.get("date") || "")) state.date = q.get("date");
      ["agent", "counter", "place", "service"].forEach((k) => { state[k] = q.get(k === "counter" ? "guichet" : k === "place" ? "lieu" : k) || ""; });
      state.showEnded = q.get("annules") === "1";
      state.by = q.get("par") === "agent" ? "agent" : "guichet";
      // a phone shows a list unless the grid is asked for; a wider screen the grid unless the list is
      state.display = q.get("affichage") === "liste" || q.get("affichage") === "grille" ? q.get("affichage")
        : narrow() ? "liste" : "grille";
    } else {
      state.agent = q.get("agent") || "";
    }
  }
  function writeAddress() {
    const q = new URLSearchParams();
    if (!home) {
      if (state.view === "semaine") q.set("vue", "semaine");
      if (state.date !== C.dates.todayIso()) q.set("date", state.date);
      if (state.counter) q.set("guichet", state.counter);
      if (state.place) q.set("lieu", state.place);
      if (state.service) q.set("service", state.service);
      if (state.showEnded) q.set("annules", "1");
      if (state.by === "agent") q.set("par", "agent");
      q.set("affichage", state.display);
    }
    if (state.agent) q.set("agent", state.agent);
    history.replaceState(null, "", location.pathname + (q.toString() ? "?" + q : ""));
  }

  function range() {
    const d = C.dates.parseDate(state.date);
    if (state.view === "semaine") {
      const start = C.dates.startOfWeek(d);
      return { from: C.dates.isoDate(start), to: C.dates.isoDate(C.dates.addDays(start, 6)) };
    }
    return { from: state.date, to: state.date };
  }

  function periodLabel() {
    const r = range();
    if (state.view === "semaine") return t("agenda.period.week", C.fmt.date(r.from), C.fmt.date(r.to));
    if (home) return t("agenda.period.home", C.fmt.date(state.date));
    return state.date === C.dates.todayIso() ? t("agenda.period.today", C.fmt.date(state.date)) : C.fmt.date(state.date);
  }

  function announce(text, kind) { C.message("agenda-message", text, kind); }

  function keep(appointment) {
    if (HIDDEN_ALWAYS.includes(appointment.status)) return false;
    if (!state.showEnded && ENDED.includes(appointment.status)) return false;
    return true;
  }

  async function load(focusId) {
    const r = range();
    const base = "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId);
    const params = new URLSearchParams({ from: r.from, to: r.to });
    if (state.counter) params.set("counterId", state.counter);
    if (state.agent) params.set("agentId", state.agent);
    if (state.place) params.set("placeId", state.place);
    if (state.service) params.set("serviceId", state.service);
    $("agenda-period").textContent = periodLabel();
    $("agenda-results").setAttribute("aria-busy", "true");
    C.message("agenda-count", t("agenda.loading"), "info");
    let appointments;
    const citizens = new Map();
    try {
      // The names come from the day's list, one request per day shown; without them the agenda still works.
      const days = state.view === "jour" ? [state.date]
        : [...Array(7).keys()].map((i) => C.dates.isoDate(C.dates.addDays(C.dates.parseDate(r.from), i)));
      const [list, ...lines] = await Promise.all([
        C.api("GET", base + "/appointments?" + params),
        ...days.map((date) => C.api("GET", base + "/day-list?" + new URLSearchParams({ date,
          ...(state.counter ? { counterId: state.counter } : {}), ...(state.agent ? { agentId: state.agent } : {}) }))
          .catch(() => []))
      ]);
      appointments = list.filter(keep);
      lines.flat().forEach((line) => citizens.set(line.appointmentId, line));
    } catch (problem) {
      $("agenda-results").removeAttribute("aria-busy");
      $("agenda-results").replaceChildren();
      C.message("agenda-count", problem.status === 403
        ? t("agenda.forbidden")
        : t("agenda.failed", C.describe(problem)), "error");
      return;
    }
    const ctx = { me: state.me, cat: state.cat, announce, refresh: load, citizens };
    render(appointments, ctx);
    $("agenda-results").removeAttribute("aria-busy");
    const waiting = appointments.filter((a) => a.status === "AWAITING_APPROVAL").length;
    C.message("agenda-count", countText(appointments.length) + (waiting ? t("agenda.count.waiting", waiting) : "")
      + " — " + periodLabel() + ".", "info");
    if (focusId && $(focusId)) $(focusId).focus();
  }

  // On the home page, a link to the approval queue when requests wait there.
  async function pending() {
    const from = C.dates.todayIso();
    const to = C.dates.isoDate(C.dates.addDays(C.dates.parseDate(from), 62));
    try {
      const waiting = await C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId)
        + "/appointments?" + new URLSearchParams({ from, to, status: "AWAITING_APPROVAL" }));
      if (!waiting.length) return;
      $("home-pending-link").textContent = waiting.length === 1 ? t("agenda.pending.one")
        : t("agenda.pending.many", waiting.length);
      $("home-pending").hidden = false;
    } catch (problem) { /* the queue has its own page and messages */ }
  }

  function countText(n) { return n === 0 ? t("agenda.count.none") : n === 1 ? t("agenda.count.one") : t("agenda.count.many", n); }

  function render(appointments, ctx) {
    const box = $("agenda-results");
    if (!home && state.display === "grille") {
      renderGrid(appointments, ctx, box);
      return;
    }
    if (state.view === "jour") {
      box.replaceChildren(appointments.length
        ? el("ul", { class: "appointments", id: "agenda-list", "aria-label": t("agenda.period.home", C.fmt.date(state.date)) },
          appointments.map((a) => C.rdv.card(a, ctx)))
        : el("p", { class: "empty", id: "agenda-empty" }, emptyText()));
      return;
    }
    const r = range();
    const days = [...Array(7).keys()].map((i) => C.dates.isoDate(C.dates.addDays(C.dates.parseDate(r.from), i)));
    box.replaceChildren(el("div", { class: "week" }, days.map((day) => {
      const ofDay = appointments.filter((a) => C.fmt.localDate(a.start) === day);
      const headingId = "jour-" + day;
      return el("section", { class: "week-day", "aria-labelledby": headingId },
        el("h2", { id: headingId },
          el("a", { href: "?date=" + day + (state.agent ? "&agent=" + encodeURIComponent(state.agent) : "") }, C.fmt.date(day)),
          el("span", { class: "counter" }, " — " + countText(ofDay.length).toLowerCase())),
        ofDay.length ? el("ul", { class: "appointments" }, ofDay.map((a) => C.rdv.card(a, ctx)))
          : el("p", { class: "empty" }, t("agenda.empty.day")));
    })));
  }

  function renderGrid(appointments, ctx, box) {
    if (!appointments.length) {
      box.replaceChildren(el("p", { class: "empty", id: "agenda-empty" }, state.view === "jour" ? emptyText()
        : t(filtered() ? "agenda.empty.week.filtered" : "agenda.empty.week")));
      return;
    }
    const r = range();
    const days = [...Array(7).keys()].map((i) => C.dates.isoDate(C.dates.addDays(C.dates.parseDate(r.from), i)));
    box.replaceChildren(...[].concat(state.view === "jour"
      ? C.agendaGrid.day(state.date, appointments, state.by, ctx)
      : C.agendaGrid.week(days, appointments, state.by, ctx)));
  }

  function filtered() { return state.agent || state.counter || state.place || state.service; }

  function emptyText() {
    return t("agenda.empty." + (state.date === C.dates.todayIso() ? "today" : "that-day") + (filtered() ? ".filtered" : ""));
  }

  function options(select, list, value, label) {
    list.forEach((x) => select.append(el("option", { value: x[value], selected: false }, x[label])));
  }

  function setUpFilters() {
    const cat = state.cat;
    const agent = $("agenda-agent");
    if (agent) {
      options(agent, cat.agents, "agentId", "displayName");
      if (state.me.agentId && !cat.agent(state.me.agentId)) {
        agent.append(el("option", { value: state.me.agentId }, t("agenda.me")));
      }
      agent.value = state.agent;
    }
    if (home) {
      agent.addEventListener("change", () => { state.agent = agent.value; writeAddress(); load(); });
      return;
    }
    options($("agenda-counter"), cat.counters, "counterId", "name");
    options($("agenda-place"), cat.places, "placeId", "name");
    options($("agenda-service"), cat.services, "serviceId", "name");
    $("agenda-counter").value = state.counter;
    $("agenda-place").value = state.place;
    $("agenda-service").value = state.service;
    $("agenda-date").value = state.date;
    $("view-" + state.view).checked = true;
    $("by-" + state.by).checked = true;
    $("display-" + state.display).checked = true;
    $("agenda-show-ended").checked = state.showEnded;
    $("agenda-filters").addEventListener("change", (e) => {
      if (e.target.id === "agenda-date" && !e.target.value) return;
      state.view = $("view-semaine").checked ? "semaine" : "jour";
      state.by = $("by-agent").checked ? "agent" : "guichet";
      state.display = $("display-liste").checked ? "liste" : "grille";
      state.date = $("agenda-date").value || state.date;
      state.agent = agent.value;
      state.counter = $("agenda-counter").value;
      state.place = $("agenda-place").value;
      state.service = $("agenda-service").value;
      state.showEnded = $("agenda-show-ended").checked;
      writeAddress();
      load();
    });
    $("agenda-filters").addEventListener("submit", (e) => e.preventDefault());
    const move = (days) => {
      state.date = C.dates.isoDate(C.dates.addDays(C.dates.parseDate(state.date), state.view === "semaine" ? 7 * days : days));
      $("agenda-date").value = state.date;
      writeAddress();
      load();
    };
    $("agenda-prev").addEventListener("click", () => move(-1));
    $("agenda-next").addEventListener("click", () => move(1));
    $("agenda-today").addEventListener("click", () => { state.date = C.dates.todayIso(); $("agenda-date").value = state.date; writeAddress(); load(); });
  }

  document.addEventListener("DOMContentLoaded", async () => {
    readAddress();
    try {
      state.me = await C.shell(home ? "accueil" : "agenda");
    } catch (problem) {
      C.message("agenda-count", C.describe(problem), "error");
      return;
    }
    if (!new URLSearchParams(location.search).get("date")) state.date = C.dates.todayIso();
    if (!state.me.communeId) {
      C.message("agenda-count", t("agenda.no-commune"), "warning");
      return;
    }
    if (home) {
      const hello = $("hello");
      if (hello) hello.textContent = t("agenda.hello", state.me.displayName || state.me.username);
    }
    state.cat = await C.rdv.catalog(state.me.communeId).catch((problem) => { announce(C.describe(problem), "error"); return null; });
    if (!state.cat) return;
    if (state.cat.failed.length) {
      announce(t("agenda.lists.failed", C.describe(state.cat.failed[0])), "warning");
    }
    setUpFilters();
    await load();
    if (home) pending();
  });
})();
