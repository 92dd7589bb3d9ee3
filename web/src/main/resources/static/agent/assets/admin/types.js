// Appointment types: list, add, edit every setting (options kept with their ids), archive.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  let ctx = null;
  let editor = null;
  let services = [];

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Types de rendez-vous",
        "En tant que responsable de service, vous gérez les types associés à vos services ; le serveur refuse les "
        + "autres.");
    } catch (e) {
      return;
    }
    document.getElementById("type-option-add").addEventListener("click", () => {
      addOption(null);
      const inputs = document.querySelectorAll("#type-options-list input");
      inputs[inputs.length - 1].focus();
    });
    editor = A.editor("type", {
      newTitle: "Nouveau type de rendez-vous",
      editTitle: (t) => "Modifier le type « " + t.settings.label + " »",
      fill,
      collect,
      create: (body) => C.api("POST", ctx.planning + "/appointment-types", body),
      update: (t, body) => C.api("PUT", ctx.planning + "/appointment-types/" + encodeURIComponent(t.appointmentTypeId), body),
      done: async (saved) => {
        await load();
        A.say("Le type « " + saved.settings.label + " » est enregistré.", "success");
        const b = document.getElementById("type-edit-" + saved.appointmentTypeId);
        if (b) b.focus();
      },
      rules: [
        [/libellé/i, "type-label"], [/durée/i, "type-duration"], [/plage max|horizon/i, "type-horizon"],
        [/délai/i, "type-notice"], [/option/i, "type-options"], [/personnes/i, "type-max-persons"],
        [/service/i, "type-services"]
      ]
    });
    await load();
  });

  function fill(t) {
    const s = t ? t.settings : null;
    const set = (id, v) => { document.getElementById(id).value = v == null ? "" : v; };
    set("type-label", s && s.label);
    set("type-details", s && s.details);
    set("type-duration", s ? s.durationMinutes : 20);
    set("type-horizon", s ? s.bookingHorizon : "2m");
    set("type-notice", s ? s.minimumNotice : "60m");
    set("type-max-persons", s ? s.maxPersons : 1);
    document.getElementById("type-grows").checked = !!(s && s.durationGrowsWithPersons);
    document.getElementById("type-visible").checked = s ? s.visibleOnPortal : true;
    document.getElementById("type-approval").checked = !!(s && s.approvalRequired);
    document.getElementById("type-ants").checked = !!(s && s.antsNumberRequired);
    document.getElementById(s && s.bookableWith === "AGENT" ? "type-bookable-agent" : "type-bookable-service").checked = true;
    set("type-information", s && s.citizenInformation);
    set("type-rgpd", s && s.rgpdText);
    set("type-partners", s ? (s.partnerTypes || []).join(", ") : "");
    document.getElementById("type-options-list").replaceChildren();
    (s ? s.options : []).forEach(addOption);
    A.fillChecks(document.getElementById("type-services-list"), "serviceIds", "type-service",
      services.map((sv) => ({ value: sv.serviceId, label: sv.name })), s ? s.serviceIds : []);
  }

  function addOption(option) {
    const list = document.getElementById("type-options-list");
    const n = list.children.length + 1;
    const id = "type-option-" + n;
    const line = el("div", { class: "line field", "data-option-id": option ? option.optionId : "" },
      el("label", { for: id }, "Option " + n),
      el("input", { id, type: "text", value: option ? option.label : "", autocomplete: "off", maxlength: "120",
        "aria-describedby": "type-options-hint" }),
      el("button", { type: "button", class: "link-button", id: id + "-remove",
        onclick: () => {
          const kept = [...list.children].filter((c) => c !== line).map((c) => ({
            optionId: c.dataset.optionId, label: c.querySelector("input").value }));
          list.replaceChildren();
          kept.forEach(addOption);
          A.say("Option retirée : elle disparaîtra à l'enregistrement.", "info");
          document.getElementById("type-option-add").focus();
        } }, "Retirer", el("span", { class: "visually-hidden" }, " l'option " + n)));
    list.append(line);
  }

  function collect() {
    const errors = [];
    const integer = (id, label) => {
      const v = A.value(id);
      if (v === null) return null;
      if (!/^\d+$/.test(v)) errors.push({ field: document.getElementById(id), text: label + " : écrivez un nombre entier." });
      return Number(v);
    };
    const duration = integer("type-duration", "Durée");
    if (duration === null) errors.push({ field: document.getElementById("type-duration"), text: "Indiquez la durée d'un rendez-vous, en minutes." });
    const body = {
      label: A.value("type-label"),
      details: A.value("type-details"),
      durationMinutes: duration,
      bookingHorizon: A.value("type-horizon"),
      minimumNotice: A.value("type-notice"),
      options: [...document.querySelectorAll("#type-options-list .line")]
        .map((l) => ({ optionId: l.dataset.optionId || null, label: l.querySelector("input").value.trim() }))
        .filter((o) => o.label),
      maxPersons: integer("type-max-persons", "Nombre maximum de personnes"),
      durationGrowsWithPersons: document.getElementById("type-grows").checked,
      visibleOnPortal: document.getElementById("type-visible").checked,
      serviceIds: A.checkedValues(document.getElementById("type-services-list")),
      approvalRequired: document.getElementById("type-approval").checked,
      citizenInformation: A.value("type-information"),
      rgpdText: A.value("type-rgpd"),
      partnerTypes: (A.value("type-partners") || "").split(",").map((p) => p.trim()).filter(Boolean),
      bookableWith: document.getElementById("type-bookable-agent").checked ? "AGENT" : "SERVICE",
      antsNumberRequired: document.getElementById("type-ants").checked
    };
    return errors.length ? errors : body;
  }

  async function load() {
    let types;
    try {
      [types, services] = await Promise.all([
        C.api("GET", ctx.planning + "/appointment-types"), C.api("GET", ctx.planning + "/services")]);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    services.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    types.sort((a, b) => (b.active - a.active) || a.settings.label.localeCompare(b.settings.label, "fr"));
    const rows = types.map((t) => {
      const s = t.settings;
      return [
        s.label,
        s.durationMinutes + " min" + (s.durationGrowsWithPersons ? " par personne" : ""),
        s.bookingHorizon + " / " + s.minimumNotice,
        s.options.length ? s.options.map((o) => o.label).join(", ") : "aucune",
        [s.visibleOnPortal ? "portail et guichet" : "guichet seulement", s.approvalRequired ? "validation par un agent" : null,
          s.bookableWith === "AGENT" ? "agent choisi par l'usager" : null].filter(Boolean).join(" ; "),
        t.active ? "en service" : el("span", { class: "tag" }, "archivé"),
        t.active ? el("div", { class: "row-actions" },
          A.button("Modifier", { id: "type-edit-" + t.appointmentTypeId, "aria-label": "Modifier le type « " + s.label + " »" },
            (e) => editor.open(t, e.currentTarget)),
          el("a", { class: "button secondary small",
            href: "/agent/admin/notifications?type=" + encodeURIComponent(t.appointmentTypeId),
            "aria-label": "Notifications propres au type « " + s.label + " »" }, "Notifications"),
          A.button("Archiver", { id: "type-archive-" + t.appointmentTypeId, "aria-label": "Archiver le type « " + s.label + " »" },
            () => A.confirmThen("Archiver le type « " + s.label + " » ? Il ne pourra plus être réservé.",
              async () => {
                await C.api("DELETE", ctx.planning + "/appointment-types/" + encodeURIComponent(t.appointmentTypeId));
                await load();
              }, "Le type « " + s.label + " » est archivé."))) : ""
      ];
    });
    document.getElementById("types-list").replaceChildren(A.table("types-table", "Types de rendez-vous de la commune",
      ["Libellé", "Durée", "Plage max / délai min", "Options", "Réservation", "État", "Actions"], rows,
      "Aucun type de rendez-vous pour le moment : ajoutez-en un."));
  }
})();
