// Notification texts per notice and channel (preview and SMS count rendered by the server), channels per notice
// and reminder delays, for the commune or one appointment type.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  const KIND_CODES = ["ONE_TIME_CODE", "CONFIRMATION", "ANTS_NUMBERS_REQUESTED", "AWAITING_APPROVAL", "APPROVED",
    "REFUSED", "REMINDER", "RESCHEDULED", "MODIFIED", "UNSCHEDULED", "CANCELLED_BY_CITIZEN", "CANCELLED_BY_MAIRIE",
    "NO_SHOW", "EARLIER_SLOT_OFFERED", "AGENT_APPROVAL_NEEDED", "AGENT_DAILY_AGENDA"];
  // Each notice's and channel's name in the page's language.
  const KINDS = {};
  KIND_CODES.forEach((k) => { KINDS[k] = t("admin.notifications.kind." + k); });
  const CHANNELS = { EMAIL: t("admin.notifications.channel.EMAIL"), SMS: t("admin.notifications.channel.SMS") };
  const LANGUAGES = { fr: t("admin.notifications.language.fr"), en: t("admin.notifications.language.en") };
  const euro = new Intl.NumberFormat(C.locale(), { style: "currency", currency: "EUR", maximumFractionDigits: 4 });
  let ctx = null;
  let types = [];
  let loaded = null;
  let previewTimer = null;
  let previewSeq = 0;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.notifications.title"));
    } catch (e) {
      return;
    }
    A.fillSelect(document.getElementById("template-kind"),
      Object.entries(KINDS).map(([value, label]) => ({ value, label })));
    document.getElementById("template-kind").addEventListener("change", loadTemplate);
    document.getElementById("template-scope").addEventListener("change", loadTemplate);
    document.querySelectorAll("input[name=channel]").forEach((r) => r.addEventListener("change", loadTemplate));
    document.querySelectorAll("input[name=language]").forEach((r) => r.addEventListener("change", loadTemplate));
    document.getElementById("template-form").addEventListener("submit", saveTemplate);
    document.getElementById("template-body").addEventListener("input", schedulePreview);
    document.getElementById("template-subject").addEventListener("input", schedulePreview);
    document.getElementById("template-preview-button").addEventListener("click", () => preview(true));
    document.getElementById("template-reset").addEventListener("click", resetTemplate);
    document.getElementById("settings-scope").addEventListener("change", loadSettings);
    document.getElementById("channels-form").addEventListener("submit", saveChannels);
    document.getElementById("channels-clear").addEventListener("click", clearChannels);
    document.getElementById("reminders-form").addEventListener("submit", saveReminders);
    document.getElementById("reminders-clear").addEventListener("click", clearReminders);
    try {
      const [fields, typeList] = await Promise.all([C.api("GET", "/api/notifications/merge-fields"),
        C.api("GET", ctx.planning + "/appointment-types")]);
      types = typeList.filter((type) => type.active).sort((a, b) => a.settings.label.localeCompare(b.settings.label, C.lang()));
      renderMergeFields(fields);
    } catch (problem) {
      A.say(C.describe(problem), "error");
    }
    const scope = document.getElementById("settings-scope");
    const scopes = [{ value: "", label: t("admin.notifications.scopeCommune") }].concat(types.map((type) => ({
      value: type.appointmentTypeId, label: t("admin.notifications.scopeType", type.settings.label) })));
    A.fillSelect(scope, scopes);
    A.fillSelect(document.getElementById("template-scope"), scopes);
    const wanted = new URLSearchParams(location.search).get("type");
    if (wanted && types.some((type) => type.appointmentTypeId === wanted)) scope.value = wanted;
    await Promise.all([loadTemplate(), loadSettings()]);
    if (wanted) document.getElementById("channels-title").focus();
  });

  // ---------- templates ----------

  function kind() {
    return document.getElementById("template-kind").value;
  }

  function channel() {
    return document.querySelector("input[name=channel]:checked").value;
  }

  function language() {
    return document.querySelector("input[name=language]:checked").value;
  }

  // A type's texts, when one is chosen, override the commune's for the notices of that type only.
  function templateType() {
    return document.getElementById("template-scope").value;
  }

  function templatePath() {
    return ctx.notifications + (templateType() ? "/appointment-types/" + encodeURIComponent(templateType()) : "")
      + "/templates/" + encodeURIComponent(kind()) + "/" + encodeURIComponent(channel());
  }

  function inLanguage(path) {
    return path + "?language=" + encodeURIComponent(language());
  }

  function ownText(template) {
    return templateType() ? template.source === "TYPE" : template.custom;
  }

  function origin(template) {
    const type = types.find((x) => x.appointmentTypeId === templateType());
    const what = type ? (template.source === "TYPE" ? t("admin.notifications.originType", type.settings.label)
      : template.source === "COMMUNE" ? t("admin.notifications.originCommuneForType")
        : t("admin.notifications.originDefaultForType"))
      : (template.custom ? t("admin.notifications.originCommune") : t("admin.notifications.originDefault"));
    const customised = (template.customLanguages || []).map((code) => LANGUAGES[code] || code);
    return t("admin.notifications.originOfIn", what, KINDS[kind()], CHANNELS[channel()], LANGUAGES[language()])
      + (type ? "" : " " + t("admin.notifications.customLanguages",
        customised.length ? customised.join(", ") : t("admin.notifications.customLanguagesNone")));
  }

  async function loadTemplate() {
    const form = document.getElementById("template-form");
    A.clearErrors(form);
    try {
      loaded = await C.api("GET", inLanguage(templatePath()));
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const sms = channel() === "SMS";
    document.getElementById("template-subject-field").hidden = sms;
    document.getElementById("template-subject").value = loaded.subject || "";
    document.getElementById("template-body").value = loaded.body || "";
    document.getElementById("template-origin").textContent = origin(loaded);
    document.getElementById("template-reset").hidden = !ownText(loaded);
    document.getElementById("template-reset").textContent = templateType() ? t("admin.notifications.backToCommune")
      : t("admin.notifications.templateReset");
    await preview(false);
  }

  function body() {
    return { subject: channel() === "SMS" ? null : document.getElementById("template-subject").value,
      body: document.getElementById("template-body").value };
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => preview(false), 400);
  }

  // Asks the server to render the text with sample data; while typing, a refusal is shown under the text without
  // moving the focus. `announce`: the button was pressed, so the result is also said in the live region.
  async function preview(announce) {
    const seq = ++previewSeq;
    const form = document.getElementById("template-form");
    const target = document.getElementById("template-preview");
    const meter = document.getElementById("template-sms");
    let result;
    try {
      result = await C.api("POST", inLanguage(templatePath() + "/preview"), body());
    } catch (problem) {
      if (seq !== previewSeq) return;
      A.clearErrors(form);
      A.fieldError(document.getElementById(/objet|subject/i.test(C.describe(problem)) ? "template-subject" : "template-body"),
        C.describe(problem));
      target.replaceChildren(el("p", { class: "empty" }, t("admin.notifications.previewUnavailable")));
      meter.hidden = true;
      if (announce) A.say(C.describe(problem), "error");
      return;
    }
    if (seq !== previewSeq) return;
    A.clearErrors(form);
    // The notice itself is the commune's text, written in French: marked so, in a page in English.
    target.replaceChildren(...(result.subject ? [el("p", {}, el("strong", {}, t("admin.notifications.subjectLabel")),
      el("span", { lang: "fr" }, result.subject))] : []),
      el("div", { lang: "fr" }, result.body));
    if (result.sms) {
      const s = result.sms;
      meter.textContent = t("admin.notifications.smsMeter", s.segments, s.characters,
        t(s.encoding === "GSM_7" ? "admin.notifications.gsm7" : "admin.notifications.unicode"), euro.format(s.cost),
        euro.format(s.pricePerSegment));
      meter.hidden = false;
    } else {
      meter.hidden = true;
      meter.textContent = "";
    }
    if (announce) A.say(t("admin.notifications.previewRefreshed"), "info");
  }

  async function saveTemplate(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    try {
      loaded = await A.busy(form, () => C.api("PUT", inLanguage(templatePath()), body()));
      document.getElementById("template-reset").hidden = !ownText(loaded);
      document.getElementById("template-origin").textContent = origin(loaded);
      A.say(t("admin.notifications.templateSavedIn", KINDS[kind()], CHANNELS[channel()], LANGUAGES[language()]), "success");
      await preview(false);
    } catch (problem) {
      // notification-service writes its details in French: the rules match French words (and the fields' names).
      A.showProblem(form, problem, [[/objet|subject/i, "template-subject"], [/texte|body|champ|SMS/i, "template-body"]]);
    }
  }

  async function resetTemplate() {
    const ofType = !!templateType();
    await A.confirmThen(t(ofType ? "admin.notifications.resetTypeQuestion" : "admin.notifications.resetCommuneQuestion",
      KINDS[kind()], CHANNELS[channel()]),
    async () => {
      await C.api("DELETE", inLanguage(templatePath()));
      await loadTemplate();
      document.getElementById("template-body").focus();
    }, t(ofType ? "admin.notifications.typeReset" : "admin.notifications.communeReset"));
  }

  function renderMergeFields(fields) {
    // notification-service describes its fields in French: marked so, in a page in English.
    document.getElementById("merge-fields").replaceChildren(A.table("merge-fields-table", t("admin.notifications.mergeFields"),
      [t("admin.notifications.colField"), t("admin.notifications.colMeaning"), t("admin.notifications.colSample"),
        t("admin.notifications.insert")],
      fields.map((f) => [el("code", {}, f.placeholder), el("span", { lang: "fr" }, f.label), el("span", { lang: "fr" }, f.sample),
        A.button(t("admin.notifications.insert"), { "aria-label": t("admin.notifications.insertOf", f.placeholder) },
          () => insert(f.placeholder))])));
  }

  function insert(text) {
    const area = document.getElementById("template-body");
    const start = area.selectionStart ?? area.value.length;
    const end = area.selectionEnd ?? area.value.length;
    area.value = area.value.slice(0, start) + text + area.value.slice(end);
    area.focus();
    area.setSelectionRange(start + text.length, start + text.length);
    schedulePreview();
  }

  // ---------- channels and reminders ----------

  function typeId() {
    return document.getElementById("settings-scope").value;
  }

  function settingsPath(what) {
    return ctx.notifications + (typeId() ? "/appointment-types/" + encodeURIComponent(typeId()) : "") + "/" + what;
  }

  function scopeName() {
    const type = types.find((x) => x.appointmentTypeId === typeId());
    return type ? t("admin.notifications.ofType", type.settings.label) : t("admin.notifications.ofCommune");
  }

  async function loadSettings() {
    let channels;
    let reminders;
    try {
      [channels, reminders] = await Promise.all([C.api("GET", settingsPath("channels")), C.api("GET", settingsPath("reminders"))]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const own = !!typeId();
    document.getElementById("channels-origin").textContent = own
      ? t("admin.notifications.channelsOfType") : t("admin.notifications.channelsOfCommune");
    document.getElementById("channels-clear").hidden = !own;
    const rows = Object.keys(KINDS).map((k) => el("tr", {},
      el("th", { scope: "row", id: "channel-row-" + k }, KINDS[k]),
      Object.keys(CHANNELS).map((ch) => el("td", {}, el("input", {
        type: "checkbox", id: "channel-" + k + "-" + ch, name: k, value: ch,
        checked: (channels[k] || []).includes(ch), "aria-label": t("admin.notifications.kindChannel", KINDS[k], CHANNELS[ch]) })))));
    const heads = Object.values(CHANNELS).map((label) => el("th", { scope: "col" }, label.charAt(0).toUpperCase() + label.slice(1)));
    document.getElementById("channels-table").replaceChildren(el("div", { class: "table-wrap" }, el("table", { id: "channels-grid" },
      el("caption", {}, t("admin.notifications.channelsCaption", scopeName())),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("admin.notifications.templateKind")), heads)),
      el("tbody", {}, rows))));
    document.getElementById("reminders-origin").textContent = reminders.inherited
      ? t(own ? "admin.notifications.remindersInherited" : "admin.notifications.remindersDefault")
      : t(own ? "admin.notifications.remindersOwn" : "admin.notifications.remindersCommune");
    document.getElementById("reminders-clear").hidden = !own || reminders.inherited;
    document.getElementById("reminder-delays").value = (reminders.delays || []).join(", ");
  }

  async function saveChannels(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const body = {};
    Object.keys(KINDS).forEach((k) => {
      body[k] = Object.keys(CHANNELS).filter((ch) => document.getElementById("channel-" + k + "-" + ch).checked);
    });
    try {
      await A.busy(form, () => C.api("PUT", settingsPath("channels"), body));
      await loadSettings();
      const silent = Object.keys(body).filter((k) => !body[k].length).length;
      A.say(t("admin.notifications.channelsSaved", scopeName()) + (silent ? " " + t(silent > 1
        ? "admin.notifications.silentMany" : "admin.notifications.silentOne", silent) : ""), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/code de confirmation/i, "channel-ONE_TIME_CODE-SMS"]]);
    }
  }

  async function clearChannels() {
    await A.confirmThen(t("admin.notifications.followChannelsQuestion"), async () => {
      await C.api("DELETE", settingsPath("channels"));
      await loadSettings();
    }, t("admin.notifications.followsChannels"));
  }

  async function saveReminders(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const delays = (A.value("reminder-delays") || "").split(",").map((d) => d.trim()).filter(Boolean);
    try {
      await A.busy(form, () => C.api("PUT", settingsPath("reminders"), { delays }));
      await loadSettings();
      A.say(delays.length ? t("admin.notifications.remindersSaved", scopeName(), delays.join(", "))
        : t(typeId() ? "admin.notifications.noReminderType" : "admin.notifications.noReminderCommune"), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/.*/, "reminder-delays"]]);
    }
  }

  async function clearReminders() {
    await A.confirmThen(t("admin.notifications.followRemindersQuestion"), async () => {
      await C.api("DELETE", settingsPath("reminders"));
      await loadSettings();
    }, t("admin.notifications.followsReminders"));
  }
})();
