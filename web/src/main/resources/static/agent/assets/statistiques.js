// The statistics of the commune (stats-service): a summary, appointments over time and occupancy by place.
// Charts are inline SVG with their values written on them (a pattern, not only a colour, tells the series apart),
// and each chart is followed by the same figures as a table.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const state = { me: null };
  const pct = (rate) => rate === null || rate === undefined ? "—" : new Intl.NumberFormat(C.locale(), { style: "percent", maximumFractionDigits: 1 }).format(rate);
  const num = (n) => n === null || n === undefined ? "—" : new Intl.NumberFormat(C.locale()).format(n);

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
    children.flat(Infinity).forEach((c) => c !== null && c !== undefined && node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }

  function query(extra) {
    const q = new URLSearchParams();
    if ($("stats-from").value) q.set("from", $("stats-from").value);
    if ($("stats-to").value) q.set("to", $("stats-to").value);
    if ($("stats-place").value) q.set("placeId", $("stats-place").value);
    if ($("stats-type").value) q.set("appointmentTypeId", $("stats-type").value);
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  }

  function periodLabel(iso, period) {
    const d = C.dates.parseDate(iso);
    if (period === "month") return new Intl.DateTimeFormat(C.locale(), { month: "long", year: "numeric" }).format(d);
    if (period === "week") return t("stats.week.of", new Intl.DateTimeFormat(C.locale(), { day: "numeric", month: "short" }).format(d));
    return new Intl.DateTimeFormat(C.locale(), { weekday: "short", day: "numeric", month: "short" }).format(d);
  }

  function axisLabel(iso, period) {
    const d = C.dates.parseDate(iso);
    if (period === "month") return new Intl.DateTimeFormat(C.locale(), { month: "short", year: "2-digit" }).format(d);
    return new Intl.DateTimeFormat(C.locale(), { day: "numeric", month: "short" }).format(d);
  }

  function summary(s) {
    const cards = [
      [t("stats.booked"), num(s.booked)],
      [t("stats.attended"), num(s.attended)],
      [t("stats.noshow", pct(s.noShowRate)), num(s.noShow)],
      [t("stats.cancelled", pct(s.cancellationRate)), num(s.cancelled)],
      [t("stats.lead"), s.leadTimeMedianHours === null || s.leadTimeMedianHours === undefined ? "—"
        : s.leadTimeMedianHours < 48 ? t("stats.hours", num(s.leadTimeMedianHours))
          : t("stats.days", num(Math.round(s.leadTimeMedianHours / 24 * 10) / 10))],
      [t("stats.occupancy"), pct(s.occupancyRate)]
    ];
    if (s.smsSent !== null && s.smsSent !== undefined) {
      cards.push([t("stats.sms", num(s.smsSegments), num(s.smsDelivered)), num(s.smsSent)]);
    }
    if (s.smsCostEuroCents !== null && s.smsCostEuroCents !== undefined) {
      cards.push([t("stats.sms.cost"), new Intl.NumberFormat(C.locale(), { style: "currency", currency: "EUR" }).format(s.smsCostEuroCents / 100)]);
    }
    $("stats-summary").replaceChildren(...cards.map(([label, value], i) =>
      el("li", { class: "card", id: "stats-card-" + i }, el("span", { class: "value" }, value), label)));
  }

  // Every period of the range, those without any appointment as zeros, so that a quiet week shows as one.
  function everyPeriod(rows, period, from, to) {
    if (!from || !to) return rows;
    const known = new Map(rows.map((r) => [r.periodStart, r]));
    const first = C.dates.parseDate(from);
    let d = period === "week" ? C.dates.startOfWeek(first) : period === "month" ? new Date(first.getFullYear(), first.getMonth(), 1) : first;
    const all = [];
    for (let i = 0; d <= C.dates.parseDate(to) && i < 400; i++) {
      const iso = C.dates.isoDate(d);
      all.push(known.get(iso) || { periodStart: iso, booked: 0, attended: 0, noShow: 0, cancelled: 0, noShowRate: null });
      d = period === "week" ? C.dates.addDays(d, 7) : period === "month" ? new Date(d.getFullYear(), d.getMonth() + 1, 1) : C.dates.addDays(d, 1);
    }
    rows.filter((r) => !all.includes(r)).forEach((r) => { if (!all.some((a) => a.periodStart === r.periodStart)) all.push(r); });
    return all.sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  }

  // Grouped vertical bars: booked (solid) and attended (hatched), each bar carrying its value.
  function timeChart(rows, period) {
    const series = [
      { key: "booked", label: t("stats.booked"), cls: "bar" },
      { key: "attended", label: t("stats.attended"), cls: "bar alt", pattern: true }
    ];
    if (!rows.some((r) => r.booked || r.attended || r.noShow || r.cancelled)) {
      $("stats-time-chart").replaceChildren(el("p", { class: "empty" }, t("stats.time.empty")));
      $("stats-time-table").replaceChildren();
      return;
    }
    const highest = Math.max(1, ...rows.flatMap((r) => series.map((s) => r[s.key] || 0)));
    const max = highest <= 4 ? highest + (highest % 2) : Math.ceil(highest / 4) * 4;
    const ticks = [0, max / 2, max];
    const group = 56, barW = 22, left = 40, top = 24, h = 200, bottom = 46;
    const width = left + rows.length * group + 10;
    const y = (v) => top + h - (v / max) * h;
    const chart = svg("svg", { class: "chart", viewBox: "0 0 " + width + " " + (top + h + bottom), width: String(width),
      role: "img", "aria-labelledby": "stats-time-svg-title" },
    svg("title", { id: "stats-time-svg-title" }, t("stats.time.svg." + period, C.fmt.date(rows[0].periodStart), C.fmt.date(rows[rows.length - 1].periodStart))),
    svg("defs", {}, svg("pattern", { id: "hatch", width: "6", height: "6", patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      svg("rect", { width: "6", height: "6", fill: "#ffffff" }), svg("rect", { width: "3", height: "6", fill: "#000091" }))),
    ticks.map((v) => [
      svg("line", { class: "grid", x1: String(left), x2: String(width), y1: String(y(v)), y2: String(y(v)) }),
      svg("text", { x: String(left - 6), y: String(y(v) + 4), "text-anchor": "end" }, num(v))]),
    rows.map((r, i) => {
      const x0 = left + i * group + 5;
      return svg("g", {},
        series.map((s, j) => {
          const v = r[s.key] || 0;
          return [svg("rect", { class: s.pattern ? null : s.cls, x: String(x0 + j * barW), y: String(y(v)), width: String(barW - 2),
            height: String(Math.max(0, top + h - y(v))), fill: s.pattern ? "url(#hatch)" : null, stroke: "#000091" }),
          svg("text", { x: String(x0 + j * barW + (barW - 2) / 2), y: String(y(v) - 3), "text-anchor": "middle" }, num(v))];
        }),
        svg("text", { x: String(x0 + barW), y: String(top + h + 16), "text-anchor": "middle" }, axisLabel(r.periodStart, period)));
    }),
    svg("line", { class: "axis", x1: String(left), x2: String(width), y1: String(top + h), y2: String(top + h) }));
    const legend = el("ul", { class: "legend", "aria-label": t("stats.legend") },
      el("li", {}, el("span", { class: "swatch solid" }), " " + t("stats.booked")),
      el("li", {}, el("span", { class: "swatch hatched" }), " " + t("stats.attended")));
    $("stats-time-chart").replaceChildren(el("div", { class: "table-wrap chart-wrap" }, chart), legend);
    $("stats-time-table").replaceChildren(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "stats-time-caption" },
      el("table", { id: "stats-time-data" },
        el("caption", { id: "stats-time-caption" }, t("stats.time.caption")),
        el("thead", {}, el("tr", {}, ["period", "booked", "attended", "noshow", "cancelled", "noshow-rate"].map((k) => t("stats.time.col." + k))
          .map((h, i) => el("th", { scope: "col", class: i ? "num" : null }, h)))),
        el("tbody", {}, rows.map((r) => el("tr", {},
          el("th", { scope: "row" }, periodLabel(r.periodStart, period)),
          [r.booked, r.attended, r.noShow, r.cancelled].map((v) => el("td", { class: "num" }, num(v))),
          el("td", { class: "num" }, pct(r.noShowRate))))))));
  }

  // Horizontal bars of occupancy by place, summed over the periods, with the percentage written after each bar.
  function placesChart(rows) {
    const byPlace = new Map();
    rows.forEach((r) => {
      const key = r.groupId || "—";
      const p = byPlace.get(key) || { label: r.groupLabel || t("stats.place.unknown"), booked: 0, capacity: 0, appointments: 0, known: false };
      p.booked += r.bookedMinutes || 0;
      p.appointments += r.booked || 0;
      if (r.capacityMinutes !== null && r.capacityMinutes !== undefined) { p.capacity += r.capacityMinutes; p.known = true; }
      byPlace.set(key, p);
    });
    const places = [...byPlace.values()].map((p) => ({ ...p, rate: p.known && p.capacity > 0 ? p.booked / p.capacity : null }))
      .sort((a, b) => (b.rate || 0) - (a.rate || 0));
    if (!places.length) {
      $("stats-places-chart").replaceChildren(el("p", { class: "empty" }, t("stats.places.empty")));
      $("stats-places-table").replaceChildren();
      return;
    }
    const left = 170, barMax = 360, row = 30, top = 10;
    const width = left + barMax + 70;
    const chart = svg("svg", { class: "chart", viewBox: "0 0 " + width + " " + (top + places.length * row + 10), width: String(width),
      role: "img", "aria-labelledby": "stats-places-svg-title" },
    svg("title", { id: "stats-places-svg-title" }, t("stats.places.svg")),
    places.map((p, i) => {
      const yy = top + i * row;
      const w = p.rate === null ? 0 : Math.min(1, p.rate) * barMax;
      return svg("g", {},
        svg("text", { x: String(left - 8), y: String(yy + 17), "text-anchor": "end" }, p.label.length > 24 ? p.label.substring(0, 23) + "…" : p.label),
        svg("rect", { x: String(left), y: String(yy + 4), width: String(barMax), height: "18", fill: "#ffffff", stroke: "#7a7a7a" }),
        svg("rect", { class: "bar", x: String(left), y: String(yy + 4), width: String(w), height: "18" }),
        svg("text", { x: String(left + barMax + 6), y: String(yy + 17) }, p.rate === null ? t("stats.nk.short") : pct(p.rate)));
    }));
    $("stats-places-chart").replaceChildren(el("div", { class: "table-wrap chart-wrap" }, chart));
    $("stats-places-table").replaceChildren(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "stats-places-caption" },
      el("table", { id: "stats-places-data" },
        el("caption", { id: "stats-places-caption" }, t("stats.places.caption")),
        el("thead", {}, el("tr", {}, ["place", "booked", "hours-booked", "hours-open", "occupancy"].map((k) => t("stats.places.col." + k))
          .map((h, i) => el("th", { scope: "col", class: i ? "num" : null }, h)))),
        el("tbody", {}, places.map((p) => el("tr", {},
          el("th", { scope: "row" }, p.label),
          el("td", { class: "num" }, num(p.appointments)),
          el("td", { class: "num" }, num(Math.round(p.booked / 6) / 10)),
          el("td", { class: "num" }, p.known ? num(Math.round(p.capacity / 6) / 10) : "—"),
          el("td", { class: "num" }, p.rate === null ? t("stats.nk") : pct(p.rate))))))));
  }

  async function load() {
    const from = $("stats-from").value, to = $("stats-to").value;
    if (from && to && from > to) {
      $("stats-from-error").textContent = t("stats.range.invalid");
      $("stats-from-error").hidden = false;
      $("stats-from").setAttribute("aria-invalid", "true");
      return;
    }
    $("stats-from-error").hidden = true;
    $("stats-from").setAttribute("aria-invalid", "false");
    const base = "/api/stats/communes/" + encodeURIComponent(state.me.communeId);
    const period = $("stats-period").value;
    $("stats-csv").href = base + "/figures.csv?" + query({ period });
    C.message("stats-message", t("stats.loading"), "info");
    try {
      const [s, time, places] = await Promise.all([
        C.api("GET", base + "/summary?" + query()),
        C.api("GET", base + "/figures?" + query({ period })),
        C.api("GET", base + "/figures?" + query({ period: "month", groupBy: "place" }))
      ]);
      summary(s);
      timeChart(everyPeriod(time.rows || [], period, from, to), period);
      placesChart(places.rows || []);
      C.message("stats-message", t("stats.shown", C.fmt.date(from), C.fmt.date(to)), "info");
    } catch (problem) {
      C.message("stats-message", problem.status === 403 ? t("stats.forbidden")
        : t("stats.failed", C.describe(problem)), "error");
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      state.me = await C.shell("statistiques");
    } catch (problem) { C.message("stats-message", C.describe(problem), "error"); return; }
    if (!state.me.communeId) { C.message("stats-message", t("common.no-commune"), "warning"); return; }
    const today = C.dates.parseDate(C.dates.todayIso());
    $("stats-to").value = C.dates.isoDate(today);
    $("stats-from").value = C.dates.isoDate(C.dates.addDays(C.dates.startOfWeek(today), -7 * 7));
    const cat = await C.rdv.catalog(state.me.communeId).catch(() => null);
    if (cat) {
      cat.places.forEach((p) => $("stats-place").append(el("option", { value: p.placeId }, p.name)));
      cat.types.forEach((t) => $("stats-type").append(el("option", { value: t.appointmentTypeId }, t.settings.label)));
    }
    $("stats-filters").addEventListener("change", load);
    $("stats-filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
    $("stats-print").addEventListener("click", () => window.print());
    await load();
  });
})();
