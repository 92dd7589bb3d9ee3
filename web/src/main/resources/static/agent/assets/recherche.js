// The agenda's search box: a caller's appointments, past and future, by name, phone, e-mail or ANTS number. The
// server matches keyed hashes of the words; the page shows what it answers, latest first.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const $ = (id) => document.getElementById(id);
  const t = C.t;
  const status = (s) => s === "EXPIRED" ? t("search.status.EXPIRED") : C.rdv.STATUS[s] || s;

  function line(found, cat) {
    const a = found.appointment;
    const citizen = found.citizen || {};
    const day = C.fmt.localDate(a.start);
    const reach = [citizen.mobile, citizen.email].filter(Boolean).join(" · ");
    return el("li", { class: "appointment", "data-status": a.status },
      el("h3", {}, el("a", { href: "/agent/agenda?date=" + day }, t("rdv.at", C.fmt.date(day), C.fmt.time(a.start))),
        " · ", el("span", { class: "rdv-name" }, citizen.fullName || ""), " · ", cat ? cat.typeLabel(a.appointmentTypeId) : ""),
      el("p", { class: "meta" }, status(a.status) + (reach ? " · " + reach : "")
        + ((citizen.antsNumbers || []).length ? " · ANTS " + citizen.antsNumbers.join(", ") : "")));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = $("search-form");
    if (!form) return;
    let cat = null;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const q = $("search-q").value.trim();
      const results = $("search-results");
      if (!q) {
        C.message("search-status", t("search.missing"), "error");
        results.hidden = true;
        $("search-q").focus();
        return;
      }
      try {
        const me = await C.me();
        if (!cat) cat = await C.rdv.catalog(me.communeId).catch(() => null);
        C.message("search-status", t("search.searching"), "info");
        const found = await C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(me.communeId)
          + "/appointments/search?" + new URLSearchParams({ q }));
        results.replaceChildren(...found.map((f) => line(f, cat)));
        results.hidden = found.length === 0;
        C.message("search-status", found.length === 0 ? t("search.none", q)
          : found.length === 1 ? t("search.one") : t("search.many", found.length), "info");
      } catch (problem) {
        results.hidden = true;
        C.message("search-status", C.describe(problem), "error");
      }
    });
  });
})();
