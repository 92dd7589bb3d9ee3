// Places: list, add, edit, archive.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  let ctx = null;
  let places = [];
  let editor = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.lieux.title"));
    } catch (e) {
      return;
    }
    editor = A.editor("place", {
      newTitle: t("admin.lieux.placeFormTitle"),
      editTitle: (p) => t("admin.lieux.edit", p.name),
      fill: (p) => {
        document.getElementById("place-name").value = p ? p.name : "";
        document.getElementById("place-address").value = p ? p.address : "";
        document.getElementById("place-latitude").value = p && p.latitude != null ? p.latitude : "";
        document.getElementById("place-longitude").value = p && p.longitude != null ? p.longitude : "";
        document.getElementById("place-visible").checked = p ? p.visibleOnPortal : true;
      },
      collect: () => {
        const errors = [];
        const number = (id) => {
          const v = A.value(id);
          if (v === null) return null;
          const n = Number(v.replace(",", "."));
          if (Number.isNaN(n)) errors.push({ field: document.getElementById(id), text: t("admin.lieux.notANumber", v) });
          return n;
        };
        const body = { name: A.value("place-name"), address: A.value("place-address"),
          latitude: number("place-latitude"), longitude: number("place-longitude"),
          visibleOnPortal: document.getElementById("place-visible").checked };
        return errors.length ? errors : body;
      },
      create: (body) => C.api("POST", ctx.planning + "/places", body),
      update: (p, body) => C.api("PUT", ctx.planning + "/places/" + encodeURIComponent(p.placeId), body),
      done: async (saved) => {
        await load();
        A.say(t("admin.lieux.saved", saved.name), "success");
        focusRow(saved.placeId);
      },
      rules: [[/nom/i, "place-name"], [/adresse/i, "place-address"], [/latitude|coordonnées/i, "place-latitude"]]
    });
    await load();
  });

  function focusRow(id) {
    const b = document.getElementById("place-edit-" + id);
    if (b) b.focus();
  }

  async function load() {
    try {
      places = await C.api("GET", ctx.planning + "/places");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    places.sort((a, b) => (b.active - a.active) || a.name.localeCompare(b.name, C.lang()));
    const rows = places.map((p) => [
      p.name,
      p.address,
      A.yesNo(p.visibleOnPortal),
      p.active ? t("admin.lieux.inService") : el("span", { class: "tag" }, t("admin.lieux.archived")),
      p.active ? el("div", { class: "row-actions" },
        A.button(t("admin.common.edit"), { id: "place-edit-" + p.placeId, "aria-label": t("admin.lieux.edit", p.name) },
          (e) => editor.open(p, e.currentTarget)),
        A.button(t("admin.common.archive"), { id: "place-archive-" + p.placeId, "aria-label": t("admin.lieux.archive", p.name) },
          () => A.confirmThen(t("admin.lieux.archiveQuestion", p.name),
            async () => { await C.api("DELETE", ctx.planning + "/places/" + encodeURIComponent(p.placeId)); await load(); },
            t("admin.lieux.archivedDone", p.name)))) : ""
    ]);
    document.getElementById("places-list").replaceChildren(A.table("places-table", t("admin.lieux.listTitle"),
      [t("admin.lieux.placeName"), t("admin.lieux.placeAddress"), t("admin.lieux.colVisible"), t("admin.common.state"),
        t("admin.common.actions")], rows, t("admin.lieux.none")));
  }
})();
