// The citizen's way (seed citizen-booking-walkthrough.txt): type, information, persons, contact, slot, recap, code.
// Plain JavaScript, no build step. Every state a citizen can meet says what happened and what to do next.
(function () {
  "use strict";

  const STEPS = ["type", "info", "persons", "contact", "slot", "recap", "code"];
  const params = new URLSearchParams(location.search);
  const path = location.pathname.split("/").filter(Boolean); // c, {commune}, [rdv, {token}]
  const communeId = params.get("commune") || (path[0] === "c" ? path[1] : null);
  const manageToken = path[2] === "rdv" ? path[3] : params.get("rdv");
  const state = {
    lang: localStorage.getItem("creneau.lang") || (params.get("lang") === "en" ? "en" : "fr"),
    portal: null, type: null, option: null, persons: 1, contact: null, antsNumbers: [], remark: "",
    weekStart: startOfWeek(new Date()), slot: null, reservation: null, history: [], managed: null,
    rescheduling: false
  };

  const $ = (id) => document.getElementById(id);
  const t = (key, ...args) => {
    const text = (window.CRENEAU_I18N[state.lang] || {})[key] || window.CRENEAU_I18N.fr[key] || key;
    return args.reduce((s, arg, i) => s.replace("{" + i + "}", arg), text);
  };

  // ---------- helpers ----------
  function startOfWeek(date) {
    const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    const shift = (d.getDay() + 6) % 7;
    d.setDate(d.getDate() - shift);
    return d;
  }
  function isoDate(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function addDays(d, n) { const c = new Date(d); c.setDate(c.getDate() + n); return c; }
  function zone() { return (state.portal && state.portal.timeZone) || "Europe/Paris"; }
  function locale() { return state.lang === "en" ? "en-GB" : "fr-FR"; }
  function fmtDay(instant) {
    return new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", timeZone: zone() }).format(new Date(instant));
  }
  function fmtTime(instant) {
    return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", timeZone: zone() }).format(new Date(instant));
  }
  function fmtShort(d) { return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long" }).format(d); }
  function hourIn(instant) {
    return Number(new Intl.DateTimeFormat("fr-FR", { hour: "numeric", hourCycle: "h23", timeZone: zone() }).format(new Date(instant)));
  }

  async function api(method, url, body) {
    let response;
    try {
      response = await fetch(url, {
        method, headers: { "Accept": "application/json, application/problem+json", "Content-Type": "application/json",
          "Accept-Language": state.lang },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      throw { network: true, detail: t("errNetwork") };
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw Object.assign({ status: response.status }, data || {}, { detail: (data && data.detail) || t("errNetwork") });
    }
    return data;
  }

  function showAlert(message, kind) {
    const alert = $("alert");
    alert.textContent = message;
    alert.className = "alert" + (kind === "info" ? " info" : "");
    alert.setAttribute("role", kind === "info" ? "status" : "alert");
    alert.hidden = !message;
  }
  function fieldError(input, errorId, message) {
    const error = $(errorId);
    error.textContent = message || "";
    error.hidden = !message;
    if (input) input.setAttribute("aria-invalid", message ? "true" : "false");
    return !message;
  }

  function show(step, remember = true) {
    const current = document.querySelector(".step:not([hidden])");
    if (current && remember && current.id !== "step-" + step) state.history.push(current.id.substring(5));
    document.querySelectorAll(".step").forEach((s) => { s.hidden = s.id !== "step-" + step; });
    const index = STEPS.indexOf(step);
    $("progress").textContent = index >= 0 ? t("step", index + 1, STEPS.length) : "";
    const title = document.querySelector("#step-" + step + " h2");
    document.title = (title ? title.textContent + " – " : "") + t("title") + " – Créneau";
    if (title) title.focus();
  }
  function back() {
    showAlert("");
    const previous = state.history.pop();
    if (previous) show(previous, false);
  }

  function translatePage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $("lang-switch").setAttribute("lang", state.lang === "fr" ? "en" : "fr");
  }

  function applyBranding() {
    const color = params.get("color");
    if (color && /^#?[0-9a-fA-F]{6}$/.test(color)) {
      document.documentElement.style.setProperty("--brand", color.startsWith("#") ? color : "#" + color);
    }
    const logo = params.get("logo");
    if (logo && /^https?:\/\//.test(logo)) { $("logo").src = logo; $("logo").alt = ""; $("logo").hidden = false; }
    if (params.get("embed") === "1") {
      document.body.classList.add("embedded");
      // the widget's frame on the commune's site grows with the page
      new ResizeObserver(() => window.parent.postMessage(
        { type: "creneau:height", height: document.documentElement.scrollHeight }, "*")).observe(document.body);
    }
  }

  // ---------- step 1: type ----------
  function renderTypes() {
    const list = $("type-list");
    list.replaceChildren();
    const types = state.portal.appointmentTypes || [];
    $("no-type").hidden = types.length > 0;
    types.forEach((type) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = type.label;
      const details = document.createElement("span");
      details.className = "choice-details";
      details.textContent = (type.durationMinutes ? type.durationMinutes + " min" : "");
      button.appendChild(details);
      button.addEventListener("click", () => chooseType(type));
      li.appendChild(button);
      list.appendChild(li);
    });
  }
  function chooseType(type) {
    state.type = type;
    state.option = null;
    $("step-info-title").textContent = type.label;
    $("type-details").textContent = type.details || "";
    $("type-information").textContent = type.citizenInformation || "";
    $("rgpd-text").textContent = type.rgpdText || state.portal.rgpdText ||
      "Vos données sont utilisées par la mairie uniquement pour gérer ce rendez-vous, puis effacées.";
    const options = type.options || [];
    $("option-fieldset").hidden = options.length === 0;
    const optionList = $("option-list");
    optionList.replaceChildren();
    options.forEach((option, i) => {
      const label = document.createElement("label");
      label.className = "radio";
      const input = document.createElement("input");
      input.type = "radio"; input.name = "option"; input.value = option.optionId; input.id = "option-" + i;
      label.htmlFor = input.id;
      label.append(input, document.createTextNode(option.label));
      optionList.appendChild(label);
    });
    fieldError(null, "option-error", "");
    show("info");
  }

  // ---------- step 2: information and option ----------
  $("info-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const options = state.type.options || [];
    if (options.length) {
      const checked = document.querySelector("input[name=option]:checked");
      if (!fieldError(null, "option-error", checked ? "" : t("errOption"))) {
        document.querySelector("input[name=option]").focus();
        return;
      }
      state.option = options.find((o) => o.optionId === checked.value);
    }
    const max = state.type.maxPersons || 1;
    if (max <= 1) { state.persons = 1; prepareContact(); return; }
    $("persons").max = max;
    $("persons-hint").textContent = t("personsHint", max);
    show("persons");
  });

  // ---------- step 3: persons ----------
  $("persons-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("persons");
    const max = state.type.maxPersons || 1;
    const value = Number(input.value);
    if (!fieldError(input, "persons-error", Number.isInteger(value) && value >= 1 && value <= max ? "" : t("errPersons", max))) {
      input.focus();
      return;
    }
    state.persons = value;
    prepareContact();
  });

  // ---------- step 4: contact ----------
  function prepareContact() {
    const ants = !!state.type.antsNumberRequired;
    $("ants-fieldset").hidden = !ants;
    const fields = $("ants-fields");
    const previous = state.antsNumbers;
    fields.replaceChildren();
    if (ants) {
      for (let i = 0; i < state.persons; i++) {
        const div = document.createElement("div");
        div.className = "field";
        const label = document.createElement("label");
        label.htmlFor = "ants-" + i;
        label.textContent = t("antsPerson", i + 1);
        const input = document.createElement("input");
        input.id = "ants-" + i; input.required = true; input.maxLength = 10; input.autocapitalize = "characters";
        input.value = previous[i] || "";
        input.setAttribute("aria-describedby", "ants-hint ants-" + i + "-error");
        const error = document.createElement("p");
        error.className = "field-error"; error.id = "ants-" + i + "-error"; error.hidden = true;
        div.append(label, input, error);
        fields.appendChild(div);
      }
    }
    show("contact");
  }
  $("contact-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = $("fullName"), email = $("email"), mobile = $("mobile");
    const checks = [
      fieldError(name, "fullName-error", name.value.trim() ? "" : t("errRequired")),
      fieldError(email, "email-error", !email.value.trim() ? t("errRequired")
        : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value.trim()) ? "" : t("errEmail")),
      fieldError(mobile, "mobile-error", !mobile.value.trim() ? t("errRequired")
        : /^(\+33|0033|0)[67](\s?\.?-?\d{2}){4}$/.test(mobile.value.trim()) ? "" : t("errMobile"))
    ];
    const antsNumbers = [];
    document.querySelectorAll("#ants-fields input").forEach((input, i) => {
      const value = input.value.trim().toUpperCase();
      checks.push(fieldError(input, "ants-" + i + "-error", /^[A-Z0-9]{10}$/.test(value) ? "" : t("errAnts")));
      antsNumbers.push(value);
    });
    if (checks.includes(false)) {
      document.querySelector("#contact-form [aria-invalid=true]").focus();
      return;
    }
    state.contact = { fullName: name.value.trim(), email: email.value.trim(), mobile: mobile.value.trim() };
    state.antsNumbers = antsNumbers;
    state.remark = $("remark").value.trim();
    show("slot");
    loadSlots();
  });

  // ---------- step 5: slots ----------
  async function loadSlots() {
    const from = state.weekStart, to = addDays(from, 6);
    $("week-label").textContent = t("weekOf", fmtShort(from), fmtShort(to));
    $("prev-week").disabled = from <= startOfWeek(new Date());
    $("slots-loading").hidden = false;
    $("slot-days").replaceChildren();
    $("no-slot").hidden = true;
    const query = new URLSearchParams({ appointmentTypeId: state.type.appointmentTypeId, from: isoDate(from),
      to: isoDate(to), persons: String(state.persons) });
    if (state.option) query.set("optionId", state.option.optionId);
    if ($("place-filter").value) query.set("placeId", $("place-filter").value);
    try {
      const data = await api("GET", "/api/booking/communes/" + encodeURIComponent(communeId) + "/availability?" + query);
      renderSlots(data.slots || []);
    } catch (e) {
      showAlert(e.detail);
    } finally {
      $("slots-loading").hidden = true;
    }
  }
  function renderSlots(slots) {
    const part = $("daypart-filter").value;
    const shown = slots.filter((s) => !part || (part === "MORNING" ? hourIn(s.start) < 12 : hourIn(s.start) >= 12));
    const byDay = new Map();
    shown.forEach((slot) => {
      const day = fmtDay(slot.start);
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(slot);
    });
    const container = $("slot-days");
    byDay.forEach((daySlots, day) => {
      const section = document.createElement("section");
      section.className = "day";
      const h3 = document.createElement("h3");
      h3.textContent = day;
      const ul = document.createElement("ul");
      ul.className = "slots";
      daySlots.forEach((slot) => {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "secondary";
        const dayText = document.createElement("span");
        dayText.className = "visually-hidden";
        dayText.textContent = day + ", ";
        button.append(dayText, document.createTextNode(fmtTime(slot.start)));
        if (slot.placeName) {
          const place = document.createElement("span");
          place.className = "slot-place"; place.textContent = slot.placeName;
          button.appendChild(place);
        }
        button.addEventListener("click", () => chooseSlot(slot));
        li.appendChild(button);
        ul.appendChild(li);
      });
      section.append(h3, ul);
      container.appendChild(section);
    });
    if (shown.length === 0) {
      const horizonWeeks = 26;
      const beyond = state.weekStart >= addDays(startOfWeek(new Date()), 7 * horizonWeeks);
      $("no-slot").textContent = beyond ? t("noSlotHorizon") : t("noSlotWeek");
      $("no-slot").hidden = false;
    }
  }
  $("prev-week").addEventListener("click", () => { state.weekStart = addDays(state.weekStart, -7); loadSlots(); });
  $("next-week").addEventListener("click", () => { state.weekStart = addDays(state.weekStart, 7); loadSlots(); });
  $("place-filter").addEventListener("change", loadSlots);
  $("daypart-filter").addEventListener("change", loadSlots);

  function chooseSlot(slot) {
    state.slot = slot;
    showAlert("");
    if (state.rescheduling) { reschedule(slot); return; }
    renderRecap($("recap-list"), {
      type: state.type.label, option: state.option && state.option.label, slot, persons: state.persons,
      contact: state.contact, bring: state.type.citizenInformation
    });
    show("recap");
  }

  function renderRecap(dl, r) {
    dl.replaceChildren();
    const add = (key, value) => {
      if (!value && value !== 0) return;
      const dt = document.createElement("dt"); dt.textContent = t(key);
      const dd = document.createElement("dd"); dd.textContent = value;
      dl.append(dt, dd);
    };
    add("rType", r.type);
    add("rOption", r.option);
    if (r.slot) add("rDate", t("slotAt", fmtDay(r.slot.start), fmtTime(r.slot.start)));
    if (r.slot) add("rPlace", [r.slot.placeName, r.slot.placeAddress].filter(Boolean).join(", "));
    add("rPersons", r.persons);
    if (r.contact) { add("rName", r.contact.fullName); add("rEmail", r.contact.email); add("rMobile", r.contact.mobile); }
    add("rBring", r.bring);
    add("rStatus", r.status);
  }

  // ---------- step 6: reserve ----------
  $("reserve").addEventListener("click", async () => {
    const button = $("reserve");
    button.disabled = true;
    try {
      state.reservation = await api("POST", "/api/booking/communes/" + encodeURIComponent(communeId) + "/reservations", {
        appointmentTypeId: state.type.appointmentTypeId, optionId: state.option ? state.option.optionId : null,
        counterId: state.slot.counterId, start: state.slot.start, persons: state.persons, citizen: state.contact,
        antsNumbers: state.antsNumbers, remark: state.remark || null, locale: state.lang
      });
      $("code-sent").textContent = t("codeSent", state.contact.mobile, state.contact.email);
      if (state.reservation.holdExpiresAt) $("hold-timer").textContent = t("holdUntil", fmtTime(state.reservation.holdExpiresAt));
      $("code").value = "";
      show("code");
    } catch (e) {
      if (e.status === 409) { backToSlots(t("errSlotTaken")); } else { showAlert(e.detail); }
    } finally {
      button.disabled = false;
    }
  });
  function backToSlots(message) {
    show("slot");
    showAlert(message);
    loadSlots();
  }

  // ---------- step 7: code ----------
  $("code-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("code");
    const code = input.value.replace(/\s/g, "");
    if (!fieldError(input, "code-error", /^\d{6}$/.test(code) ? "" : t("errCode"))) { input.focus(); return; }
    try {
      const result = await api("POST", "/api/booking/appointments/" + encodeURIComponent(state.reservation.appointmentId)
        + "/confirmation", { code });
      done(result);
    } catch (e) {
      if (e.status === 410 || (e.status === 409 && e.triesLeft === undefined)) { backToSlots(t("errHoldExpired")); return; }
      fieldError(input, "code-error", e.detail);
      input.focus();
    }
  });
  $("resend").addEventListener("click", async () => {
    try {
      await api("POST", "/api/booking/appointments/" + encodeURIComponent(state.reservation.appointmentId) + "/code");
      showAlert(t("codeResent"), "info");
    } catch (e) {
      showAlert(e.detail);
    }
  });
  function done(result) {
    const awaiting = result && result.status === "AWAITING_APPROVAL";
    $("step-done-title").textContent = t(awaiting ? "awaitingTitle" : "doneTitle");
    $("done-text").textContent = t(awaiting ? "awaitingText" : "doneText");
    renderRecap($("done-recap"), { type: state.type.label, option: state.option && state.option.label, slot: state.slot,
      persons: state.persons, bring: state.type.citizenInformation });
    state.history = [];
    show("done", false);
  }

  // ---------- manage an appointment (link from the messages) ----------
  async function openManaged() {
    try {
      state.managed = await api("GET", "/api/booking/manage/" + encodeURIComponent(manageToken));
      renderManaged();
      show("manage", false);
      if (params.get("action") === "cancel") askCancel();
    } catch (e) {
      showAlert(e.status === 404 ? t("errManage") : e.detail);
    }
  }
  function renderManaged() {
    const m = state.managed, a = m.appointment || {};
    renderRecap($("manage-recap"), { type: a.appointmentTypeLabel, option: a.optionLabel,
      slot: a.start ? { start: a.start, placeName: a.placeName, placeAddress: a.placeAddress } : null,
      persons: a.persons, status: m.statusLabel || m.status });
    const active = !["CANCELLED", "UNSCHEDULED", "ATTENDED", "NO_SHOW", "EXPIRED", "REFUSED"].includes(m.status);
    $("manage-actions").hidden = !active;
  }
  function askCancel() { $("cancel-confirm").hidden = false; $("cancel-no").focus(); }
  $("manage-cancel").addEventListener("click", askCancel);
  $("cancel-no").addEventListener("click", () => { $("cancel-confirm").hidden = true; $("manage-cancel").focus(); });
  $("cancel-yes").addEventListener("click", async () => {
    try {
      await api("POST", "/api/booking/manage/" + encodeURIComponent(manageToken) + "/cancellation", {});
      $("cancel-confirm").hidden = true;
      state.managed = await api("GET", "/api/booking/manage/" + encodeURIComponent(manageToken));
      renderManaged();
      showAlert(t("cancelled"), "info");
    } catch (e) {
      showAlert(e.detail);
    }
  });
  $("manage-reschedule").addEventListener("click", () => {
    const a = state.managed.appointment;
    state.rescheduling = true;
    state.type = (state.portal.appointmentTypes || []).find((x) => x.appointmentTypeId === a.appointmentTypeId)
      || { appointmentTypeId: a.appointmentTypeId, label: a.appointmentTypeLabel };
    state.option = a.optionId ? { optionId: a.optionId, label: a.optionLabel } : null;
    state.persons = a.persons || 1;
    show("slot");
    loadSlots();
  });
  async function reschedule(slot) {
    try {
      await api("POST", "/api/booking/manage/" + encodeURIComponent(manageToken) + "/reschedule",
        { counterId: slot.counterId, start: slot.start });
      state.rescheduling = false;
      state.managed = await api("GET", "/api/booking/manage/" + encodeURIComponent(manageToken));
      renderManaged();
      state.history = [];
      show("manage", false);
      showAlert(t("rescheduled"), "info");
    } catch (e) {
      if (e.status === 409) { showAlert(t("errSlotTaken")); loadSlots(); } else { showAlert(e.detail); }
    }
  }

  // ---------- start ----------
  document.querySelectorAll("[data-back]").forEach((b) => b.addEventListener("click", back));
  $("lang-switch").addEventListener("click", () => {
    state.lang = state.lang === "fr" ? "en" : "fr";
    localStorage.setItem("creneau.lang", state.lang);
    translatePage();
    const current = document.querySelector(".step:not([hidden])");
    if (current) show(current.id.substring(5), false);
  });

  async function start() {
    applyBranding();
    translatePage();
    if (!communeId) { showAlert(t("errUnknownCommune")); return; }
    try {
      state.portal = await api("GET", "/api/booking/communes/" + encodeURIComponent(communeId) + "/portal");
    } catch (e) {
      showAlert(e.status === 404 ? t("errUnknownCommune") : e.detail);
      return;
    }
    $("commune-name").textContent = state.portal.name || communeId;
    (state.portal.places || []).forEach((place) => {
      const option = document.createElement("option");
      option.value = place.placeId; option.textContent = place.name;
      $("place-filter").appendChild(option);
    });
    renderTypes();
    if (manageToken) { openManaged(); } else { show("type", false); }
  }
  start();
})();
