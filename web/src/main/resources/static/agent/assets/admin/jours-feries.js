// Public holidays: each one closes the commune or not; the Alsace-Moselle days as an option.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  const ALSACE_ONLY = ["VENDREDI_SAINT", "SAINT_ETIENNE"];
  let ctx = null;
  let policy = { disabled: [], alsaceMoselle: false };

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.joursFeries.title"));
    } catch (e) {
      return;
    }
    const year = new Date().getFullYear();
    const select = document.getElementById("holiday-year");
    A.fillSelect(select, [year - 1, year, year + 1, year + 2].map((y) => ({ value: String(y), label: String(y) })));
    select.value = String(year);
    select.addEventListener("change", () => render(keepChecked()));
    document.getElementById("holiday-alsace").addEventListener("change", () => render(keepChecked()));
    document.getElementById("holiday-form").addEventListener("submit", save);
    try {
      const commune = await C.api("GET", ctx.planning);
      policy = commune.holidays || policy;
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    document.getElementById("holiday-alsace").checked = !!policy.alsaceMoselle;
    await render(null);
  });

  // The boxes as they are on screen, kept when the year changes before saving.
  function keepChecked() {
    const boxes = [...document.querySelectorAll("#holiday-list input")];
    return boxes.length ? disabledOnScreen(boxes) : null;
  }

  // A greyed-out Alsace-Moselle day keeps the choice saved for it, to come back when the option is ticked again.
  function disabledOnScreen(boxes) {
    return boxes.filter((b) => b.disabled ? (policy.disabled || []).includes(b.value) : !b.checked).map((b) => b.value);
  }

  async function render(disabled) {
    const year = document.getElementById("holiday-year").value;
    let days;
    try {
      days = await C.api("GET", ctx.planning + "/holidays?year=" + encodeURIComponent(year));
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const off = new Set(disabled || policy.disabled || []);
    const alsace = document.getElementById("holiday-alsace").checked;
    document.getElementById("holiday-days-legend").textContent = t("admin.joursFeries.legendOfYear", year);
    document.getElementById("holiday-list").replaceChildren(...days.map((h) => {
      const only = ALSACE_ONLY.includes(h.holiday);
      const id = "holiday-" + h.holiday;
      return el("label", { class: "checkbox", for: id },
        el("input", { type: "checkbox", id, name: "holiday", value: h.holiday, checked: !off.has(h.holiday) && (!only || alsace),
          disabled: only && !alsace, "aria-describedby": only ? "holiday-alsace-note" : null }),
        holidayName(h) + ", " + A.date(h.date) + (only ? " (Alsace-Moselle)" : ""));
    }), el("p", { class: "hint", id: "holiday-alsace-note" }, t("admin.joursFeries.alsaceNote")));
  }

  // The holiday's name in the page's language; planning-service names it in French.
  function holidayName(h) {
    const key = "admin.joursFeries.holiday." + h.holiday;
    const text = t(key);
    return text === key ? h.label : text;
  }

  async function save(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const body = { disabled: disabledOnScreen([...document.querySelectorAll("#holiday-list input")]),
      alsaceMoselle: document.getElementById("holiday-alsace").checked };
    try {
      const commune = await A.busy(form, () => C.api("PUT", ctx.planning + "/holidays", body));
      policy = commune.holidays || body;
      await render(null);
      const open = body.disabled.length;
      A.say(t(open === 0 ? "admin.joursFeries.savedAll" : open === 1 ? "admin.joursFeries.savedOne" : "admin.joursFeries.savedMany", open)
        + (body.alsaceMoselle ? " " + t("admin.joursFeries.alsaceIncluded") : ""), "success");
    } catch (problem) {
      A.showProblem(form, problem, []);
    }
  }
})();
