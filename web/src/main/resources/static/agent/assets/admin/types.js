// Appointment types: list, add, edit every setting (options kept with their ids), archive.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
  let ctx = null;
  let editor = null;
  let services = [];

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.types.title"), t("admin.types.managerNote"));
    } catch (e) {
      return;
    }
    document.getElementById("type-option-add").addEventListener("click", () => {
      addOption(null);
      const inputs = document.querySelectorAll("#type-options-list input");
      inputs[inputs.length - 1].focus();
    });
    editor = A.editor("type", {
      newTitle: t("admin.types.typeFormTitle"),
      editTitle: (type) => t("admin.types.edit", type.settings.label),
      fill,
      collect,
      create: (body) => C.api("POST", ctx.planning + "/appointment-types", body),
      update: (type, body) => C.api("PUT", ctx.planning + "/appointment-types/" + encodeURIComponent(type.appointmentTypeId), body),
      done: async (saved) => {
        await load();
        A.say(t("admin.types.saved", saved.settings.label), "success");
        const b = document.getElementById("type-edit-" + saved.appointmentTypeId);
        if (b) b.focus();
      },
      // planning-service writes its details in French: the rules match French words.
      rules: [
        [/libellé/i, "type-label"], [/durée/i, "type-duration"], [/plage max|horizon/i, "type-horizon"],
        [/délai/i, "type-notice"], [/option/i, "type-options"], [/personnes/i, "type-max-persons"],
        [/service/i, "type-services"]
      ]
    });
    await load();
  });

  function fill(type) {
    const s = type ? type.settings : null;
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
      el("label", { for: id }, t("admin.types.optionN", n)),
      el("input", { id, type: "text", value: option ? option.label : "", autocomplete: "off", maxlength: "120",
        "aria-describedby": "type-options-hint" }),
      el("button", { type: "button", class: "link-button", id: id + "-remove",
        onclick: () => {
          const kept = [...list.children].filter((c) => c !== line).map((c) => ({
            optionId: c.dataset.optionId, label: c.querySelector("input").value }));
          list.replaceChildren();
          kept.forEach(addOption);
          A.say(t("admin.types.optionRemoved"), "info");
          document.getElementById("type-option-add").focus();
        } }, t("admin.common.remove"), el("span", { class: "visually-hidden" }, " " + t("admin.types.removeOption", n))));
    list.append(line);
  }

  function collect() {
    const errors = [];
    const integer = (id, label) => {
      const v = A.value(id);
      if (v === null) return null;
      if (!/^\d+$/.test(v)) errors.push({ field: document.getElementById(id), text: t("admin.types.notAnInteger", label) });
      return Number(v);
    };
    const duration = integer("type-duration", t("admin.types.colDuration"));
    if (duration === null) errors.push({ field: document.getElementById("type-duration"), text: t("admin.types.durationMissing") });
    const body = {
      label: A.value("type-label"),
      details: A.value("type-details"),
      durationMinutes: duration,
      bookingHorizon: A.value("type-horizon"),
      minimumNotice: A.value("type-notice"),
      options: [...document.querySelectorAll("#type-options-list .line")]
        .map((l) => ({ optionId: l.dataset.optionId || null, label: l.querySelector("input").value.trim() }))
        .filter((o) => o.label),
      maxPersons: integer("type-max-persons", t("admin.types.maxPersonsName")),
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
    services.sort((a, b) => a.name.localeCompare(b.name, C.lang()));
    types.sort((a, b) => (b.active - a.active) || a.settings.label.localeCompare(b.settings.label, C.lang()));
    const rows = types.map((type) => {
      const s = type.settings;
      return [
        s.label,
        t(s.durationGrowsWithPersons ? "admin.types.minutesPerPerson" : "admin.types.minutes", s.durationMinutes),
        s.bookingHorizon + " / " + s.minimumNotice,
        s.options.length ? s.options.map((o) => o.label).join(", ") : t("admin.types.noOption"),
        [t(s.visibleOnPortal ? "admin.types.portalAndCounter" : "admin.types.counterOnly"),
          s.approvalRequired ? t("admin.types.approval") : null,
          s.bookableWith === "AGENT" ? t("admin.types.agentChosen") : null].filter(Boolean).join(A.SEMICOLON),
        type.active ? t("admin.lieux.inService") : el("span", { class: "tag" }, t("admin.lieux.archived")),
        type.active ? el("div", { class: "row-actions" },
          A.button(t("admin.common.edit"), { id: "type-edit-" + type.appointmentTypeId, "aria-label": t("admin.types.edit", s.label) },
            (e) => editor.open(type, e.currentTarget)),
          el("a", { class: "button secondary small",
            href: "/agent/admin/notifications?type=" + encodeURIComponent(type.appointmentTypeId),
            "aria-label": t("admin.types.notificationsOf", s.label) }, t("admin.notifications.title")),
          A.button(t("admin.common.archive"), { id: "type-archive-" + type.appointmentTypeId, "aria-label": t("admin.types.archive", s.label) },
            () => A.confirmThen(t("admin.types.archiveQuestion", s.label),
              async () => {
                await C.api("DELETE", ctx.planning + "/appointment-types/" + encodeURIComponent(type.appointmentTypeId));
                await load();
              }, t("admin.types.archivedDone", s.label)))) : ""
      ];
    });
    document.getElementById("types-list").replaceChildren(A.table("types-table", t("admin.types.listTitle"),
      [t("admin.types.typeLabel"), t("admin.types.colDuration"), t("admin.types.colWindow"), t("admin.types.options"),
        t("admin.types.reservation"), t("admin.common.state"), t("admin.common.actions")], rows, t("admin.types.none")));
  }
})();
