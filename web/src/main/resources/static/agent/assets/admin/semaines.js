// Reference weeks: list, editor (one fieldset a day, one input a range, the server's errors next to the line
// they name) and applying a week to a counter over a period.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const DAY_BY_LABEL = {};
  A.DAYS.forEach((d) => { DAY_BY_LABEL[d.label.toLowerCase()] = d.key; });

  let ctx = null;
  let weeks = [];
  let counters = [];
  let editingId = null;
  // For each day, the input ids in the order their non-blank lines were sent: the server's "ligne 2" is sent[1].
  let sentLines = {};

  const form = () => document.getElementById("week-form");

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Semaines de référence");
    } catch (e) {
      return;
    }
    document.getElementById("week-new").addEventListener("click", () => openEditor(null));
    document.getElementById("week-cancel").addEventListener("click", closeEditor);
    form().addEventListener("submit", save);
    document.getElementById("apply-form").addEventListener("submit", apply);
    await load();
  });

  async function load() {
    try {
      [weeks, counters] = await Promise.all([
        C.api("GET", ctx.planning + "/reference-weeks"),
        C.api("GET", ctx.planning + "/counters")
      ]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    weeks.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    renderList();
    A.fillSelect(document.getElementById("apply-week"),
      weeks.map((w) => ({ value: w.referenceWeekId, label: w.name })), "Choisissez une semaine");
    A.fillSelect(document.getElementById("apply-counter"),
      counters.filter((c) => c.active).map((c) => ({ value: c.counterId, label: c.name })), "Choisissez un guichet");
  }

  function followers(weekId) {
    return counters.filter((c) => c.active && (c.schedules || []).some((s) => s.referenceWeekId === weekId));
  }

  function renderList() {
    const rows = weeks.map((w) => {
      const used = followers(w.referenceWeekId);
      return [
        w.name,
        A.weekSummary(w.days),
        used.length ? used.map((c) => c.name).join(", ") : "aucun",
        el("div", { class: "row-actions" },
          A.button("Modifier", { "aria-label": "Modifier la semaine « " + w.name + " »", "data-week": w.name,
            id: "week-edit-" + w.referenceWeekId }, () => openEditor(w)),
          A.button("Appliquer", { "aria-label": "Appliquer la semaine « " + w.name + " » à un guichet",
            id: "week-apply-" + w.referenceWeekId }, () => prepareApply(w)))
      ];
    });
    document.getElementById("weeks-list").replaceChildren(A.table("weeks-table", "Semaines de référence de la commune",
      ["Nom", "Horaires", "Appliquée aux guichets", "Actions"], rows,
      "Aucune semaine de référence pour le moment : ajoutez-en une."));
  }

  // ---------- editor ----------

  function openEditor(week) {
    editingId = week ? week.referenceWeekId : null;
    A.clearErrors(form());
    document.getElementById("week-editor-title").textContent = week
      ? "Modifier la semaine « " + week.name + " »" : "Nouvelle semaine de référence";
    document.getElementById("week-name").value = week ? week.name : "";
    const days = document.getElementById("week-days");
    days.replaceChildren(...A.DAYS.map((d) => dayFieldset(d, week && week.days[d.key] ? week.days[d.key] : [])));
    const used = week ? followers(week.referenceWeekId) : [];
    const note = document.getElementById("week-followers");
    note.hidden = !used.length;
    note.textContent = used.length ? "Cette semaine est appliquée aux guichets " + used.map((c) => "« " + c.name + " »")
      .join(", ") + " : ils suivront les nouveaux horaires dès l'enregistrement." : "";
    document.getElementById("week-editor-section").hidden = false;
    document.getElementById("week-editor-title").focus();
  }

  function closeEditor() {
    document.getElementById("week-editor-section").hidden = true;
    editingId = null;
    document.getElementById("week-new").focus();
  }

  function dayFieldset(day, ranges) {
    const lines = el("div", { id: "week-" + day.key + "-lines" });
    const fieldset = el("fieldset", { id: "week-day-" + day.key },
      el("legend", {}, day.label),
      lines,
      el("button", { type: "button", class: "secondary small", id: "week-" + day.key + "-add",
        onclick: () => { addLine(day, lines, ""); lines.lastElementChild.querySelector("input").focus(); } },
      "Ajouter une plage", el("span", { class: "visually-hidden" }, " le " + day.label.toLowerCase())));
    (ranges.length ? ranges : [""]).forEach((r) => addLine(day, lines, r));
    return fieldset;
  }

  function addLine(day, lines, text) {
    const n = lines.children.length + 1;
    const id = "week-" + day.key + "-line-" + n;
    const line = el("div", { class: "line" },
      el("label", { for: id }, el("span", { class: "visually-hidden" }, day.label + ", "), "plage " + n),
      el("input", { id, name: day.key, type: "text", value: text, autocomplete: "off", spellcheck: "false",
        "aria-describedby": "week-notation-hint", size: "11" }),
      el("button", { type: "button", class: "link-button", id: id + "-remove",
        onclick: () => removeLine(day, lines, line) },
      "Retirer", el("span", { class: "visually-hidden" }, " la plage " + n + " du " + day.label.toLowerCase())));
    lines.append(line);
  }

  // Removing renumbers the remaining lines, so that ids and labels keep matching what the server will name.
  function removeLine(day, lines, line) {
    const values = [...lines.querySelectorAll("input")].filter((i) => i.closest(".line") !== line).map((i) => i.value);
    lines.replaceChildren();
    (values.length ? values : [""]).forEach((v) => addLine(day, lines, v));
    const inputs = lines.querySelectorAll("input");
    inputs[inputs.length - 1].focus();
    A.say("Plage retirée du " + day.label.toLowerCase() + ".", "info");
  }

  function collect() {
    const days = {};
    sentLines = {};
    A.DAYS.forEach((d) => {
      const inputs = [...document.querySelectorAll("#week-" + d.key + "-lines input")]
        .filter((i) => i.value.trim() !== "");
      if (inputs.length) {
        days[d.key] = inputs.map((i) => i.value.trim());
        sentLines[d.key] = inputs.map((i) => i.id);
      }
    });
    return { name: document.getElementById("week-name").value.trim(), days };
  }

  async function save(event) {
    event.preventDefault();
    const body = collect();
    A.clearErrors(form());
    try {
      const saved = await A.busy(form(), () => editingId
        ? C.api("PUT", ctx.planning + "/reference-weeks/" + encodeURIComponent(editingId), body)
        : C.api("POST", ctx.planning + "/reference-weeks", body));
      const changed = !!editingId;
      const used = changed ? followers(saved.referenceWeekId) : [];
      document.getElementById("week-editor-section").hidden = true;
      editingId = null;
      await load();
      A.say("La semaine « " + saved.name + " » est enregistrée."
        + (used.length ? " Les guichets " + used.map((c) => "« " + c.name + " »").join(", ")
          + " ouvrent désormais à ces horaires." : ""), "success");
      const edit = document.getElementById("week-edit-" + saved.referenceWeekId);
      (edit || document.getElementById("week-new")).focus();
    } catch (problem) {
      showWeekProblem(problem);
    }
  }

  // The server lists each mistake with its day and line (errors[{day, line, detail}]); older answers only have
  // the detail, which starts with "Mardi, ligne 2 ...".
  function showWeekProblem(problem) {
    const list = Array.isArray(problem.errors) && problem.errors.length && problem.errors[0].detail !== undefined
      ? problem.errors : fromDetail(C.describe(problem));
    const entries = list.map((e) => ({ field: fieldFor(e), text: e.detail }));
    if (!entries.length) entries.push({ field: null, text: C.describe(problem) });
    A.showErrors(form(), entries, entries.length > 1
      ? entries.length + " erreurs empêchent d'enregistrer la semaine :" : "Une erreur empêche d'enregistrer la semaine :");
  }

  function fromDetail(detail) {
    return detail.split(" ; ").map((text) => {
      const m = /^(\p{L}+), ligne (\d+)/u.exec(text);
      return { day: m ? DAY_BY_LABEL[m[1].toLowerCase()] : null, line: m ? Number(m[2]) : null, detail: text };
    });
  }

  function fieldFor(error) {
    if (error.day && error.line && sentLines[error.day]) {
      return document.getElementById(sentLines[error.day][error.line - 1]);
    }
    if (error.day) return document.getElementById("week-day-" + error.day);
    if (/nom/i.test(error.detail)) return document.getElementById("week-name");
    if (/plage|jour/i.test(error.detail)) return document.getElementById("week-MONDAY-line-1");
    return null;
  }

  // ---------- applying a week ----------

  function prepareApply(week) {
    document.getElementById("apply-week").value = week.referenceWeekId;
    document.getElementById("apply-counter").focus();
  }

  async function apply(event) {
    event.preventDefault();
    const applyForm = event.target;
    A.clearErrors(applyForm);
    const weekId = A.value("apply-week");
    const counterId = A.value("apply-counter");
    const missing = [];
    if (!weekId) missing.push({ field: document.getElementById("apply-week"), text: "Choisissez la semaine de référence." });
    if (!counterId) missing.push({ field: document.getElementById("apply-counter"), text: "Choisissez le guichet." });
    if (!A.value("apply-from")) missing.push({ field: document.getElementById("apply-from"), text: "Indiquez la date de début." });
    if (!A.value("apply-to")) missing.push({ field: document.getElementById("apply-to"), text: "Indiquez la date de fin." });
    if (missing.length) {
      A.showErrors(applyForm, missing, "Complétez le formulaire :");
      return;
    }
    const agents = A.value("apply-agents");
    const body = { referenceWeekId: weekId, from: A.value("apply-from"), to: A.value("apply-to"),
      agents: agents === null ? null : Number(agents) };
    try {
      const done = await A.busy(applyForm, () =>
        C.api("POST", ctx.planning + "/counters/" + encodeURIComponent(counterId) + "/schedules", body));
      const week = weeks.find((w) => w.referenceWeekId === weekId);
      const counter = counters.find((c) => c.counterId === counterId);
      await load();
      A.say("La semaine « " + (week ? week.name : weekId) + " » est appliquée au guichet « "
        + (counter ? counter.name : counterId) + " » du " + A.date(done.from) + " au " + A.date(done.to)
        + " avec " + done.agents + " agent" + (done.agents > 1 ? "s" : "") + ".", "success");
      document.getElementById("page-message").scrollIntoView({ block: "nearest" });
    } catch (problem) {
      A.showProblem(applyForm, problem, [
        [/agents/i, "apply-agents"],
        [/se termine avant|trois ans|date de fin/i, "apply-to"],
        [/date de début|période/i, "apply-from"],
        [/semaine de référence/i, "apply-week"],
        [/guichet/i, "apply-counter"]
      ]);
    }
  }
})();
