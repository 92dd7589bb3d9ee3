// Municipal services: list, add, rename.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  let ctx = null;
  let editor = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.services.title"));
    } catch (e) {
      return;
    }
    editor = A.editor("service", {
      newTitle: t("admin.services.serviceFormTitle"),
      editTitle: (s) => t("admin.services.rename", s.name),
      fill: (s) => { document.getElementById("service-name").value = s ? s.name : ""; },
      collect: () => ({ name: A.value("service-name") }),
      create: (body) => C.api("POST", ctx.planning + "/services", body),
      update: (s, body) => C.api("PUT", ctx.planning + "/services/" + encodeURIComponent(s.serviceId), body),
      done: async (saved) => {
        await load();
        A.say(t("admin.services.saved", saved.name), "success");
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
    services.sort((a, b) => a.name.localeCompare(b.name, C.lang()));
    const rows = services.map((s) => [s.name,
      A.button(t("admin.services.renameButton"), { id: "service-edit-" + s.serviceId, "aria-label": t("admin.services.rename", s.name) },
        (e) => editor.open(s, e.currentTarget))]);
    document.getElementById("services-list").replaceChildren(A.table("services-table", t("admin.services.listTitle"),
      [t("admin.common.name"), t("admin.common.actions")], rows, t("admin.services.none")));
  }
})();
