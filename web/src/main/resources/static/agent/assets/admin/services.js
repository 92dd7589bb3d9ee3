// Municipal services: list, add, rename.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  let ctx = null;
  let editor = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Services");
    } catch (e) {
      return;
    }
    editor = A.editor("service", {
      newTitle: "Nouveau service",
      editTitle: (s) => "Renommer le service « " + s.name + " »",
      fill: (s) => { document.getElementById("service-name").value = s ? s.name : ""; },
      collect: () => ({ name: A.value("service-name") }),
      create: (body) => C.api("POST", ctx.planning + "/services", body),
      update: (s, body) => C.api("PUT", ctx.planning + "/services/" + encodeURIComponent(s.serviceId), body),
      done: async (saved) => {
        await load();
        A.say("Le service « " + saved.name + " » est enregistré.", "success");
        const b = document.getElementById("service-edit-" + saved.serviceId);
        if (b) b.focus();
      },
      rules: [[/nom/i, "service-name"]]
    });
    await load();
  });

  async function load() {
    let services;
    try {
      services = await C.api("GET", ctx.planning + "/services");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    services.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    const rows = services.map((s) => [s.name,
      A.button("Renommer", { id: "service-edit-" + s.serviceId, "aria-label": "Renommer le service « " + s.name + " »" },
        (e) => editor.open(s, e.currentTarget))]);
    document.getElementById("services-list").replaceChildren(A.table("services-table", "Services de la commune",
      ["Nom", "Actions"], rows, "Aucun service pour le moment : ajoutez-en un."));
  }
})();
