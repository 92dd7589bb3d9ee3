// Reference weeks: list, editor (one fieldset a day, one input a range, the server's errors next to the line
// they name) and applying a week to a counter over a period.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;

  let ctx = null;
  let weeks = [];
  let counters = [];
  let editingId = null;
  let week = null;

  const form = () => document.getElementById("week-form");

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.semaines.title"));
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
    weeks.sort((a, b) => a.name.localeCompare(b.name, C.lang()));
    renderList();
    A.fillSelect(document.getElementById("apply-week"),
      weeks.map((w) => ({ value: w.referenceWeekId, label: w.name })), t("admin.semaines.chooseWeek"));
    A.fillSelect(document.getElementById("apply-counter"),
      counters.filter((c) => c.active).map((c) => ({ value: c.counterId, label: c.name })), t("admin.fermetures.chooseCounter"));
  }

  function followers(weekId) {
    return counters.filter((c) => c.active && (c.schedules || []).some((s) => s.referenceWeekId === weekId));
  }

  function countersText(list) {
    const names = list.map((c) => t("admin.semaines.quoted", c.name)).join(", ");
    return t(list.length > 1 ? "admin.semaines.toCounters" : "admin.semaines.toCounter", names);
  }

  function renderList() {
    const rows = weeks.map((w) => {
      const used = followers(w.referenceWeekId);
      return [
        w.name,
        A.weekSummary(w.days),
        used.length ? used.map((c) => c.name).join(", ") : t("admin.guichets.noType"),
        el("div", { class: "row-actions" },
          A.button(t("admin.common.edit"), { "aria-label": t("admin.semaines.edit", w.name), "data-week": w.name,
            id: "week-edit-" + w.referenceWeekId }, () => openEditor(w)),
          A.button(t("admin.semaines.applyButton"), { "aria-label": t("admin.semaines.applyToCounter", w.name),
            id: "week-apply-" + w.referenceWeekId }, () => prepareApply(w)),
          A.button(t("admin.common.delete"), { "aria-label": t("admin.semaines.delete", w.name),
            id: "week-delete-" + w.referenceWeekId }, () => A.confirmThen(t("admin.semaines.deleteQuestion", w.name),
            async () => {
              await C.api("DELETE", ctx.planning + "/reference-weeks/" + encodeURIComponent(w.referenceWeekId));
              await load();
              document.getElementById("week-new").focus();
            }, t("admin.semaines.deleted", w.name))))
      ];
    });
    document.getElementById("weeks-list").replaceChildren(A.table("weeks-table", t("admin.semaines.caption"),
      [t("admin.common.name"), t("admin.guichets.colHours"), t("admin.semaines.colApplied"), t("admin.common.actions")], rows,
      t("admin.semaines.none")));
  }

  // ---------- editor ----------

  function openEditor(item) {
    editingId = item ? item.referenceWeekId : null;
    A.clearErrors(form());
    document.getElementById("week-editor-title").textContent = item
      ? t("admin.semaines.edit", item.name) : t("admin.semaines.weekEditorTitle");
    document.getElementById("week-name").value = item ? item.name : "";
    week.fill(item ? item.days : {});
    const used = item ? followers(item.referenceWeekId) : [];
    const note = document.getElementById("week-followers");
    note.hidden = !used.length;
    note.textContent = used.length
      ? t(used.length > 1 ? "admin.semaines.followersMany" : "admin.semaines.followersOne", countersText(used)) : "";
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
      A.say(t("admin.semaines.saved", saved.name)
        + (used.length ? " " + t("admin.semaines.openingNow", countersText(used)) : ""), "success");
      const edit = document.getElementById("week-edit-" + saved.referenceWeekId);
      (edit || document.getElementById("week-new")).focus();
    } catch (problem) {
      showWeekProblem(problem);
    }
  }

  function showWeekProblem(problem) {
    // planning-service writes its details in French: the rules match French words.
    const entries = week.errorsOf(problem, [[/nom/i, "week-name"]]);
    if (!entries.length) entries.push({ field: null, text: C.describe(problem) });
    A.showErrors(form(), entries, entries.length > 1
      ? t("admin.semaines.errorsMany", entries.length) : t("admin.semaines.errorsOne"));
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
    if (!weekId) missing.push({ field: document.getElementById("apply-week"), text: t("admin.semaines.weekMissing") });
    if (!counterId) missing.push({ field: document.getElementById("apply-counter"), text: t("admin.semaines.counterMissing") });
    if (!A.value("apply-from")) missing.push({ field: document.getElementById("apply-from"), text: t("admin.semaines.fromMissing") });
    if (!A.value("apply-to")) missing.push({ field: document.getElementById("apply-to"), text: t("admin.semaines.toMissing") });
    if (missing.length) {
      A.showErrors(applyForm, missing, t("admin.common.complete"));
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
      A.say(t(done.agents > 1 ? "admin.semaines.appliedMany" : "admin.semaines.appliedOne", applied ? applied.name : weekId,
        counter ? counter.name : counterId, A.date(done.from), A.date(done.to), done.agents), "success");
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
