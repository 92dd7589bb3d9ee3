// Fast booking for a caller, on the phone or at the desk: type, slot, name and phone, confirmed at once.
// Built for the keyboard: one tab stop for the slots (arrows inside), Enter in the date searches.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const tr = C.t;
  const $ = (id) => document.getElementById(id);
  const state = { me: null, cat: null, slot: null, from: C.dates.todayIso() };
  const ANTS = /^[A-Z0-9]{10}$/;
  const MOBILE = /^\+?[0-9 .-]{8,20}$/;
  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  const type = () => state.cat && state.cat.type($("booking-type").value);
  const persons = () => Math.max(1, parseInt($("booking-persons").value, 10) || 1);
  const byAgent = () => { const t = type(); return !!t && t.settings.bookableWith === "AGENT"; };

  function say(text, kind) { C.message("booking-message", text, kind); }

  function fieldError(id, text) {
    const input = $(id);
    const box = $(id + "-error");
    box.textContent = text || "";
    box.hidden = !text;
    if (input) input.setAttribute("aria-invalid", text ? "true" : "false");
    return !text;
  }

  function onTypeChange() {
    const t = type();
    const optionField = $("booking-option-field");
    const option = $("booking-option");
    option.replaceChildren(el("option", { value: "" }, tr("prise-rdv.choisissez-une-precision")));
    optionField.hidden = !t || !(t.settings.options || []).length;
    if (t) (t.settings.options || []).forEach((o) => option.append(el("option", { value: o.optionId }, o.label)));
    const max = t ? Math.max(1, t.settings.maxPersons || 1) : 20;
    $("booking-persons").max = String(max);
    $("booking-persons-hint").textContent = t ? tr(max > 1 ? "booking.max.many" : "booking.max.one", max) : "";
    $("booking-agent-label").textContent = byAgent() ? tr("booking.agent.met") : tr("prise-rdv.booking-agent-label");
    $("booking-agent").required = byAgent();
    $("booking-agent").setAttribute("aria-required", String(byAgent()));
    $("booking-agent").options[0].textContent = byAgent() ? tr("booking.agent.choose") : tr("prise-rdv.aucun-rendez-vous-equipe");
    if (byAgent()) $("booking-agent-label").append(el("span", { "aria-hidden": "true", class: "required" }, " *"));
    fieldError("booking-type", "");
    renderAnts();
    clearSlots();
    if (t && !(t.settings.options || []).length && !byAgent()) search();
  }

  function renderAnts() {
    const t = type();
    const needed = !!t && t.settings.antsNumberRequired;
    $("booking-ants").hidden = !needed;
    const box = $("booking-ants-fields");
    const old = [...box.querySelectorAll("input")].map((i) => i.value);
    box.replaceChildren();
    if (!needed) return;
    for (let i = 0; i < persons(); i++) {
      const id = "booking-ants-" + (i + 1);
      box.append(el("div", { class: "field" },
        el("label", { for: id }, tr("booking.person", i + 1), el("span", { "aria-hidden": "true", class: "required" }, " *")),
        el("input", { id, name: "appointment.antsNumbers[" + i + "]", maxlength: "10", autocomplete: "off",
          autocapitalize: "characters", spellcheck: "false", required: true, "aria-required": "true",
          "aria-describedby": "booking-ants-hint " + id + "-error", value: old[i] || "" }),
        el("p", { class: "field-error", id: id + "-error", hidden: true })));
    }
  }

  function clearSlots() {
    state.slot = null;
    $("booking-slots").replaceChildren();
    $("booking-slots-status").textContent = "";
    C.message("booking-chosen", "", "success");
  }

  function showSlots(slots, intro) {
    // The same answer again (the search button pressed while the list was already there) keeps the list and the
    // chosen slot as they are.
    const signature = (intro || "") + JSON.stringify(slots.map((s) => [s.counterId, s.start, s.remaining]));
    if (signature === state.shown && $("booking-slots").firstChild) {
      $("booking-slots-status").textContent = state.shownStatus;
      return;
    }
    state.shown = signature;
    const kept = state.slot && slots.find((s) => s.counterId === state.slot.counterId && s.start === state.slot.start);
    state.slot = null;
    C.message("booking-chosen", "", "success");
    $("booking-slots").replaceChildren(slots.length
      ? C.rdv.slotPicker(slots, "booking", (slot) => {
        state.slot = slot;
        fieldError("booking-slot", "");
        C.message("booking-chosen", tr("booking.chosen", tr("rdv.at", C.fmt.day(slot.start), C.fmt.time(slot.start))
          + (slot.placeName ? ", " + slot.placeName : "")), "success");
      })
      : intro ? el("p", { class: "empty", id: "booking-no-slot" }, tr("booking.none.other"))
      : el("p", { class: "empty", id: "booking-no-slot" }, tr("booking.none.week", C.fmt.date(state.from),
        C.fmt.date(C.dates.addDays(C.dates.parseDate(state.from), 6)))));
    if (kept) {
      const again = [...$("booking-slots").querySelectorAll("button[aria-pressed]")]
        .find((b) => b.dataset.start === kept.start && b.dataset.counter === kept.counterId);
      if (again) again.click();
    }
    $("booking-slots-status").textContent = intro || (slots.length
      ? tr(slots.length > 1 ? "booking.found.many" : "booking.found.one", slots.length)
      : tr("booking.none"));
    state.shownStatus = $("booking-slots-status").textContent;
  }

  // A search already under way for the same criteria is not started twice.
  function search() {
    const key = criteria();
    if (!key) return Promise.resolve();
    if (state.pending && state.pendingKey === key) return state.pending;
    state.pendingKey = key;
    state.pending = fetchSlots(key).finally(() => { state.pending = null; });
    return state.pending;
  }

  function criteria() {
    const t = type();
    if (!t) { fieldError("booking-type", tr("booking.type.first")); $("booking-type").focus(); return; }
    if (!$("booking-option-field").hidden && !$("booking-option").value) {
      fieldError("booking-option", tr("booking.option.missing")); $("booking-option").focus(); return;
    }
    if (byAgent() && !$("booking-agent").value) {
      fieldError("booking-agent", tr("booking.agent.missing")); $("booking-agent").focus(); return;
    }
    fieldError("booking-option", ""); fieldError("booking-agent", "");
    state.from = $("booking-from").value || C.dates.todayIso();
    const params = new URLSearchParams({ appointmentTypeId: t.appointmentTypeId, from: state.from,
      to: C.dates.isoDate(C.dates.addDays(C.dates.parseDate(state.from), 6)), persons: String(persons()), limit: "300" });
    if ($("booking-option").value) params.set("optionId", $("booking-option").value);
    if ($("booking-place").value) params.set("placeId", $("booking-place").value);
    if (byAgent()) params.set("agentId", $("booking-agent").value);
    return params.toString();
  }

  async function fetchSlots(key) {
    const params = new URLSearchParams(key);
    $("booking-slots-status").textContent = tr("rdv.move.searching");
    $("booking-slots").setAttribute("aria-busy", "true");
    try {
      const result = await C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId) + "/availability?" + params);
      showSlots(result.slots || []);
    } catch (problem) {
      $("booking-slots").replaceChildren();
      $("booking-slots-status").textContent = "";
      say(tr("booking.slots.failed", C.describe(problem)), "error");
    } finally {
      $("booking-slots").removeAttribute("aria-busy");
    }
  }

  function validate() {
    let ok = true;
    const first = [];
    const check = (id, text) => { if (!fieldError(id, text)) { ok = false; first.push(id); } };
    check("booking-type", type() ? "" : tr("booking.type.missing"));
    if (!$("booking-option-field").hidden) check("booking-option", $("booking-option").value ? "" : tr("booking.option.missing"));
    if (byAgent()) check("booking-agent", $("booking-agent").value ? "" : tr("rdv.assign.missing"));
    if (!state.slot) { fieldError("booking-slot", tr("booking.slot.missing")); ok = false; first.push("booking-search"); } else fieldError("booking-slot", "");
    const name = $("booking-name").value.trim();
    const mobile = $("booking-mobile").value.trim();
    const email = $("booking-email").value.trim();
    check("booking-name", name ? "" : tr("booking.name.missing"));
    check("booking-mobile", mobile && !MOBILE.test(mobile) ? tr("booking.mobile.invalid")
      : !mobile && !email ? tr("booking.reach.missing") : "");
    check("booking-email", email && !EMAIL.test(email) ? tr("booking.email.invalid") : "");
    document.querySelectorAll("#booking-ants-fields input").forEach((input) => {
      input.value = input.value.trim().toUpperCase();
      check(input.id, ANTS.test(input.value) ? "" : tr("booking.ants.invalid"));
    });
    if (!ok) {
      say(tr(first.length > 1 ? "booking.fix.many" : "booking.fix.one", first.length), "error");
      $(first[0]).focus();
    }
    return ok;
  }

  function body() {
    const t = type();
    const agent = $("booking-agent").value || null;
    return {
      channel: document.querySelector("input[name=channel]:checked").value,
      agentId: C.rdv.whoActs(state.me),
      assignedAgentId: agent,
      appointment: {
        appointmentTypeId: t.appointmentTypeId,
        optionId: $("booking-option").value || null,
        counterId: state.slot.counterId,
        agentId: byAgent() ? agent : null,
        start: state.slot.start,
        persons: persons(),
        remark: $("booking-remark").value.trim() || null,
        antsNumbers: [...document.querySelectorAll("#booking-ants-fields input")].map((i) => i.value),
        citizen: { fullName: $("booking-name").value.trim(), mobile: $("booking-mobile").value.trim() || null,
          email: $("booking-email").value.trim() || null }
      }
    };
  }

  async function submit(event) {
    event.preventDefault();
    say("", "info");
    if (!validate()) return;
    const button = $("booking-submit");
    button.disabled = true;
    say(tr("booking.saving"), "info");
    const sent = body();
    try {
      const reservation = await C.api("POST", "/api/booking/agent/communes/" + encodeURIComponent(state.me.communeId) + "/appointments", sent);
      done(reservation, sent);
    } catch (problem) {
      if (problem.status === 409 && Array.isArray(problem.alternatives)) {
        showSlots(problem.alternatives, tr("booking.taken"));
        say(tr("booking.taken.again", C.describe(problem)), "error");
        const firstSlot = document.querySelector("#booking-slots button[aria-pressed]");
        (firstSlot || $("booking-search")).focus();
      } else if (problem.status === 400 && problem.errors) {
        const mapped = C.fieldErrors($("booking-form"), { errors: problem.errors.map((e) => ({
          field: e.field === "appointment.citizen.reachable" ? "appointment.citizen.mobile" : e.field, message: e.message })) });
        say(tr("booking.failed.fields", C.describe(problem)), "error");
        if (!mapped) $("booking-message").focus();
      } else {
        say(tr("booking.failed", C.describe(problem)), "error");
      }
    } finally {
      button.disabled = false;
    }
  }

  function done(reservation, sent) {
    const t = type();
    const place = reservation.placeId ? state.cat.place(reservation.placeId) : state.cat.placeOfCounter(reservation.counterId);
    const rows = [
      [tr("booking.recap.when"), tr("rdv.at", C.fmt.dayLong(reservation.start), C.fmt.time(reservation.start))],
      [tr("booking.recap.where"), (place ? place.name + ", " : "") + state.cat.counterName(reservation.counterId)],
      [tr("booking.recap.type"), C.rdv && t ? (t.settings.label + (sent.appointment.optionId ? " (" + state.cat.optionLabel(t.appointmentTypeId, sent.appointment.optionId) + ")" : "")) : ""],
      [tr("booking.recap.caller"), sent.appointment.citizen.fullName],
      [tr("booking.recap.status"), C.rdv.STATUS[reservation.status] || reservation.status],
      [tr("booking.recap.reference"), reservation.appointmentId]
    ];
    $("booking-recap").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", {}, k),
      el("dd", { id: k === tr("booking.recap.reference") ? "booking-reference" : null }, v)]));
    $("booking-done").dataset.appointmentId = reservation.appointmentId;
    $("booking-see-day").href = "/agent/agenda?date=" + C.fmt.localDate(reservation.start);
    $("booking-form").hidden = true;
    $("booking-done").hidden = false;
    say(tr("booking.done", sent.appointment.citizen.fullName, C.fmt.day(reservation.start), C.fmt.time(reservation.start))
      + (sent.appointment.citizen.mobile || sent.appointment.citizen.email ? " " + tr("booking.done.told") : ""), "success");
    $("booking-done-title").focus();
  }

  // The next caller often wants the same thing: keep the type, option and channel, clear the person.
  function again() {
    ["booking-name", "booking-mobile", "booking-email", "booking-remark"].forEach((id) => { $(id).value = ""; });
    $("booking-persons").value = "1";
    $("booking-from").value = C.dates.todayIso();
    $("booking-form").hidden = false;
    $("booking-done").hidden = true;
    say("", "info");
    renderAnts();
    clearSlots();
    if (type()) search();
    $("booking-type").focus();
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      state.me = await C.shell("prise-rdv");
    } catch (problem) { say(C.describe(problem), "error"); return; }
    if (!state.me.communeId) { say(tr("booking.no-commune"), "warning"); return; }
    try {
      state.cat = await C.rdv.catalog(state.me.communeId);
    } catch (problem) { say(C.describe(problem), "error"); return; }
    if (state.cat.failed.length && !state.cat.types.length) {
      say(tr("booking.types.failed", C.describe(state.cat.failed[0])), "error");
      return;
    }
    if (!state.cat.types.length) say(tr("booking.types.none"), "warning");
    state.cat.types.forEach((t) => $("booking-type").append(el("option", { value: t.appointmentTypeId }, t.settings.label)));
    state.cat.places.forEach((p) => $("booking-place").append(el("option", { value: p.placeId }, p.name)));
    state.cat.agents.forEach((a) => $("booking-agent").append(el("option", { value: a.agentId }, a.displayName)));
    state.from = C.dates.todayIso();
    $("booking-from").value = state.from;
    const preset = new URLSearchParams(location.search).get("motif");
    if (preset && state.cat.type(preset)) $("booking-type").value = preset;
    $("booking-type").addEventListener("change", onTypeChange);
    $("booking-option").addEventListener("change", () => { fieldError("booking-option", ""); search(); });
    $("booking-persons").addEventListener("change", () => { renderAnts(); if (type()) search(); });
    $("booking-place").addEventListener("change", () => type() && search());
    $("booking-agent").addEventListener("change", () => { if (byAgent()) search(); });
    $("booking-from").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); search(); } });
    $("booking-from").addEventListener("change", () => type() && search());
    $("booking-search").addEventListener("click", search);
    $("booking-next-week").addEventListener("click", () => {
      $("booking-from").value = C.dates.isoDate(C.dates.addDays(C.dates.parseDate($("booking-from").value || C.dates.todayIso()), 7));
      search();
    });
    $("booking-form").addEventListener("input", (e) => {
      if (e.target.id && e.target.getAttribute("aria-invalid") === "true" && $(e.target.id + "-error")) fieldError(e.target.id, "");
      if (e.target.id === "booking-email" || e.target.id === "booking-mobile") { fieldError("booking-mobile", ""); }
    });
    $("booking-form").addEventListener("submit", submit);
    $("booking-form").addEventListener("reset", () => setTimeout(() => { $("booking-from").value = C.dates.todayIso(); onTypeChange(); }, 0));
    $("booking-new").addEventListener("click", again);
    if (preset) onTypeChange();
    $("booking-type").focus();
  });
})();
