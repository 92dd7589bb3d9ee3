// The approval queue: every appointment of the commune awaiting an agent's decision, from today on, by day.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;
  const $ = (id) => document.getElementById(id);
  const DAYS = 62;
  const state = { me: null, cat: null };

  function announce(text, kind) { C.message("validation-message", text, kind); }

  async function load(focusId) {
    const from = C.dates.todayIso();
    const to = C.dates.isoDate(C.dates.addDays(C.dates.parseDate(from), DAYS));
    C.message("validation-count", t("validation.loading"), "info");
    let waiting;
    try {
      const list = await C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId)
        + "/appointments?" + new URLSearchParams({ from, to, status: "AWAITING_APPROVAL" }));
      waiting = list.filter((a) => a.status === "AWAITING_APPROVAL");
    } catch (problem) {
      $("validation-results").replaceChildren();
      C.message("validation-count", problem.status === 403 ? t("validation.forbidden")
        : t("validation.failed", C.describe(problem)), "error");
      return;
    }
    const citizens = new Map();
    await Promise.all(waiting.map((a) => C.api("GET", "/api/booking/agent/appointments/" + encodeURIComponent(a.appointmentId))
      .then((view) => { if (view.citizen) citizens.set(a.appointmentId, view.citizen); }).catch(() => null)));
    const ctx = { me: state.me, cat: state.cat, announce, refresh: (id) => load(id), citizens };
    if (!waiting.length) {
      $("validation-results").replaceChildren(el("p", { class: "empty", id: "validation-empty" },
        t("validation.empty", DAYS)));
      C.message("validation-count", t("validation.none"), "info");
    } else {
      const byDay = new Map();
      waiting.forEach((a) => { const d = C.fmt.localDate(a.start); if (!byDay.has(d)) byDay.set(d, []); byDay.get(d).push(a); });
      $("validation-results").replaceChildren(...[...byDay.entries()].map(([day, list]) => el("section", { "aria-labelledby": "day-" + day },
        el("h2", { id: "day-" + day, class: "capitalize" }, C.fmt.date(day) + " — " + t(list.length > 1 ? "validation.day.many" : "validation.day.one", list.length)),
        el("ul", { class: "appointments" }, list.map((a) => C.rdv.card(a, ctx))))));
      C.message("validation-count", t(waiting.length > 1 ? "validation.count.many" : "validation.count.one", waiting.length), "info");
    }
    // The card acted upon may be gone from the queue: then land on the queue's heading.
    const target = focusId && $(focusId);
    if (target) target.focus();
    else if (focusId) $("page-title").setAttribute("tabindex", "-1"), $("page-title").focus();
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      state.me = await C.shell("validation");
    } catch (problem) { announce(C.describe(problem), "error"); return; }
    if (!state.me.communeId) { announce(t("common.no-commune"), "warning"); return; }
    try {
      state.cat = await C.rdv.catalog(state.me.communeId);
    } catch (problem) { announce(C.describe(problem), "error"); return; }
    await load();
  });
})();
