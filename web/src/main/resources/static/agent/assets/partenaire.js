// A partner's page (a social worker, an association): book for a beneficiary one of the types the commune opens to
// their partner type, through the agents' booking path (booking-service refuses the others), and follow the
// appointments they booked. Nothing else of the commune is shown to them.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const tr = C.t;
  const $ = (id) => document.getElementById(id);
  const ANTS = /^[A-Z0-9]{10}$/;
  const MOBILE = /^\+?[0-9 .-]{8,20}$/;
  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  const state = { me: null, base: null, types: [], slot: null };

  const type = () => state.types.find((t) => t.appointmentTypeId === $("partner-type").value);
  const persons = () => Math.max(1, parseInt($("partner-persons").value, 10) || 1);
  const say = (text, kind) => C.message("partner-message", text, kind);

  function fieldError(id, text) {
    const box = $(id + "-error");
    box.textContent = text || "";
    box.hidden = !text;
    if ($(id)) $(id).setAttribute("aria-invalid", text ? "true" : "false");
    return !text;
  }

  function onTypeChange() {
    const t = type();
    const option = $("partner-option");
    option.replaceChildren(el("option", { value: "" }, tr("partenaire.choose-option")));
    $("partner-option-field").hidden = !t || !(t.options || []).length;
    if (t) (t.options || []).forEach((o) => option.append(el("option", { value: o.optionId }, o.label)));
    $("partner-persons").max = String(t ? Math.max(1, t.maxPersons || 1) : 20);
    fieldError("partner-type", "");
    renderAnts();
    clearSlots();
  }

  function renderAnts() {
    const needed = !!type() && type().antsNumberRequired;
    $("partner-ants").hidden = !needed;
    const box = $("partner-ants-fields");
    box.replaceChildren();
    if (!needed) return;
    for (let i = 0; i < persons(); i++) {
      const id = "partner-ants-" + (i + 1);
      box.append(el("div", { class: "field" },
        el("label", { for: id }, tr("partenaire.person", i + 1), el("span", { "aria-hidden": "true", class: "required" }, " *")),
        el("input", { id, name: "appointment.antsNumbers[" + i + "]", maxlength: "10", autocomplete: "off",
          required: true, "aria-required": "true", "aria-describedby": "partner-ants-hint " + id + "-error" }),
        el("p", { class: "field-error", id: id + "-error", hidden: true })));
    }
  }

  function clearSlots() {
    state.slot = null;
    $("partner-slots").replaceChildren();
    $("partner-slots-status").textContent = "";
    C.message("partner-chosen", "", "success");
  }

  async function search() {
    const t = type();
    if (!t) { fieldError("partner-type", tr("partenaire.type.first")); $("partner-type").focus(); return; }
    if (!$("partner-option-field").hidden && !$("partner-option").value) {
      fieldError("partner-option", tr("partenaire.option.missing")); $("partner-option").focus(); return;
    }
    fieldError("partner-option", "");
    clearSlots();
    const from = $("partner-from").value || C.dates.todayIso();
    const params = new URLSearchParams({ appointmentTypeId: t.appointmentTypeId, from,
      to: C.dates.isoDate(C.dates.addDays(C.dates.parseDate(from), 6)), persons: String(persons()), limit: "300" });
    if ($("partner-option").value) params.set("optionId", $("partner-option").value);
    $("partner-slots-status").textContent = tr("partenaire.searching");
    try {
      const slots = (await C.api("GET", state.base + "/availability?" + params)).slots || [];
      $("partner-slots").replaceChildren(slots.length ? C.rdv.slotPicker(slots, "partner", (slot) => {
        state.slot = slot;
        fieldError("partner-slot", "");
        const when = tr("partenaire.at", C.fmt.day(slot.start), C.fmt.time(slot.start));
        C.message("partner-chosen", slot.placeName ? tr("partenaire.chosen.at", when, slot.placeName)
          : tr("partenaire.chosen", when), "success");
      }) : el("p", { class: "empty", id: "partner-no-slot" }, tr("partenaire.none")));
      $("partner-slots-status").textContent = tr(slots.length > 1 ? "partenaire.found.many" : "partenaire.found.one",
        slots.length.toLocaleString(C.locale()));
    } catch (problem) {
      $("partner-slots-status").textContent = "";
      say(tr("partenaire.slots.failed", C.describe(problem)), "error");
    }
  }

  function validate() {
    const wrong = [];
    const check = (id, text) => { if (!fieldError(id, text)) wrong.push(id); };
    check("partner-type", type() ? "" : tr("partenaire.type.missing"));
    if (!$("partner-option-field").hidden) check("partner-option", $("partner-option").value ? "" : tr("partenaire.option.missing"));
    if (!fieldError("partner-slot", state.slot ? "" : tr("partenaire.slot.missing"))) wrong.push("partner-search");
    const mobile = $("partner-mobile").value.trim();
    const email = $("partner-email").value.trim();
    check("partner-name", $("partner-name").value.trim() ? "" : tr("partenaire.name.missing"));
    check("partner-mobile", mobile && !MOBILE.test(mobile) ? tr("partenaire.mobile.invalid")
      : !mobile && !email ? tr("partenaire.reach.missing") : "");
    check("partner-email", email && !EMAIL.test(email) ? tr("partenaire.email.invalid") : "");
    document.querySelectorAll("#partner-ants-fields input").forEach((input) => {
      input.value = input.value.trim().toUpperCase();
      check(input.id, ANTS.test(input.value) ? "" : tr("partenaire.ants.invalid"));
    });
    if (wrong.length) {
      say(tr(wrong.length > 1 ? "partenaire.fix.many" : "partenaire.fix.one", wrong.length.toLocaleString(C.locale())), "error");
      $(wrong[0]).focus();
    }
    return !wrong.length;
  }

  async function submit(event) {
    event.preventDefault();
    if (!validate()) return;
    const t = type();
    const name = $("partner-name").value.trim();
    const sent = { channel: "PHONE", appointment: { appointmentTypeId: t.appointmentTypeId,
      optionId: $("partner-option").value || null, counterId: state.slot.counterId, start: state.slot.start,
      persons: persons(), remark: $("partner-remark").value.trim() || null,
      antsNumbers: [...document.querySelectorAll("#partner-ants-fields input")].map((i) => i.value),
      citizen: { fullName: name, mobile: $("partner-mobile").value.trim() || null, email: $("partner-email").value.trim() || null } } };
    $("partner-submit").disabled = true;
    try {
      const booked = await C.api("POST", state.base + "/appointments", sent);
      say(tr("partenaire.done", name, C.fmt.day(booked.start), C.fmt.time(booked.start)), "success");
      ["partner-name", "partner-mobile", "partner-email", "partner-remark"].forEach((id) => { $(id).value = ""; });
      clearSlots();
      await list();
    } catch (problem) {
      const shown = problem.errors ? C.fieldErrors($("partner-form"), problem) : 0;
      say(tr("partenaire.failed", C.describe(problem)), "error");
      if (problem.status === 409) search();
      if (!shown) $("partner-message").focus();
    } finally {
      $("partner-submit").disabled = false;
    }
  }

  async function list() {
    let mine;
    try {
      mine = await C.api("GET", state.base + "/partner/appointments");
    } catch (problem) {
      $("partner-list").replaceChildren(el("p", { class: "message error" }, C.describe(problem)));
      return;
    }
    const label = (id) => (state.types.find((t) => t.appointmentTypeId === id) || {}).label || tr("partenaire.other-type");
    $("partner-list").replaceChildren(mine.length ? el("div", { class: "table-wrap" }, el("table", { id: "partner-table" },
      el("caption", {}, tr("partenaire.table.caption")),
      el("thead", {}, el("tr", {}, [tr("partenaire.col.date"), tr("partenaire.col.time"), tr("partenaire.col.type"),
        tr("partenaire.col.persons"), tr("partenaire.col.status")].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, mine.map((a) => el("tr", { "data-appointment-id": a.appointmentId },
        el("td", {}, C.fmt.dayLong(a.start)), el("td", {}, C.fmt.time(a.start)), el("td", {}, label(a.appointmentTypeId)),
        el("td", {}, Number(a.persons).toLocaleString(C.locale())), el("td", {}, C.rdv.statusBadge(a.status)))))))
      : el("p", { class: "empty", id: "partner-none" }, tr("partenaire.list.none")));
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      state.me = await C.shell("partenaire");
    } catch (problem) { say(C.describe(problem), "error"); return; }
    if (!C.hasRole(state.me, "PARTNER") || !state.me.communeId) {
      say(tr("partenaire.not-partner"), "warning");
      $("partner-form").hidden = true;
      return;
    }
    state.base = "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId);
    try {
      state.types = await C.api("GET", state.base + "/partner/appointment-types");
    } catch (problem) { say(C.describe(problem), "error"); return; }
    if (!state.types.length) say(tr("partenaire.types.none"), "warning");
    state.types.forEach((t) => $("partner-type").append(el("option", { value: t.appointmentTypeId }, t.label)));
    $("partner-from").value = C.dates.todayIso();
    $("partner-type").addEventListener("change", onTypeChange);
    $("partner-option").addEventListener("change", () => fieldError("partner-option", ""));
    $("partner-persons").addEventListener("change", renderAnts);
    $("partner-search").addEventListener("click", search);
    $("partner-next-week").addEventListener("click", () => {
      $("partner-from").value = C.dates.isoDate(C.dates.addDays(C.dates.parseDate($("partner-from").value || C.dates.todayIso()), 7));
      search();
    });
    $("partner-form").addEventListener("submit", submit);
    await list();
  });
})();
