// Exceptional closures of the commune, a place or a counter over a period.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  let ctx = null;
  let places = {};
  let counters = {};

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.fermetures.title"), t("admin.fermetures.managerNote"));
    } catch (e) {
      return;
    }
    document.querySelectorAll("input[name=scope]").forEach((r) => r.addEventListener("change", showTarget));
    document.getElementById("closure-form").addEventListener("submit", add);
    await load();
  });

  function scope() {
    return document.querySelector("input[name=scope]:checked").value;
  }

  function showTarget() {
    document.getElementById("closure-place-field").hidden = scope() !== "PLACE";
    document.getElementById("closure-counter-field").hidden = scope() !== "COUNTER";
  }

  async function load() {
    let closures;
    let placeList;
    let counterList;
    try {
      [closures, placeList, counterList] = await Promise.all([C.api("GET", ctx.planning + "/closures"),
        C.api("GET", ctx.planning + "/places"), C.api("GET", ctx.planning + "/counters")]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    places = A.byId(placeList, "placeId");
    counters = A.byId(counterList, "counterId");
    const keepPlace = document.getElementById("closure-place").value;
    const keepCounter = document.getElementById("closure-counter").value;
    A.fillSelect(document.getElementById("closure-place"), placeList.filter((p) => p.active)
      .map((p) => ({ value: p.placeId, label: p.name })), t("admin.guichets.choosePlace"));
    A.fillSelect(document.getElementById("closure-counter"), counterList.filter((c) => c.active)
      .map((c) => ({ value: c.counterId, label: c.name })), t("admin.fermetures.chooseCounter"));
    document.getElementById("closure-place").value = keepPlace;
    document.getElementById("closure-counter").value = keepCounter;
    showTarget();
    closures.sort((a, b) => a.span.from.localeCompare(b.span.from));
    document.getElementById("closures-list").replaceChildren(A.table("closures-table", t("admin.fermetures.title"),
      [t("admin.guichets.colPeriod"), t("admin.fermetures.ceQuiFerme"), t("admin.fermetures.colReason"), t("admin.common.actions")],
      closures.map((f) => [
        period(f.span),
        f.scope === "COMMUNE" ? t("admin.fermetures.closureScopeCommune") : t("admin.fermetures.scope." + f.scope, target(f)),
        f.label || "",
        A.button(t("admin.common.delete"), { id: "closure-remove-" + f.closureId, "aria-label": t("admin.fermetures.delete", period(f.span)) },
          () => A.confirmThen(t("admin.fermetures.deleteQuestion", period(f.span)),
            async () => {
              await C.api("DELETE", ctx.planning + "/closures/" + encodeURIComponent(f.closureId));
              await load();
              document.getElementById("closure-from").focus();
            }, t("admin.fermetures.deleted", period(f.span))))
      ]), t("admin.fermetures.none")));
  }

  function period(span) {
    return span.from === span.to ? t("admin.fermetures.onDay", A.date(span.from)) : t("admin.common.period", A.date(span.from), A.date(span.to));
  }

  function target(f) {
    const item = f.scope === "PLACE" ? places[f.targetId] : counters[f.targetId];
    return item ? item.name : f.targetId;
  }

  async function add(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const s = scope();
    const targetId = s === "PLACE" ? A.value("closure-place") : s === "COUNTER" ? A.value("closure-counter") : null;
    const missing = [];
    if (s === "PLACE" && !targetId) missing.push({ field: document.getElementById("closure-place"), text: t("admin.fermetures.placeMissing") });
    if (s === "COUNTER" && !targetId) missing.push({ field: document.getElementById("closure-counter"), text: t("admin.fermetures.counterMissing") });
    if (!A.value("closure-from")) missing.push({ field: document.getElementById("closure-from"), text: t("admin.fermetures.fromMissing") });
    if (!A.value("closure-to")) missing.push({ field: document.getElementById("closure-to"), text: t("admin.fermetures.toMissing") });
    if (missing.length) {
      A.showErrors(form, missing, t("admin.common.complete"));
      return;
    }
    try {
      const saved = await A.busy(form, () => C.api("POST", ctx.planning + "/closures", { scope: s, targetId,
        from: A.value("closure-from"), to: A.value("closure-to"), label: A.value("closure-label") }));
      form.reset();
      await load();
      A.say(t("admin.fermetures.saved", period(saved.span)), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/se termine avant|trois ans/i, "closure-to"], [/période|date/i, "closure-from"],
        [/lieu/i, "closure-place"], [/guichet/i, "closure-counter"]]);
    }
  }
})();
