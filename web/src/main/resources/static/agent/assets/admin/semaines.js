// Reference weeks: list, editor (one fieldset a day, one input a range, the server's errors next to the line
// they name) and applying a week to a counter over a period.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;

  let ctx = null;
  let weeks = [];
  let counters = [];
  let editingId = null;
  let week = null;

  const form = () => document.getElementById("week-form");

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Semaines de référence");
    } catch (e) {
      return;
    }
    week = A.weekEditor(document.getElementById("week-days"), "week", "week-notation-hint");
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

  function countersText(list) {
    const names = list.map((c) => "« " + c.name + " »").join(", ");
    return list.length > 1 ? "aux guichets " + names : "au guichet " + names;
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
            id: "week-apply-" + w.referenceWeekId }, () => prepareApply(w)),
          A.button("Supprimer", { "aria-label": "Supprimer la semaine « " + w.name + " »",
            id: "week-delete-" + w.referenceWeekId }, () => A.confirmThen("Supprimer la semaine « " + w.name + " » ?",
            async () => {
              await C.api("DELETE", ctx.planning + "/reference-weeks/" + encodeURIComponent(w.referenceWeekId));
              await load();
              document.getElementById("week-new").focus();
            }, "La semaine « " + w.name + " » est supprimée.")))
      ];
    });
    document.getElementById("weeks-list").replaceChildren(A.table("weeks-table", "Semaines de référence de la commune",
      ["Nom", "Horaires", "Appliquée aux guichets", "Actions"], rows,
      "Aucune semaine de référence pour le moment : ajoutez-en une."));
  }

  // ---------- editor ----------

  function openEditor(item) {
    editingId = item ? item.referenceWeekId : null;
    A.clearErrors(form());
    document.getElementById("week-editor-title").textContent = item
      ? "Modifier la semaine « " + item.name + " »" : "Nouvelle semaine de référence";
    document.getElementById("week-name").value = item ? item.name : "";
    week.fill(item ? item.days : {});
    const used = item ? followers(item.referenceWeekId) : [];
    const note = document.getElementById("week-followers");
    note.hidden = !used.length;
    note.textContent = used.length ? "Cette semaine est appliquée " + countersText(used) + " : "
      + (used.length > 1 ? "ils suivront" : "il suivra") + " les nouveaux horaires dès l'enregistrement." : "";
    document.getElementById("week-editor-section").hidden = false;
    document.getElementById("week-editor-title").focus();
  }

  function closeEditor() {
    document.getElementById("week-editor-section").hidden = true;
    editingId = null;
    document.getElementById("week-new").focus();
  }

  async function save(event) {
    event.preventDefault();
    const body = { name: document.getElementById("week-name").value.trim(), days: week.collect() };
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
        + (used.length ? " Ouverture à ces horaires " + countersText(used) + " dès maintenant." : ""), "success");
      const edit = document.getElementById("week-edit-" + saved.referenceWeekId);
      (edit || document.getElementById("week-new")).focus();
    } catch (problem) {
      showWeekProblem(problem);
    }
  }

  function showWeekProblem(problem) {
    const entries = week.errorsOf(problem, [[/nom/i, "week-name"]]);
    if (!entries.length) entries.push({ field: null, text: C.describe(problem) });
    A.showErrors(form(), entries, entries.length > 1
      ? entries.length + " erreurs empêchent d'enregistrer la semaine :" : "Une erreur empêche d'enregistrer la semaine :");
  }

  // ---------- applying a week ----------

  function prepareApply(item) {
    document.getElementById("apply-week").value = item.referenceWeekId;
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
      const applied = weeks.find((w) => w.referenceWeekId === weekId);
      const counter = counters.find((c) => c.counterId === counterId);
      await load();
      A.say("La semaine « " + (applied ? applied.name : weekId) + " » est appliquée au guichet « "
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
