// One-off exceptions of a counter: another number of agents on a day or a range of it, 0 to close.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  let ctx = null;
  let counters = [];

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.exceptions.title"), t("admin.exceptions.managerNote"));
    } catch (e) {
      return;
    }
    const select = document.getElementById("exception-counter");
    select.addEventListener("change", () => {
      history.replaceState(null, "", "?guichet=" + encodeURIComponent(select.value));
      render();
    });
    document.getElementById("exception-form").addEventListener("submit", add);
    await load(new URLSearchParams(location.search).get("guichet"));
  });

  async function load(selected) {
    try {
      counters = (await C.api("GET", ctx.planning + "/counters")).filter((c) => c.active);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    counters.sort((a, b) => a.name.localeCompare(b.name, C.lang()));
    const select = document.getElementById("exception-counter");
    const keep = selected || select.value;
    A.fillSelect(select, counters.map((c) => ({ value: c.counterId, label: c.name })));
    if (keep && counters.some((c) => c.counterId === keep)) select.value = keep;
    document.getElementById("exception-form").hidden = !counters.length;
    render();
  }

  function counter() {
    return counters.find((c) => c.counterId === document.getElementById("exception-counter").value);
  }

  function render() {
    const c = counter();
    const list = document.getElementById("exceptions-list");
    if (!c) {
      list.replaceChildren(C.el("p", { class: "empty" }, t("admin.exceptions.noCounter")));
      return;
    }
    const sorted = c.exceptions.slice().sort((x, y) => x.override.date.localeCompare(y.override.date));
    list.replaceChildren(A.table("exceptions-table", t("admin.exceptions.caption", c.name),
      [t("admin.exceptions.exceptionDate"), t("admin.exceptions.colRange"), t("admin.agents.title"),
        t("admin.exceptions.colLabel"), t("admin.common.actions")],
      sorted.map((x) => [A.date(x.override.date), x.override.range ? A.range(x.override.range) : t("admin.exceptions.allDay"),
        x.override.agents === 0 ? t("admin.exceptions.closed") : String(x.override.agents), x.label || "",
        A.button(t("admin.common.delete"), { id: "exception-remove-" + x.exceptionId,
          "aria-label": t("admin.exceptions.delete", A.date(x.override.date)) },
        () => A.confirmThen(t("admin.exceptions.deleteQuestion", A.date(x.override.date)), async () => {
          await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId) + "/exceptions/"
            + encodeURIComponent(x.exceptionId));
          await load(c.counterId);
          document.getElementById("exception-date").focus();
        }, t("admin.exceptions.deleted", A.date(x.override.date))))]),
      t("admin.exceptions.none")));
  }

  async function add(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const c = counter();
    if (!A.value("exception-date")) {
      A.showErrors(form, [{ field: document.getElementById("exception-date"), text: t("admin.exceptions.dateMissing") }],
        t("admin.common.complete"));
      return;
    }
    const agents = A.value("exception-agents");
    try {
      await A.busy(form, () => C.api("POST", ctx.planning + "/counters/" + encodeURIComponent(c.counterId) + "/exceptions", {
        date: A.value("exception-date"), range: A.value("exception-range"),
        agents: agents === null ? 0 : Number(agents), label: A.value("exception-label") }));
      const day = A.date(A.value("exception-date"));
      form.reset();
      await load(c.counterId);
      A.say(t("admin.exceptions.saved", day, c.name), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/plage/i, "exception-range"], [/agents/i, "exception-agents"],
        [/date|exceptions le/i, "exception-date"]]);
    }
  }
})();
