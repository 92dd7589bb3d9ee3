// Appointments in the back-office: the commune's reference lists, one appointment drawn as a card, and what an
// agent does to it (attended, no-show, approve, refuse, cancel, assign, reschedule), each in a dialog when it asks
// for something. Every outcome is written into the page's live region.
(function () {
  "use strict";
  const C = window.Creneau;
  const el = C.el;
  const t = C.t;

  const STATUS = Object.fromEntries(["HELD", "AWAITING_APPROVAL", "CONFIRMED", "ATTENDED", "NO_SHOW", "EXPIRED",
    "REFUSED", "CANCELLED", "UNSCHEDULED", "MOVED"].map((s) => [s, t("rdv.status." + s)]));
  const CHANNEL = Object.fromEntries(["ONLINE", "WEB", "PHONE", "DESK", "VOICE"].map((c) => [c, t("rdv.channel." + c)]));

  // ---------- the commune's lists (planning-service) ----------
  async function catalog(communeId) {
    const base = "/api/planning/communes/" + encodeURIComponent(communeId);
    const names = { agents: "/agents", counters: "/counters", places: "/places", services: "/services",
      types: "/appointment-types" };
    const failed = [];
    const entries = await Promise.all(Object.entries(names).map(([key, path]) =>
      C.api("GET", base + path).then((list) => [key, list || []]).catch((problem) => {
        if (problem.status === 401) throw problem;
        failed.push(problem);
        return [key, []];
      })));
    const lists = Object.fromEntries(entries);
    const index = (list, id) => new Map(list.map((x) => [x[id], x]));
    const agents = index(lists.agents, "agentId");
    const counters = index(lists.counters, "counterId");
    const places = index(lists.places, "placeId");
    const services = index(lists.services, "serviceId");
    const types = index(lists.types, "appointmentTypeId");
    const byLabel = (a, b) => String(a).localeCompare(String(b), "fr");
    return {
      failed, lists,
      agents: lists.agents.slice().sort((a, b) => byLabel(a.displayName, b.displayName)),
      counters: lists.counters.filter((c) => c.active !== false).sort((a, b) => byLabel(a.name, b.name)),
      places: lists.places.filter((p) => p.active !== false).sort((a, b) => byLabel(a.name, b.name)),
      services: lists.services.slice().sort((a, b) => byLabel(a.name, b.name)),
      types: lists.types.filter((t) => t.active !== false).sort((a, b) => byLabel(typeLabelOf(a), typeLabelOf(b))),
      agent: (id) => agents.get(id), counter: (id) => counters.get(id), place: (id) => places.get(id),
      service: (id) => services.get(id), type: (id) => types.get(id),
      agentName(id) { const a = agents.get(id); return a ? a.displayName : (id ? t("rdv.agent.unknown", id.substring(0, 8)) : ""); },
      counterName(id) { const c = counters.get(id); return c ? c.name : t("rdv.counter.unknown"); },
      placeOfCounter(id) { const c = counters.get(id); return c ? places.get(c.placeId) : undefined; },
      typeLabel(id) { const t = types.get(id); return t ? typeLabelOf(t) : t("rdv.type.unknown"); },
      optionLabel(typeId, optionId) {
        const t = types.get(typeId);
        const o = t && optionId ? (t.settings.options || []).find((x) => x.optionId === optionId) : null;
        return o ? o.label : "";
      }
    };
  }
  function typeLabelOf(type) { return (type.settings && type.settings.label) || type.label || type.appointmentTypeId; }

  function statusBadge(status) {
    return el("span", { class: "status status-" + status }, STATUS[status] || status);
  }

  function whoActs(me) { return me.agentId || me.accountId; }

  // ---------- one appointment ----------
  // ctx: {me, cat, announce(text, kind), refresh(focusId), citizens: Map(appointmentId -> line of the day's list)}
  function card(appointment, ctx) {
    const id = appointment.appointmentId;
    const citizen = ctx.citizens && ctx.citizens.get(id);
    const place = ctx.cat.placeOfCounter(appointment.counterId);
    const option = ctx.cat.optionLabel(appointment.appointmentTypeId, appointment.optionId);
    const time = C.fmt.time(appointment.start) + " – " + C.fmt.time(appointment.end);
    const what = ctx.cat.typeLabel(appointment.appointmentTypeId) + (option ? " (" + option + ")" : "");
    const heading = el("h3", { id: "rdv-" + id + "-title", tabindex: "-1" },
      el("span", { class: "rdv-time" }, time), " · ",
      citizen && citizen.fullName ? el("span", { class: "rdv-name" }, citizen.fullName + " · ") : null,
      el("span", {}, what));
    const meta = [
      (place ? place.name + ", " : "") + ctx.cat.counterName(appointment.counterId),
      appointment.persons > 1 ? t("rdv.persons.many", appointment.persons) : t("rdv.persons.one"),
      appointment.agentId ? t("rdv.agent", ctx.cat.agentName(appointment.agentId)) : t("rdv.team"),
      appointment.channel ? t("rdv.taken", CHANNEL[appointment.channel] || appointment.channel) : null
    ].filter(Boolean).join(" · ");
    const details = el("div", { id: "rdv-" + id + "-details", class: "rdv-details", hidden: true });
    const detailsButton = el("button", {
      type: "button", class: "secondary small", id: "rdv-" + id + "-toggle", "aria-expanded": "false",
      "aria-controls": "rdv-" + id + "-details"
    }, t("rdv.details"), el("span", { class: "visually-hidden" }, t("rdv.details.of", C.fmt.time(appointment.start))));
    detailsButton.addEventListener("click", () => toggleDetails(appointment, detailsButton, details));
    return el("li", { class: "appointment", id: "rdv-" + id, "data-status": appointment.status },
      heading,
      el("p", { class: "meta" }, statusBadge(appointment.status), " ", meta),
      el("div", { class: "actions no-print" }, detailsButton, actionButtons(appointment, ctx)),
      details);
  }

  async function toggleDetails(appointment, button, box) {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    box.hidden = !open;
    if (!open || box.dataset.loaded) return;
    box.textContent = t("rdv.details.loading");
    try {
      const view = await C.api("GET", "/api/booking/agent/appointments/" + encodeURIComponent(appointment.appointmentId));
      box.replaceChildren(citizenList(view.citizen));
      box.dataset.loaded = "1";
    } catch (problem) {
      box.replaceChildren(el("p", { class: "message error", role: "alert" }, C.describe(problem)));
    }
  }

  function citizenList(citizen) {
    if (!citizen) return el("p", { class: "empty" }, t("rdv.erased"));
    const rows = [
      [t("rdv.name"), citizen.fullName], [t("rdv.mobile"), citizen.mobile], [t("rdv.email"), citizen.email],
      [t("rdv.ants"), (citizen.antsNumbers || []).join(", ")], [t("rdv.remark"), citizen.remark]
    ].filter(([, v]) => v);
    return el("dl", { class: "recap" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function actionButtons(appointment, ctx) {
    const id = appointment.appointmentId;
    const at = " (" + C.fmt.time(appointment.start) + ")";
    const button = (action, label, handler, cls) => {
      const b = el("button", { type: "button", class: (cls || "secondary") + " small", id: "rdv-" + id + "-" + action,
        "data-action": action }, label, el("span", { class: "visually-hidden" }, at));
      b.addEventListener("click", () => handler(appointment, ctx, b));
      return b;
    };
    const s = appointment.status;
    const list = [];
    if (s === "AWAITING_APPROVAL") {
      list.push(button("valider", t("rdv.approve"), approve, "primary"), button("refuser", t("rdv.refuse"), refuseDialog));
    }
    if (s === "CONFIRMED") {
      list.push(button("venu", t("rdv.attended"), (a, c, b) => attendance(a, c, b, true), "primary"),
        button("absent", t("rdv.noshow"), (a, c, b) => attendance(a, c, b, false)));
    }
    if (s === "CONFIRMED" || s === "AWAITING_APPROVAL") {
      list.push(button("attribuer", appointment.agentId ? t("rdv.reassign") : t("rdv.assign"), assignDialog),
        button("deplacer", t("rdv.move"), rescheduleDialog),
        button("annuler", t("rdv.cancel"), cancelDialog, "danger"));
    }
    return list;
  }

  async function run(ctx, appointment, button, call, success) {
    if (button) button.disabled = true;
    try {
      await call();
      ctx.announce(success, "success");
      await ctx.refresh("rdv-" + appointment.appointmentId + "-title");
      return true;
    } catch (problem) {
      ctx.announce(C.describe(problem), "error");
      if (button) { button.disabled = false; button.focus(); }
      return false;
    }
  }

  const path = (appointment, action) =>
    "/api/booking/agent/appointments/" + encodeURIComponent(appointment.appointmentId) + "/" + action;
  const label = (appointment) => t("rdv.label", C.fmt.time(appointment.start), C.fmt.day(appointment.start));

  function attendance(appointment, ctx, button, attended) {
    return run(ctx, appointment, button,
      () => C.api("POST", path(appointment, "attendance"), { agentId: whoActs(ctx.me), attended }),
      attended ? t("rdv.attended.done", label(appointment)) : t("rdv.noshow.done", label(appointment)));
  }

  function approve(appointment, ctx, button) {
    return run(ctx, appointment, button,
      () => C.api("POST", path(appointment, "approval"), { agentId: whoActs(ctx.me) }),
      t("rdv.approve.done", label(appointment)));
  }

  // ---------- dialogs ----------
  function dialog(title, build, submitLabel, submitClass) {
    let d = document.getElementById("action-dialog");
    if (d) d.remove();
    d = el("dialog", { id: "action-dialog", "aria-labelledby": "action-dialog-title", "aria-modal": "true" });
    const message = el("div", { id: "action-dialog-message", class: "message info", role: "status", hidden: true });
    const form = el("form", { id: "action-dialog-form", method: "dialog", novalidate: true });
    const submit = el("button", { type: "submit", id: "action-dialog-submit", class: submitClass || "" }, submitLabel);
    const close = el("button", { type: "button", class: "secondary", id: "action-dialog-close" }, t("rdv.dialog.close"));
    form.append(...[].concat(build(form)), el("div", { class: "actions" }, submit, close));
    d.append(el("h2", { id: "action-dialog-title" }, title), message, form);
    document.body.append(d);
    const opener = document.activeElement;
    close.addEventListener("click", () => d.close());
    d.addEventListener("close", () => { d.remove(); if (opener && document.contains(opener)) opener.focus(); });
    d.showModal();
    const first = form.querySelector("input, select, textarea, button");
    if (first) first.focus();
    return { d, form, submit, message: (t, k) => C.message(message, t, k) };
  }

  function fieldBlock(id, labelText, input, hint) {
    input.id = id;
    input.setAttribute("aria-describedby", (hint ? id + "-hint " : "") + id + "-error");
    return el("div", { class: "field" }, el("label", { for: id }, labelText), input,
      hint ? el("p", { class: "hint", id: id + "-hint" }, hint) : null,
      el("p", { class: "field-error", id: id + "-error", hidden: true }));
  }
  function setFieldError(form, id, text) {
    const input = form.querySelector("#" + id);
    const box = form.querySelector("#" + id + "-error");
    box.textContent = text || ""; box.hidden = !text;
    input.setAttribute("aria-invalid", text ? "true" : "false");
    if (text) input.focus();
    return !text;
  }

  async function submitDialog(ui, ctx, appointment, call, success) {
    ui.submit.disabled = true;
    ui.message(t("common.sending"), "info");
    try {
      await call();
      ui.d.close();
      ctx.announce(success, "success");
      await ctx.refresh("rdv-" + appointment.appointmentId + "-title");
    } catch (problem) {
      ui.submit.disabled = false;
      ui.message(C.describe(problem), "error");
      return problem;
    }
    return null;
  }

  function refuseDialog(appointment, ctx) {
    const reason = el("textarea", { name: "reason", rows: "3", maxlength: "500" });
    const ui = dialog(t("rdv.refuse.title", label(appointment)), () => [
      fieldBlock("refuse-reason", t("rdv.refuse.reason"), reason, t("rdv.refuse.hint"))
    ], t("rdv.refuse.submit"), "danger");
    ui.form.addEventListener("submit", (e) => {
      e.preventDefault();
      submitDialog(ui, ctx, appointment,
        () => C.api("POST", path(appointment, "refusal"), { agentId: whoActs(ctx.me), reason: reason.value.trim() || null }),
        t("rdv.refuse.done", label(appointment)));
    });
  }

  function cancelDialog(appointment, ctx) {
    const reason = el("textarea", { name: "reason", rows: "3", maxlength: "500", required: true, "aria-required": "true" });
    const proposals = el("div", { id: "cancel-proposals", "aria-live": "polite" }, el("p", { class: "hint" }, t("rdv.cancel.searching")));
    const ui = dialog(t("rdv.cancel.title", label(appointment)), () => [
      fieldBlock("cancel-reason", t("rdv.cancel.reason"), reason),
      el("h3", {}, t("rdv.cancel.proposed")),
      el("p", { class: "hint" }, t("rdv.cancel.proposed.hint")),
      proposals
    ], t("rdv.cancel.submit"), "danger");
    const from = C.fmt.localDate(Date.now());
    C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(appointment.communeId) + "/availability?" + new URLSearchParams({
      appointmentTypeId: appointment.appointmentTypeId, from, to: C.dates.isoDate(C.dates.addDays(C.dates.parseDate(from), 21)),
      persons: String(appointment.persons || 1), limit: "4"
    })).then((result) => {
      const slots = (result.slots || []).filter((s) => s.start !== appointment.start).slice(0, 3);
      proposals.replaceChildren(slots.length
        ? el("ul", {}, slots.map((s) => el("li", {}, t("rdv.at", C.fmt.day(s.start), C.fmt.time(s.start)) + (s.placeName ? ", " + s.placeName : ""))))
        : el("p", {}, t("rdv.cancel.none")));
    }).catch(() => proposals.replaceChildren(el("p", { class: "hint" }, t("rdv.cancel.unshown"))));
    ui.form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!setFieldError(ui.form, "cancel-reason", reason.value.trim() ? "" : t("rdv.cancel.reason.missing"))) return;
      submitDialog(ui, ctx, appointment,
        () => C.api("POST", path(appointment, "cancellation"), { agentId: whoActs(ctx.me), reason: reason.value.trim() }),
        t("rdv.cancel.done", label(appointment)));
    });
  }

  function assignDialog(appointment, ctx) {
    const ofCounter = ctx.cat.agents.filter((a) => (a.counterIds || []).includes(appointment.counterId));
    const candidates = ofCounter.length ? ofCounter : ctx.cat.agents;
    const select = el("select", { name: "agentId", required: true, "aria-required": "true" },
      el("option", { value: "" }, t("rdv.assign.choose")),
      candidates.map((a) => el("option", { value: a.agentId, selected: a.agentId === appointment.agentId }, a.displayName)));
    const ui = dialog(t(appointment.agentId ? "rdv.reassign.title" : "rdv.assign.title", label(appointment)), () => [
      fieldBlock("assign-agent", t("rdv.assign.agent"), select,
        ofCounter.length ? t("rdv.assign.ofCounter", ctx.cat.counterName(appointment.counterId)) : t("rdv.assign.all"))
    ], t("rdv.assign"));
    ui.form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!setFieldError(ui.form, "assign-agent", select.value ? "" : t("rdv.assign.missing"))) return;
      submitDialog(ui, ctx, appointment, () => C.api("POST", path(appointment, "assignment"), { agentId: select.value }),
        t("rdv.assign.done", ctx.cat.agentName(select.value), label(appointment)));
    });
  }

  function rescheduleDialog(appointment, ctx) {
    const date = el("input", { type: "date", name: "date", value: C.fmt.localDate(appointment.start) });
    const results = el("div", { id: "reschedule-slots" });
    let chosen = null;
    const ui = dialog(t("rdv.move.title", label(appointment)), () => [
      fieldBlock("reschedule-date", t("rdv.move.from"), date, t("rdv.move.hint")),
      el("button", { type: "button", class: "secondary", id: "reschedule-search" }, t("rdv.move.search")),
      results
    ], t("rdv.move.submit"));
    const showSlots = (slots, intro) => {
      chosen = null;
      results.replaceChildren(...[
        intro ? el("p", { role: "status" }, intro) : null,
        slots.length ? slotPicker(slots, "reschedule", (slot) => { chosen = slot; })
          : el("p", { class: "empty" }, t("rdv.move.none"))].filter(Boolean));
    };
    const search = async () => {
      results.replaceChildren(el("p", { role: "status" }, t("rdv.move.searching")));
      try {
        const from = date.value || C.dates.todayIso();
        const r = await C.api("GET", "/api/booking/agent/communes/" + encodeURIComponent(appointment.communeId) + "/availability?" + new URLSearchParams({
          appointmentTypeId: appointment.appointmentTypeId, from,
          to: C.dates.isoDate(C.dates.addDays(C.dates.parseDate(from), 6)),
          persons: String(appointment.persons || 1), limit: "200",
          ...(appointment.optionId ? { optionId: appointment.optionId } : {})
        }));
        showSlots(r.slots || [], null);
      } catch (problem) {
        results.replaceChildren(el("p", { class: "message error", role: "alert" }, C.describe(problem)));
      }
    };
    ui.form.querySelector("#reschedule-search").addEventListener("click", search);
    date.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); search(); } });
    search();
    ui.form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!chosen) { ui.message(t("rdv.move.missing"), "error"); return; }
      const problem = await submitDialog(ui, ctx, appointment,
        () => C.api("POST", path(appointment, "reschedule"), { counterId: chosen.counterId, start: chosen.start }),
        t("rdv.move.done", C.fmt.day(chosen.start), C.fmt.time(chosen.start)));
      if (problem && problem.status === 409) {
        showSlots(problem.alternatives || [], t("rdv.move.taken"));
      }
    });
  }

  // Slots as toggle buttons grouped by day; arrow keys move between them. onPick(slot) on choice.
  function slotPicker(slots, prefix, onPick) {
    const byDay = new Map();
    slots.forEach((s) => {
      const key = C.fmt.localDate(s.start);
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key).push(s);
    });
    const all = [];
    const groups = [...byDay.entries()].map(([day, list]) => {
      const headingId = prefix + "-day-" + day;
      return el("div", { class: "slot-day" },
        el("h3", { id: headingId, class: "capitalize" }, C.fmt.date(day)),
        el("ul", { class: "slot-grid", "aria-labelledby": headingId }, list.map((s) => {
          const b = el("button", { type: "button", class: "secondary", "aria-pressed": "false",
            id: prefix + "-slot-" + s.counterId.substring(0, 8) + "-" + new Date(s.start).getTime(),
            "data-start": s.start, "data-counter": s.counterId },
          C.fmt.time(s.start), s.placeName ? el("span", { class: "slot-place" }, s.placeName) : null);
          b.addEventListener("click", () => {
            all.forEach((x) => { x.setAttribute("aria-pressed", "false"); x.tabIndex = -1; });
            b.setAttribute("aria-pressed", "true");
            b.tabIndex = 0;
            onPick(s, b);
          });
          // One tab stop for the whole list; the arrows, Home and End move between slots.
          b.addEventListener("keydown", (e) => {
            const i = all.indexOf(b);
            const go = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
            if (go === undefined) return;
            e.preventDefault();
            const next = all[Math.max(0, Math.min(all.length - 1, go))];
            all.forEach((x) => { x.tabIndex = -1; });
            next.tabIndex = 0;
            next.focus();
          });
          b.tabIndex = all.length === 0 ? 0 : -1;
          all.push(b);
          return el("li", {}, b);
        })));
    });
    return el("div", { class: "slot-days" },
      el("p", { class: "hint" }, t("rdv.slots.keys")), groups);
  }

  C.rdv = { catalog, card, statusBadge, slotPicker, STATUS, CHANNEL, whoActs, citizenList };
})();
