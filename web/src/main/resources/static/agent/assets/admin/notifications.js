// Notification texts per notice and channel (preview and SMS count rendered by the server), channels per notice
// and reminder delays, for the commune or one appointment type.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const KINDS = {
    ONE_TIME_CODE: "Code de confirmation de la réservation",
    CONFIRMATION: "Création du rendez-vous (confirmation)",
    ANTS_NUMBERS_REQUESTED: "Pris par téléphone sans numéro ANTS : demande de l'ajouter",
    AWAITING_APPROVAL: "Demande en attente de validation",
    APPROVED: "Demande validée",
    REFUSED: "Demande refusée",
    REMINDER: "Rappel avant le rendez-vous",
    RESCHEDULED: "Changement de date",
    MODIFIED: "Modification du rendez-vous (coordonnées, option, personnes)",
    UNSCHEDULED: "Rendez-vous déprogrammé (modification du planning)",
    CANCELLED_BY_CITIZEN: "Annulation par l'usager",
    CANCELLED_BY_MAIRIE: "Annulation par un agent",
    NO_SHOW: "Absence de l'usager",
    AGENT_APPROVAL_NEEDED: "Aux agents : une demande attend leur validation",
    AGENT_DAILY_AGENDA: "Aux agents : liste des rendez-vous du lendemain"
  };
  const CHANNELS = { EMAIL: "e-mail", SMS: "SMS" };
  const LANGUAGES = { fr: "français", en: "anglais" };
  const euro = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 4 });
  let ctx = null;
  let types = [];
  let loaded = null;
  let previewTimer = null;
  let previewSeq = 0;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Notifications");
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
      types = typeList.filter((t) => t.active).sort((a, b) => a.settings.label.localeCompare(b.settings.label, "fr"));
      renderMergeFields(fields);
    } catch (problem) {
      A.say(C.describe(problem), "error");
    }
    const scope = document.getElementById("settings-scope");
    const scopes = [{ value: "", label: "la commune" }].concat(types.map((t) => ({
      value: t.appointmentTypeId, label: "le type « " + t.settings.label + " »" })));
    A.fillSelect(scope, scopes);
    A.fillSelect(document.getElementById("template-scope"), scopes);
    const wanted = new URLSearchParams(location.search).get("type");
    if (wanted && types.some((t) => t.appointmentTypeId === wanted)) scope.value = wanted;
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
    const t = types.find((x) => x.appointmentTypeId === templateType());
    const what = t ? (template.source === "TYPE" ? "Texte propre au type « " + t.settings.label + " »"
      : template.source === "COMMUNE" ? "Texte de la commune (le type n'a pas le sien)"
        : "Texte par défaut de Créneau (ni le type ni la commune n'ont le leur)")
      : (template.custom ? "Texte propre à la commune" : "Texte par défaut de Créneau");
    const customised = (template.customLanguages || []).map((code) => LANGUAGES[code] || code);
    return what + " pour « " + KINDS[kind()] + " » par " + CHANNELS[channel()] + ", en " + LANGUAGES[language()] + "."
      + (t ? "" : " Langues où la commune a écrit son texte : " + (customised.length ? customised.join(", ") : "aucune")
        + ".");
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
    document.getElementById("template-reset").textContent = templateType() ? "Revenir au texte de la commune"
      : "Revenir au texte par défaut";
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
      target.replaceChildren(el("p", { class: "empty" }, "Aperçu indisponible tant que le texte est refusé."));
      meter.hidden = true;
      if (announce) A.say(C.describe(problem), "error");
      return;
    }
    if (seq !== previewSeq) return;
    A.clearErrors(form);
    target.replaceChildren(...(result.subject ? [el("p", {}, el("strong", {}, "Objet : "), result.subject)] : []),
      el("div", {}, result.body));
    if (result.sms) {
      const s = result.sms;
      meter.textContent = s.segments + " SMS par envoi (" + s.characters + " caractères, codage "
        + (s.encoding === "GSM_7" ? "GSM 7 bits" : "Unicode, plus coûteux") + ") : " + euro.format(s.cost)
        + " à " + euro.format(s.pricePerSegment) + " le SMS.";
      meter.hidden = false;
    } else {
      meter.hidden = true;
      meter.textContent = "";
    }
    if (announce) A.say("Aperçu actualisé.", "info");
  }

  async function saveTemplate(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    try {
      loaded = await A.busy(form, () => C.api("PUT", inLanguage(templatePath()), body()));
      document.getElementById("template-reset").hidden = !ownText(loaded);
      document.getElementById("template-origin").textContent = origin(loaded);
      A.say("Le texte « " + KINDS[kind()] + " » par " + CHANNELS[channel()] + " en " + LANGUAGES[language()]
        + " est enregistré.", "success");
      await preview(false);
    } catch (problem) {
      A.showProblem(form, problem, [[/objet|subject/i, "template-subject"], [/texte|body|champ|SMS/i, "template-body"]]);
    }
  }

  async function resetTemplate() {
    const ofType = !!templateType();
    await A.confirmThen("Revenir au texte " + (ofType ? "de la commune" : "par défaut") + " pour « " + KINDS[kind()]
      + " » par " + CHANNELS[channel()] + " ? Le texte " + (ofType ? "du type" : "de la commune") + " sera perdu.",
    async () => {
      await C.api("DELETE", inLanguage(templatePath()));
      await loadTemplate();
      document.getElementById("template-body").focus();
    }, ofType ? "Le type reprend le texte de la commune." : "Le texte par défaut est rétabli.");
  }

  function renderMergeFields(fields) {
    document.getElementById("merge-fields").replaceChildren(A.table("merge-fields-table", "Champs de fusion",
      ["Champ", "Signification", "Exemple", "Insérer"],
      fields.map((f) => [el("code", {}, f.placeholder), f.label, f.sample,
        A.button("Insérer", { "aria-label": "Insérer " + f.placeholder + " dans le texte" }, () => insert(f.placeholder))])));
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
    const t = types.find((x) => x.appointmentTypeId === typeId());
    return t ? "du type « " + t.settings.label + " »" : "de la commune";
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
      ? "Canaux utilisés pour ce type ; s'il n'en a pas de propres, ce sont ceux de la commune."
      : "Canaux de la commune, suivis par chaque type qui n'a pas les siens.";
    document.getElementById("channels-clear").hidden = !own;
    const rows = Object.keys(KINDS).map((k) => el("tr", {},
      el("th", { scope: "row", id: "channel-row-" + k }, KINDS[k]),
      Object.keys(CHANNELS).map((ch) => el("td", {}, el("input", {
        type: "checkbox", id: "channel-" + k + "-" + ch, name: k, value: ch,
        checked: (channels[k] || []).includes(ch), "aria-label": KINDS[k] + " : " + CHANNELS[ch] })))));
    const heads = Object.values(CHANNELS).map((label) => el("th", { scope: "col" }, label.charAt(0).toUpperCase() + label.slice(1)));
    document.getElementById("channels-table").replaceChildren(el("div", { class: "table-wrap" }, el("table", { id: "channels-grid" },
      el("caption", {}, "Canaux de chaque notification " + scopeName() + " (aucune case : la notification n'est pas envoyée)"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Notification"), heads)),
      el("tbody", {}, rows))));
    document.getElementById("reminders-origin").textContent = reminders.inherited
      ? (own ? "Ce type suit les rappels de la commune." : "Rappels par défaut de Créneau.")
      : (own ? "Rappels propres à ce type." : "Rappels de la commune.");
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
      A.say("Canaux " + scopeName() + " enregistrés." + (silent ? " " + silent + " notification"
        + (silent > 1 ? "s ne sont" : " n'est") + " plus envoyée" + (silent > 1 ? "s." : ".") : ""), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/code de confirmation/i, "channel-ONE_TIME_CODE-SMS"]]);
    }
  }

  async function clearChannels() {
    await A.confirmThen("Ce type suivra les canaux de la commune. Continuer ?", async () => {
      await C.api("DELETE", settingsPath("channels"));
      await loadSettings();
    }, "Le type suit désormais les canaux de la commune.");
  }

  async function saveReminders(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const delays = (A.value("reminder-delays") || "").split(",").map((d) => d.trim()).filter(Boolean);
    try {
      await A.busy(form, () => C.api("PUT", settingsPath("reminders"), { delays }));
      await loadSettings();
      A.say(delays.length ? "Rappels " + scopeName() + " enregistrés : " + delays.join(", ") + " avant le rendez-vous."
        : "Plus aucun rappel n'est envoyé " + (typeId() ? "pour ce type." : "par la commune."), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/.*/, "reminder-delays"]]);
    }
  }

  async function clearReminders() {
    await A.confirmThen("Ce type suivra les rappels de la commune. Continuer ?", async () => {
      await C.api("DELETE", settingsPath("reminders"));
      await loadSettings();
    }, "Le type suit désormais les rappels de la commune.");
  }
})();
