// One-off exceptions of a counter: another number of agents on a day or a range of it, 0 to close.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  let ctx = null;
  let counters = [];

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Exceptions d'un guichet",
        "En tant que responsable de service, vous gérez les exceptions des guichets de vos services ; le serveur "
        + "refuse les autres.");
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
    counters.sort((a, b) => a.name.localeCompare(b.name, "fr"));
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
      list.replaceChildren(C.el("p", { class: "empty" }, "Aucun guichet en service : créez d'abord un guichet."));
      return;
    }
    const sorted = c.exceptions.slice().sort((x, y) => x.override.date.localeCompare(y.override.date));
    list.replaceChildren(A.table("exceptions-table", "Exceptions du guichet « " + c.name + " »",
      ["Date", "Plage", "Agents", "Libellé", "Actions"],
      sorted.map((x) => [A.date(x.override.date), x.override.range ? A.range(x.override.range) : "toute la journée",
        x.override.agents === 0 ? "0 (fermé)" : String(x.override.agents), x.label || "",
        A.button("Supprimer", { id: "exception-remove-" + x.exceptionId,
          "aria-label": "Supprimer l'exception du " + A.date(x.override.date) },
        () => A.confirmThen("Supprimer l'exception du " + A.date(x.override.date) + " ?", async () => {
          await C.api("DELETE", ctx.planning + "/counters/" + encodeURIComponent(c.counterId) + "/exceptions/"
            + encodeURIComponent(x.exceptionId));
          await load(c.counterId);
          document.getElementById("exception-date").focus();
        }, "L'exception du " + A.date(x.override.date) + " est supprimée."))]),
      "Aucune exception : le guichet suit ses semaines de référence."));
  }

  async function add(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const c = counter();
    if (!A.value("exception-date")) {
      A.showErrors(form, [{ field: document.getElementById("exception-date"), text: "Indiquez la date de l'exception." }],
        "Complétez le formulaire :");
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
      A.say("L'exception du " + day + " est enregistrée pour le guichet « " + c.name + " ».", "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/plage/i, "exception-range"], [/agents/i, "exception-agents"],
        [/date|exceptions le/i, "exception-date"]]);
    }
  }
})();
