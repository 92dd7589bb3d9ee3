// The citizen's way (seed citizen-booking-walkthrough.txt): type, information, persons, contact, slot, recap, code.
// Plain JavaScript, no build step. Every state a citizen can meet says what happened and what to do next.
// Addresses: /c/{commune} books; /gerer/{token} (the link in the messages) manages, /gerer/{token}/annulation opens
// the "are you sure" step, /gerer/{token}?creneau={start}&guichet={counter} offers a slot the mairie proposed;
// /c/{commune}?motif={type}&creneau={start}&guichet={counter} (option, personnes) books a slot chosen on the
// national ANTS site, which keeps it until the contact step is done.
(function () {
  "use strict";

  const STEPS = ["type", "info", "persons", "contact", "slot", "recap", "code"];
  const INACTIVE = ["CANCELLED", "UNSCHEDULED", "ATTENDED", "NO_SHOW", "EXPIRED", "REFUSED", "MOVED"];
  const params = new URLSearchParams(location.search);
  const path = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const managing = path[0] === "gerer" || path[2] === "rdv" || params.has("rdv");
  const manageToken = path[0] === "gerer" ? path[1] : path[2] === "rdv" ? path[3] : params.get("rdv");
  const askingCancel = (path[0] === "gerer" && path[2] === "annulation") || params.get("action") === "cancel";
  const proposed = params.get("creneau") && params.get("guichet")
    ? { start: params.get("creneau"), counterId: params.get("guichet") } : null;
  let communeId = params.get("commune") || (path[0] === "c" ? path[1] : null);

  const state = {
    lang: params.get("lang") === "en" || params.get("lang") === "fr" ? params.get("lang")
      : (storedLang() || "fr"),
    portal: null, type: null, option: null, agentId: null, persons: 1, contact: null, antsNumbers: [], remark: "",
    weekStart: startOfWeek(new Date()), slot: null, presetSlot: null, reservation: null, history: [],
    managed: null, rescheduling: false, holdTimer: null
  };

  const $ = (id) => document.getElementById(id);
  const t = (key, ...args) => {
    const text = (window.CRENEAU_I18N[state.lang] || {})[key] || window.CRENEAU_I18N.fr[key] || key;
    return args.reduce((s, arg, i) => s.replace("{" + i + "}", arg), text);
  };

  // ---------- helpers ----------
  function storedLang() {
    try { return localStorage.getItem("creneau.lang"); } catch (e) { return null; }
  }
  function startOfWeek(date) {
    const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    d.setDate(d.getDate() - (d.getDay() + 6) % 7);
    return d;
  }
  function isoDate(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function addDays(d, n) { const c = new Date(d); c.setDate(c.getDate() + n); return c; }
  function zone() { return (state.portal && state.portal.timeZone) || "Europe/Paris"; }
  function locale() { return state.lang === "en" ? "en-GB" : "fr-FR"; }
  function fmtDay(instant) {
    return new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", timeZone: zone() })
      .format(new Date(instant));
  }
  function fmtTime(instant) {
    return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", timeZone: zone() }).format(new Date(instant));
  }
  function fmtShort(d) { return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long" }).format(d); }
  function dayIn(instant) { // the commune's calendar day of an instant, as a local Date at midnight
    const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone() })
      .format(new Date(instant)).split("-").map(Number);
    return new Date(parts[0], parts[1] - 1, parts[2]);
  }
  function placeOf(placeId) {
    return ((state.portal && state.portal.places) || []).find((p) => p.placeId === placeId) || null;
  }
  function communePath() { return "/api/booking/communes/" + encodeURIComponent(communeId); }

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
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!response.ok) {
      const fallback = response.status === 429 ? t("errTooMany") : t("errNetwork");
      throw Object.assign({ status: response.status }, data || {}, { detail: (data && data.detail) || fallback });
    }
    return data;
  }

  function showAlert(message, kind) {
    const alert = $("alert");
    alert.textContent = message || "";
    alert.className = "alert" + (kind === "info" ? " info" : "");
    alert.setAttribute("role", kind === "info" ? "status" : "alert");
    alert.hidden = !message;
    // the message sits above the step's title, which takes the focus: keep both in sight
    if (message && alert.scrollIntoView) alert.scrollIntoView({ block: "nearest" });
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
    document.body.dataset.step = step;
    const index = STEPS.indexOf(step);
    $("progress").textContent = index >= 0 && !state.rescheduling ? t("step", index + 1, STEPS.length) : "";
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
    document.querySelectorAll("[data-i18n-label]").forEach((el) => el.setAttribute("aria-label", t(el.dataset.i18nLabel)));
    $("lang-switch").setAttribute("lang", state.lang === "fr" ? "en" : "fr");
  }

  // ---------- the commune's colours and logo (widget) ----------
  function luminance(hex) {
    const c = [1, 3, 5].map((i) => parseInt(hex.substr(i, 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
  function setColour(color, textColor) {
    const root = document.documentElement.style;
    root.setProperty("--brand", color);
    // text on the brand colour and the brand colour as text on white both keep a 4.5:1 contrast (WCAG AA)
    const text = textColor && contrast(color, textColor) >= 4.5 ? textColor
      : contrast(color, "#ffffff") >= 4.5 ? "#ffffff" : contrast(color, "#161616") >= 4.5 ? "#161616" : "#000000";
    root.setProperty("--brand-contrast", text);
    root.setProperty("--brand-ink", contrast(color, "#ffffff") >= 4.5 ? color : "#161616");
  }
  function setLogo(address, alt) {
    $("logo").src = address; $("logo").alt = alt || ""; $("logo").hidden = false;
  }
  // The widget's attributes (the commune's own site) win; /c/{commune} opened directly takes what the commune's
  // administrator set in the back office, so that both look the same.
  async function loadBranding() {
    if (!communeId) return;
    let branding;
    try {
      branding = await api("GET", "/api/branding/communes/" + encodeURIComponent(communeId));
    } catch (e) {
      return; // the platform's colours
    }
    if (!params.get("color") && branding.color && /^#[0-9a-f]{6}$/.test(branding.color)) {
      setColour(branding.color, branding.textColor);
    }
    if (!params.get("logo") && branding.logo && /^(https:\/\/|\/api\/branding\/)/.test(branding.logo)) {
      setLogo(branding.logo, branding.logoAlt);
    }
  }
  function applyBranding() {
    const raw = params.get("color");
    if (raw && /^#?[0-9a-fA-F]{6}$/.test(raw)) {
      setColour((raw.startsWith("#") ? raw : "#" + raw).toLowerCase(), null);
    }
    const logo = params.get("logo");
    if (logo && /^https?:\/\//.test(logo)) setLogo(logo, params.get("logoAlt"));
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
    $("suspended").hidden = !state.portal.suspended;
    $("no-type").hidden = types.length > 0 || !!state.portal.suspended;
    types.forEach((type) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.dataset.typeId = type.appointmentTypeId;
      button.textContent = type.label;
      const details = document.createElement("span");
      details.className = "choice-details";
      details.textContent = [type.durationMinutes ? t("minutes", type.durationMinutes) : "",
        type.approvalRequired ? t("needsApproval") : ""].filter(Boolean).join(" · ");
      button.appendChild(details);
      button.addEventListener("click", () => chooseType(type));
      li.appendChild(button);
      list.appendChild(li);
    });
  }
  function chooseType(type) {
    state.type = type;
    state.option = null;
    state.agentId = null;
    showAlert("");
    $("step-info-title").textContent = type.label;
    $("type-details").textContent = type.details || "";
    $("type-information").textContent = type.citizenInformation || "";
    $("type-information-box").hidden = !type.citizenInformation;
    $("rgpd-text").textContent = type.rgpdText || t("rgpdDefault");
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
    const agents = type.bookableWith === "AGENT" ? (type.agents || []) : [];
    $("agent-field").hidden = agents.length === 0;
    const select = $("agent");
    select.replaceChildren(new Option(t("pickAgent"), ""));
    agents.forEach((agent) => select.appendChild(new Option(agent.displayName, agent.agentId)));
    fieldError(select, "agent-error", "");
    show("info");
  }

  // ---------- step 2: information, option and the person met ----------
  $("info-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const options = state.type.options || [];
    const checks = [];
    if (options.length) {
      const checked = document.querySelector("input[name=option]:checked");
      checks.push(fieldError(null, "option-error", checked ? "" : t("errOption")));
      state.option = checked ? options.find((o) => o.optionId === checked.value) : null;
    }
    if (!$("agent-field").hidden) {
      checks.push(fieldError($("agent"), "agent-error", $("agent").value ? "" : t("errAgent")));
      state.agentId = $("agent").value || null;
    }
    if (checks.includes(false)) {
      (document.querySelector("#info-form [aria-invalid=true]") || document.querySelector("input[name=option]")).focus();
      return;
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
        label.append(document.createTextNode(t("antsPerson", i + 1) + " "));
        const star = document.createElement("span");
        star.setAttribute("aria-hidden", "true"); star.textContent = "*";
        label.appendChild(star);
        const input = document.createElement("input");
        input.id = "ants-" + i; input.required = true; input.maxLength = 10; input.autocapitalize = "characters";
        input.setAttribute("aria-required", "true"); input.spellcheck = false; input.autocomplete = "off";
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
        : /^(\+33|0033|0)\s?[67](\s?\.?-?\d{2}){4}$/.test(mobile.value.trim()) ? "" : t("errMobile"))
    ];
    const antsNumbers = [];
    document.querySelectorAll("#ants-fields input").forEach((input, i) => {
      const value = input.value.replace(/\s/g, "").toUpperCase();
      const seen = antsNumbers.includes(value);
      checks.push(fieldError(input, "ants-" + i + "-error", !value ? t("errRequired")
        : !/^[A-Z0-9]{10}$/.test(value) ? t("errAnts") : seen ? t("errAntsTwice") : ""));
      antsNumbers.push(value);
    });
    if (checks.includes(false)) {
      showAlert(t("errForm"));
      document.querySelector("#contact-form [aria-invalid=true]").focus();
      return;
    }
    showAlert("");
    state.contact = { fullName: name.value.trim(), email: email.value.trim(), mobile: mobile.value.trim() };
    state.antsNumbers = antsNumbers;
    state.remark = $("remark").value.trim();
    if (state.presetSlot) { chooseSlot(state.presetSlot); return; }
    show("slot");
    loadSlots();
  });

  // ---------- step 5: slots ----------
  function slotQuery(from, to, limit) {
    const query = new URLSearchParams({ appointmentTypeId: state.type.appointmentTypeId, from: isoDate(from),
      to: isoDate(to), persons: String(state.persons) });
    if (state.option) query.set("optionId", state.option.optionId);
    if (state.agentId) query.set("agentId", state.agentId);
    if ($("place-filter").value) query.set("placeId", $("place-filter").value);
    if ($("daypart-filter").value) query.set("partOfDay", $("daypart-filter").value);
    if (limit) query.set("limit", String(limit));
    return communePath() + "/availability?" + query;
  }
  async function loadSlots() {
    const from = state.weekStart, to = addDays(from, 6);
    $("week-label").textContent = t("weekOf", fmtShort(from), fmtShort(to));
    $("prev-week").disabled = from <= startOfWeek(new Date());
    $("slots-loading").hidden = false;
    $("slot-days").replaceChildren();
    $("no-slot-box").hidden = true;
    try {
      const data = await api("GET", slotQuery(from, to));
      renderSlots(data.slots || []);
      if (!(data.slots || []).length) await offerFirstFree(addDays(to, 1));
    } catch (e) {
      showAlert(e.detail);
    } finally {
      $("slots-loading").hidden = true;
    }
  }
  function slotButton(slot, withDay) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary slot";
    button.dataset.counterId = slot.counterId;
    button.dataset.start = slot.start;
    const day = fmtDay(slot.start);
    const dayText = document.createElement("span");
    dayText.className = withDay ? "slot-day" : "visually-hidden";
    dayText.textContent = withDay ? day + " " : day + ", ";
    button.append(dayText, document.createTextNode(fmtTime(slot.start)));
    if (slot.placeName) {
      const place = document.createElement("span");
      place.className = "slot-place"; place.textContent = slot.placeName;
      button.appendChild(place);
    }
    button.addEventListener("click", () => chooseSlot(slot));
    return button;
  }
  function renderSlots(slots) {
    const byDay = new Map();
    slots.forEach((slot) => {
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
        li.appendChild(slotButton(slot, false));
        ul.appendChild(li);
      });
      section.append(h3, ul);
      container.appendChild(section);
    });
  }
  // An empty week: look ahead (as far as the service answers in one go) for the first free slot, or say there is none.
  async function offerFirstFree(from) {
    let next = null;
    try {
      const data = await api("GET", slotQuery(from, addDays(from, 90), 1));
      next = (data.slots || [])[0] || null;
    } catch (e) {
      next = null;
    }
    $("no-slot-box").hidden = false;
    const button = $("first-free");
    if (next) {
      $("no-slot").textContent = t("noSlotWeek");
      button.textContent = t("firstFree", fmtDay(next.start), fmtTime(next.start));
      button.onclick = () => { state.weekStart = startOfWeek(dayIn(next.start)); loadSlots(); };
      button.hidden = false;
      $("next-week").disabled = false;
    } else {
      $("no-slot").textContent = t("noSlotHorizon");
      button.hidden = true;
      $("next-week").disabled = true;
    }
  }
  $("prev-week").addEventListener("click", () => { state.weekStart = addDays(state.weekStart, -7); loadSlots(); });
  $("next-week").addEventListener("click", () => { state.weekStart = addDays(state.weekStart, 7); loadSlots(); });
  $("place-filter").addEventListener("change", loadSlots);
  $("daypart-filter").addEventListener("change", loadSlots);

  function showAlternatives(slots) {
    const list = $("alternative-list");
    list.replaceChildren();
    (slots || []).forEach((slot) => {
      const li = document.createElement("li");
      li.appendChild(slotButton(slot, true));
      list.appendChild(li);
    });
    $("alternatives").hidden = !(slots && slots.length);
  }

  function chooseSlot(slot) {
    state.slot = slot;
    showAlert("");
    $("alternatives").hidden = true;
    if (state.rescheduling) { reschedule(slot); return; }
    renderRecap($("recap-list"), {
      type: state.type.label, option: state.option && state.option.label, agent: agentName(), slot,
      persons: state.persons, contact: state.contact, ants: state.antsNumbers.join(", "),
      remark: state.remark, bring: state.type.citizenInformation
    });
    show("recap");
  }
  function agentName() {
    const agent = (state.type.agents || []).find((a) => a.agentId === state.agentId);
    return agent ? agent.displayName : null;
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
    add("rAgent", r.agent);
    if (r.slot) add("rDate", t("slotAt", fmtDay(r.slot.start), fmtTime(r.slot.start)));
    if (r.slot) {
      const place = placeOf(r.slot.placeId);
      add("rPlace", [r.slot.placeName || (place && place.name), r.slot.placeAddress || (place && place.address)]
        .filter(Boolean).join(", "));
    }
    add("rPersons", r.persons);
    if (r.contact) { add("rName", r.contact.fullName); add("rEmail", r.contact.email); add("rMobile", r.contact.mobile); }
    add("rAnts", r.ants);
    add("rRemark", r.remark);
    add("rBring", r.bring);
    add("rStatus", r.status);
    add("rReference", r.reference);
  }

  // ---------- step 6: reserve ----------
  $("reserve").addEventListener("click", async () => {
    const button = $("reserve");
    button.disabled = true;
    try {
      state.reservation = await api("POST", communePath() + "/reservations", {
        appointmentTypeId: state.type.appointmentTypeId, optionId: state.option ? state.option.optionId : null,
        agentId: state.agentId, counterId: state.slot.counterId, start: state.slot.start, persons: state.persons,
        citizen: state.contact, antsNumbers: state.antsNumbers, remark: state.remark || null, locale: state.lang
      });
      state.presetSlot = null;
      $("code-sent").textContent = t("codeSent", state.contact.mobile, state.contact.email);
      startHoldTimer(state.reservation.holdExpiresAt);
      $("code").value = "";
      fieldError($("code"), "code-error", "");
      show("code");
      // what the ANTS said of the numbers (an appointment elsewhere, no answer): the citizen reads it here
      const notices = state.reservation.antsNotices || [];
      if (notices.length) showAlert(notices.join(" "), "info");
    } catch (e) {
      if (e.status === 409 && e.alternatives) {
        slotTaken(e.alternatives);
      } else {
        showAlert(e.detail);
      }
    } finally {
      button.disabled = false;
    }
  });
  function slotTaken(alternatives) {
    state.presetSlot = null;
    if (state.slot) state.weekStart = startOfWeek(dayIn(state.slot.start));
    show("slot");
    showAlert(t(alternatives.length ? "errSlotTaken" : "errSlotTakenNoOther"));
    showAlternatives(alternatives);
    loadSlots();
  }
  function backToSlots(message) {
    stopHoldTimer();
    state.presetSlot = null;
    state.history = state.history.filter((s) => STEPS.indexOf(s) >= 0 && STEPS.indexOf(s) < STEPS.indexOf("slot"));
    show("slot");
    showAlert(message);
    loadSlots();
  }

  // ---------- step 7: code ----------
  function startHoldTimer(expiresAt) {
    stopHoldTimer();
    $("hold-timer").textContent = expiresAt ? t("holdUntil", fmtTime(expiresAt)) : "";
    if (!expiresAt) return;
    state.holdTimer = setInterval(() => {
      if (Date.now() >= new Date(expiresAt).getTime() && !$("step-code").hidden) {
        backToSlots(t("errHoldExpired"));
      }
    }, 1000);
  }
  function stopHoldTimer() { if (state.holdTimer) clearInterval(state.holdTimer); state.holdTimer = null; }

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
      if (e.triesLeft === 0) { backToSlots(e.detail); return; }
      fieldError(input, "code-error", e.detail);
      input.select();
      input.focus();
    }
  });
  $("resend").addEventListener("click", async () => {
    try {
      await api("POST", "/api/booking/appointments/" + encodeURIComponent(state.reservation.appointmentId) + "/code");
      showAlert(t("codeResent"), "info");
    } catch (e) {
      if (e.status === 409) { backToSlots(t("errHoldExpired")); return; }
      showAlert(e.detail);
    }
  });
  function done(result) {
    stopHoldTimer();
    const awaiting = result && result.status === "AWAITING_APPROVAL";
    $("step-done-title").textContent = t(awaiting ? "awaitingTitle" : "doneTitle");
    $("done-text").textContent = t(awaiting ? "awaitingText" : "doneText");
    renderRecap($("done-recap"), { type: state.type.label, option: state.option && state.option.label,
      agent: agentName(), slot: state.slot, persons: state.persons, bring: state.type.citizenInformation });
    state.history = [];
    showAlert("");
    show("done", false);
  }

  // ---------- manage an appointment (the link in the messages) ----------
  async function loadManaged() {
    state.managed = await api("GET", "/api/booking/manage/" + encodeURIComponent(manageToken));
  }
  function renderManaged() {
    const a = state.managed;
    const active = !INACTIVE.includes(a.status);
    renderRecap($("manage-recap"), { type: a.appointmentTypeLabel, option: a.optionLabel,
      slot: a.start ? { start: a.start, placeId: a.placeId, placeName: a.placeName, placeAddress: a.placeAddress } : null,
      persons: a.persons, status: t("status" + a.status), reference: a.reference });
    // a suspended commune takes no new slot: its citizens may cancel or correct their details, not move nor book again
    const suspended = !!(state.portal && state.portal.suspended);
    $("manage-actions").hidden = !active;
    $("manage-reschedule").hidden = suspended;
    $("manage-suspended").hidden = !suspended;
    $("manage-again").hidden = active || suspended;
    // a new booking for the same reason starts at its information step
    const again = new URLSearchParams({ motif: a.appointmentTypeId });
    if (state.lang === "en") again.set("lang", "en");
    $("manage-again-link").href = "/c/" + encodeURIComponent(a.communeId) + "?" + again;
    if (!active) $("cancel-confirm").hidden = true;
    loadWaiting();
  }
  async function openManaged() {
    try {
      await loadManaged();
    } catch (e) {
      showAlert(e.status === 404 ? t("errManage") : e.detail);
      return false;
    }
    communeId = state.managed.communeId;
    return true;
  }
  function afterManagedOpened() {
    renderManaged();
    show("manage", false);
    if (proposed && !state.portal.suspended) { offerProposedSlot(); return; }
    if (askingCancel) {
      if (INACTIVE.includes(state.managed.status)) { showAlert(t("alreadyInactive"), "info"); } else { askCancel(); }
    }
  }
  // A slot the mairie proposed in a message: checked against what is free now, then offered in one click.
  async function offerProposedSlot() {
    const a = state.managed;
    const type = findType(a.appointmentTypeId);
    if (!type) { showAlert(t("errProposedType")); return; }
    useTypeOf(a, type);
    let slot = null;
    try {
      const day = dayIn(proposed.start);
      const data = await api("GET", slotQuery(day, day));
      slot = (data.slots || []).find((s) => s.counterId === proposed.counterId
        && new Date(s.start).getTime() === new Date(proposed.start).getTime()) || null;
    } catch (e) {
      slot = null;
    }
    if (!slot) {
      showAlert(t("errProposedGone"));
      $("proposal").hidden = true;
      return;
    }
    state.slot = slot;
    const active = !INACTIVE.includes(a.status);
    $("proposal-text").textContent = t(active ? "proposalMove" : "proposalBook", fmtDay(slot.start), fmtTime(slot.start),
      slot.placeName || "");
    $("proposal-yes").textContent = t(active ? "proposalMoveYes" : "proposalBookYes");
    $("proposal").hidden = false;
    $("proposal-yes").focus();
  }
  // A slot chosen on the national site: checked against what is free now, then taken after the contact step.
  async function presetFromLink() {
    const persons = parseInt(params.get("personnes") || "1", 10);
    if (persons >= 1 && persons <= 20) { state.persons = persons; $("persons").value = String(persons); }
    const option = (state.type.options || []).find((o) => o.optionId === params.get("option"));
    if (option) {
      state.option = option;
      const input = document.querySelector("input[name=option][value='" + CSS.escape(option.optionId) + "']");
      if (input) input.checked = true;
    }
    let slot = null;
    try {
      const day = dayIn(proposed.start);
      const data = await api("GET", slotQuery(day, day));
      slot = (data.slots || []).find((s) => s.counterId === proposed.counterId
        && new Date(s.start).getTime() === new Date(proposed.start).getTime()) || null;
    } catch (e) {
      slot = null;
    }
    if (slot) {
      state.presetSlot = slot;
      $("step-info-title").textContent = state.type.label + " · " + t("slotAt", fmtDay(slot.start), fmtTime(slot.start));
    } else {
      showAlert(t("errProposedGone"));
    }
  }
  function findType(typeId) {
    return ((state.portal && state.portal.appointmentTypes) || []).find((x) => x.appointmentTypeId === typeId) || null;
  }
  function useTypeOf(a, type) {
    state.type = type;
    state.option = a.optionId ? { optionId: a.optionId, label: a.optionLabel } : null;
    state.persons = a.persons || 1;
  }
  $("proposal-yes").addEventListener("click", () => {
    $("proposal").hidden = true;
    if (!INACTIVE.includes(state.managed.status)) { reschedule(state.slot); return; }
    // the old appointment is over (cancelled or unscheduled by the mairie): a new booking on the proposed slot
    state.presetSlot = state.slot;
    state.history = [];
    prepareContact();
  });
  $("proposal-no").addEventListener("click", () => {
    $("proposal").hidden = true;
    if (!INACTIVE.includes(state.managed.status)) { startReschedule(); return; }
    state.history = [];
    show("type");
  });

  // ---------- waiting list: be offered an earlier slot of the same type and place ----------
  function waitingUrl(suffix) {
    return "/api/booking/manage/" + encodeURIComponent(manageToken) + "/waiting-list" + (suffix || "");
  }
  async function loadWaiting() {
    if (state.managed.status !== "CONFIRMED") { $("waiting").hidden = true; return; }
    try { renderWaiting(await api("GET", waitingUrl())); } catch (e) { $("waiting").hidden = true; }
  }
  function renderWaiting(w) {
    $("waiting").hidden = false;
    $("waiting-join").hidden = w.waiting;
    $("waiting-leave").hidden = !w.waiting;
    $("waiting-status").textContent = w.waiting ? t("waitingOn") : "";
    $("proposition").hidden = !w.offer;
    if (w.offer) {
      $("waiting-offer-text").textContent = t("waitingOffer", fmtDay(w.offer.start), fmtTime(w.offer.start),
        fmtTime(w.offer.expiresAt));
    }
  }
  async function waitingAction(method, suffix, then) {
    try {
      const answer = await api(method, waitingUrl(suffix), method === "DELETE" ? undefined : {});
      showAlert("");
      await then(answer);
    } catch (e) {
      showAlert(e.detail);
      loadWaiting();
    }
  }
  $("waiting-join").addEventListener("click", () => waitingAction("POST", "", (w) => {
    renderWaiting(w);
    $("waiting-leave").focus();
  }));
  $("waiting-leave").addEventListener("click", () => waitingAction("DELETE", "", (w) => {
    renderWaiting(w);
    $("waiting-status").textContent = t("waitingOff");
    $("waiting-join").focus();
  }));
  $("waiting-decline").addEventListener("click", () => waitingAction("POST", "/offer/declination", (w) => {
    renderWaiting(w);
    $("waiting-status").textContent = t("waitingDeclined");
    $("waiting-leave").focus();
  }));
  $("waiting-accept").addEventListener("click", () => waitingAction("POST", "/offer/acceptance", async () => {
    await loadManaged();
    renderManaged();
    showAlert(t("rescheduled"), "info");
    $("step-manage-title").focus();
  }));

  function askCancel() { $("cancel-confirm").hidden = false; $("cancel-no").focus(); }
  $("manage-cancel").addEventListener("click", askCancel);
  $("cancel-no").addEventListener("click", () => { $("cancel-confirm").hidden = true; $("manage-cancel").focus(); });
  $("cancel-yes").addEventListener("click", async () => {
    try {
      await api("POST", "/api/booking/manage/" + encodeURIComponent(manageToken) + "/cancellation", {});
      $("cancel-confirm").hidden = true;
      await loadManaged();
      renderManaged();
      showAlert(t("cancelled"), "info");
      $("step-manage-title").focus();
    } catch (e) {
      showAlert(e.detail);
    }
  });
  function startReschedule() {
    const a = state.managed;
    const type = findType(a.appointmentTypeId);
    if (!type) { showAlert(t("errProposedType")); return; }
    useTypeOf(a, type);
    state.agentId = a.agentId && type.bookableWith === "AGENT" ? a.agentId : null;
    state.rescheduling = true;
    state.weekStart = startOfWeek(new Date());
    show("slot");
    loadSlots();
  }
  $("manage-reschedule").addEventListener("click", startReschedule);

  // ---------- edit the appointment's details (only what the citizen fills in is sent) ----------
  function openEdit() {
    const a = state.managed;
    const type = findType(a.appointmentTypeId);
    const options = (type && type.options) || [];
    const select = $("edit-option");
    select.replaceChildren(...options.map((o) => new Option(o.label, o.optionId, false, o.optionId === a.optionId)));
    $("edit-option-box").hidden = options.length === 0;
    $("edit-persons").value = a.persons || 1;
    if (type) $("edit-persons").max = Math.max(1, type.maxPersons || 1);
    $("edit-form").hidden = false;
    $("manage-edit").setAttribute("aria-expanded", "true");
    $("edit-title").focus();
  }
  function closeEdit() {
    $("edit-form").reset();
    $("edit-form").hidden = true;
    $("manage-edit").setAttribute("aria-expanded", "false");
  }
  function editBody() {
    const a = state.managed;
    const body = {};
    const text = (id) => $(id).value.trim();
    if (text("edit-fullName")) body.fullName = text("edit-fullName");
    if (text("edit-email")) body.email = text("edit-email");
    if (text("edit-mobile")) body.mobile = text("edit-mobile");
    if (text("edit-remark")) body.remark = text("edit-remark");
    if (text("edit-ants")) body.antsNumbers = text("edit-ants").toUpperCase().split(/[\s,;]+/).filter(Boolean);
    const persons = parseInt($("edit-persons").value, 10);
    if (persons && persons !== a.persons) body.persons = persons;
    if (!$("edit-option-box").hidden && $("edit-option").value !== a.optionId) body.optionId = $("edit-option").value;
    return body;
  }
  $("manage-edit").addEventListener("click", () => ($("edit-form").hidden ? openEdit() : closeEdit()));
  $("edit-close").addEventListener("click", () => { closeEdit(); $("manage-edit").focus(); });
  $("edit-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const email = $("edit-email");
    const emailOk = fieldError(email, "edit-email-error", email.value.trim() && !email.checkValidity() ? t("errEmail") : "");
    const mobile = $("edit-mobile");
    const mobileOk = fieldError(mobile, "edit-mobile-error",
      mobile.value.trim() && !/^\+?[0-9 .-]{8,20}$/.test(mobile.value.trim()) ? t("errMobile") : "");
    if (!emailOk || !mobileOk) { showAlert(t("errForm")); (emailOk ? mobile : email).focus(); return; }
    const body = editBody();
    if (Object.keys(body).length === 0) { showAlert(t("editNothing"), "info"); return; }
    try {
      state.managed = await api("PATCH", "/api/booking/manage/" + encodeURIComponent(manageToken), body);
      closeEdit();
      renderManaged();
      showAlert(t("edited"), "info");
      $("step-manage-title").focus();
    } catch (e) {
      showAlert(e.detail);
    }
  });
  async function reschedule(slot) {
    try {
      await api("POST", "/api/booking/manage/" + encodeURIComponent(manageToken) + "/reschedule",
        { counterId: slot.counterId, start: slot.start });
      state.rescheduling = false;
      await loadManaged();
      renderManaged();
      state.history = [];
      show("manage", false);
      showAlert(t("rescheduled"), "info");
    } catch (e) {
      if (e.status === 409 && e.alternatives) {
        state.rescheduling = true;
        slotTaken(e.alternatives);
      } else {
        showAlert(e.detail);
      }
    }
  }

  // ---------- start ----------
  document.querySelectorAll("[data-back]").forEach((b) => b.addEventListener("click", () => {
    if (state.rescheduling && $("step-slot").hidden === false) {
      state.rescheduling = false; show("manage", false); showAlert(""); return;
    }
    back();
  }));
  $("lang-switch").addEventListener("click", () => {
    state.lang = state.lang === "fr" ? "en" : "fr";
    try { localStorage.setItem("creneau.lang", state.lang); } catch (e) { /* private browsing: the choice lasts the page */ }
    translatePage();
    if (state.portal) renderTypes();
    if (state.managed) renderManaged();
    const current = document.querySelector(".step:not([hidden])");
    if (current) show(current.id.substring(5), false);
    if (current && current.id === "step-slot") loadSlots();
  });

  async function start() {
    applyBranding();
    translatePage();
    if (managing && !(await openManaged())) return;
    if (!communeId) { showAlert(t("errUnknownCommune")); return; }
    loadBranding();
    try {
      state.portal = await api("GET", communePath() + "/portal");
    } catch (e) {
      showAlert(e.status === 404 ? t("errUnknownCommune") : e.detail);
      return;
    }
    $("commune-name").textContent = state.portal.name || communeId;
    (state.portal.places || []).forEach((place) => {
      $("place-filter").appendChild(new Option(place.name, place.placeId));
    });
    renderTypes();
    const asked = !managing && params.get("motif") ? findType(params.get("motif")) : null;
    if (managing) {
      afterManagedOpened();
    } else {
      show("type", false);
      if (asked) chooseType(asked);
      if (asked && proposed) await presetFromLink();
    }
    document.body.dataset.ready = "true";
  }
  start();
})();
