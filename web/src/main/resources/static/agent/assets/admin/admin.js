// What every administration page shares, on top of the agent shell (window.Creneau): the commune of the
// logged-in agent, forms whose server errors (problem+json in French) are shown next to the field they name
// and in a summary with links, tables with captions, and French formats. Plain JavaScript, no build step.
(function () {
  "use strict";

  const C = window.Creneau;
  const el = C.el;

  const DAYS = [
    { key: "MONDAY", label: "Lundi" }, { key: "TUESDAY", label: "Mardi" }, { key: "WEDNESDAY", label: "Mercredi" },
    { key: "THURSDAY", label: "Jeudi" }, { key: "FRIDAY", label: "Vendredi" }, { key: "SATURDAY", label: "Samedi" },
    { key: "SUNDAY", label: "Dimanche" }
  ];
  const WRITERS = ["COMMUNE_ADMIN", "PLATFORM_ADMIN"];

  // Draws the shell, then resolves with the agent's commune and the API roots; stops with a message when the
  // account has no commune (a platform operator) or the commune cannot be read.
  async function start(title) {
    const user = await C.shell("admin");
    addBreadcrumb(title);
    const communeId = user && user.communeId;
    if (!communeId) {
      say("Votre compte n'est rattaché à aucune commune : l'administration des plannings se fait avec un compte "
        + "d'administrateur de la commune.", "warning");
      throw new Error("no commune");
    }
    if (!C.hasRole(user, ...WRITERS)) {
      say("Vous pouvez consulter ces réglages ; seul un administrateur de la commune peut les modifier "
        + "(le serveur refusera les changements).", "warning");
    }
    return {
      user, communeId,
      planning: "/api/planning/communes/" + encodeURIComponent(communeId),
      notifications: "/api/notifications/communes/" + encodeURIComponent(communeId)
    };
  }

  function addBreadcrumb(title) {
    const main = document.getElementById("main");
    if (!main || document.getElementById("breadcrumb") || !title) return;
    const items = [el("li", {}, el("a", { href: "/agent/admin/index.html" }, "Administration"))];
    items.push(el("li", {}, el("span", { "aria-current": "page" }, title)));
    main.prepend(el("nav", { id: "breadcrumb", class: "breadcrumb", "aria-label": "Fil d'Ariane" }, el("ol", {}, items)));
  }

  // The page's live region (#page-message): status for success and information, alert for errors.
  function say(text, kind) {
    C.message("page-message", text, kind || "success");
  }

  // ---------- forms and their errors ----------

  // Clears the errors of a form: its summary, every field message and every aria-invalid it set.
  function clearErrors(form) {
    const summary = document.getElementById(form.id + "-error-summary");
    if (summary) summary.remove();
    form.querySelectorAll(".field-error[data-admin]").forEach((p) => {
      const owner = document.querySelector("[aria-describedby~='" + p.id + "']");
      if (owner) {
        const rest = owner.getAttribute("aria-describedby").split(/\s+/).filter((id) => id && id !== p.id);
        if (rest.length) owner.setAttribute("aria-describedby", rest.join(" "));
        else owner.removeAttribute("aria-describedby");
      }
      p.remove();
    });
    form.querySelectorAll("[aria-invalid='true']").forEach((i) => i.removeAttribute("aria-invalid"));
  }

  // Shows one error next to a field (input, select, textarea or fieldset) and ties it with aria-describedby.
  function fieldError(field, text) {
    const id = field.id + "-error";
    let p = document.getElementById(id);
    if (!p) {
      p = el("p", { class: "field-error", id, "data-admin": "" });
      if (field.tagName === "FIELDSET") field.querySelector("legend").after(p);
      else (field.closest(".line, .field, .checkbox") || field).append(p);
    }
    p.textContent = p.textContent ? p.textContent + " " + text : text;
    if (field.tagName !== "FIELDSET") field.setAttribute("aria-invalid", "true");
    const described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    if (!described.includes(id)) field.setAttribute("aria-describedby", described.concat(id).join(" "));
    return field;
  }

  // entries: [{field: element or null, text}]. Draws a summary at the top of the form, each entry a link to its
  // field, then moves the focus to the summary so that it is read at once.
  function showErrors(form, entries, heading) {
    clearErrors(form);
    const items = entries.map((entry) => {
      if (entry.field) fieldError(entry.field, entry.text);
      const target = entry.field ? focusTarget(entry.field) : null;
      return el("li", {}, target
        ? el("a", { href: "#" + target.id, onclick: (event) => { event.preventDefault(); target.focus(); } }, entry.text)
        : entry.text);
    });
    const summary = el("div", {
      class: "error-summary", id: form.id + "-error-summary", role: "alert", tabindex: "-1",
      "aria-labelledby": form.id + "-error-summary-title"
    }, el("h2", { id: form.id + "-error-summary-title" }, heading || "L'enregistrement a été refusé :"),
    el("ul", {}, items));
    form.prepend(summary);
    summary.focus();
  }

  function focusTarget(field) {
    if (field.tagName !== "FIELDSET") return field;
    return field.querySelector("input, select, textarea, button") || field;
  }

  // A problem+json from the server, placed on the field its message names. rules: [[RegExp, field id], ...];
  // the first rule matching the detail wins; without one the message is in the summary only.
  function showProblem(form, problem, rules) {
    const text = C.describe(problem);
    const rule = (rules || []).find(([pattern]) => pattern.test(text));
    const field = rule ? document.getElementById(rule[1]) : null;
    showErrors(form, [{ field, text }]);
  }

  // Runs an async action with the button disabled and aria-busy on the form.
  async function busy(form, action) {
    const buttons = [...form.querySelectorAll("button[type=submit]")];
    buttons.forEach((b) => { b.disabled = true; });
    form.setAttribute("aria-busy", "true");
    try {
      return await action();
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
      form.removeAttribute("aria-busy");
    }
  }

  // An add / edit form in a panel: #{prefix}-section holding #{prefix}-form-title and #{prefix}-form, opened by
  // #{prefix}-new and closed by #{prefix}-cancel. opts: newTitle, editTitle(item), fill(item or null),
  // collect() -> body or an array of {field, text} to refuse it locally, create(body), update(item, body),
  // done(saved, item) -> Promise (reload and say it), rules: see showProblem.
  function editor(prefix, opts) {
    const section = document.getElementById(prefix + "-section");
    const form = document.getElementById(prefix + "-form");
    const title = document.getElementById(prefix + "-form-title");
    const opener = document.getElementById(prefix + "-new");
    let current = null;
    let returnFocus = opener;

    function open(item, from) {
      current = item || null;
      returnFocus = from || opener;
      clearErrors(form);
      form.reset();
      title.textContent = item ? opts.editTitle(item) : opts.newTitle;
      opts.fill(current);
      section.hidden = false;
      title.focus();
    }

    function close() {
      section.hidden = true;
      current = null;
      if (returnFocus && document.body.contains(returnFocus)) returnFocus.focus();
      else if (opener) opener.focus();
    }

    if (opener) opener.addEventListener("click", () => open(null, opener));
    document.getElementById(prefix + "-cancel").addEventListener("click", close);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearErrors(form);
      const body = opts.collect(current);
      if (Array.isArray(body)) {
        showErrors(form, body, "Complétez le formulaire :");
        return;
      }
      const item = current;
      try {
        const saved = await busy(form, () => item ? opts.update(item, body) : opts.create(body));
        section.hidden = true;
        current = null;
        await opts.done(saved, item);
      } catch (problem) {
        if (problem instanceof Error) throw problem;
        showProblem(form, problem, opts.rules);
      }
    });
    return { open, close };
  }

  // Asks before an irreversible change, then runs it and reports success or failure in the live region.
  async function confirmThen(question, action, success) {
    if (!window.confirm(question)) return;
    try {
      await action();
      if (success) say(success, "success");
    } catch (problem) {
      say(C.describe(problem), "error");
    }
  }

  // ---------- tables ----------

  // columns: [label...]; rows: [[cell...]] where a cell is text or a node. The first cell is a row header.
  function table(id, caption, columns, rows, emptyText) {
    if (!rows.length) return el("p", { class: "empty", id }, emptyText || "Aucun élément pour le moment.");
    return el("div", { class: "table-wrap" }, el("table", { id },
      el("caption", {}, caption),
      el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c)))),
      el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((cell, i) => i === 0
        ? el("th", { scope: "row" }, cell) : el("td", {}, cell)))))));
  }

  function button(text, attrs, onclick) {
    return el("button", Object.assign({ type: "button", class: "secondary small", onclick }, attrs || {}), text);
  }

  // ---------- formats ----------

  function time(value) {
    if (!value) return "";
    const [h, m] = String(value).split(":");
    return h.padStart(2, "0") + "h" + (m || "00").padStart(2, "0");
  }

  function range(r) {
    return r ? time(r.start) + "-" + time(r.end) : "";
  }

  function date(iso) {
    return iso ? new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric" })
      .format(C.dates.parseDate(iso)) : "";
  }

  function dateTime(iso) {
    if (!iso) return "";
    const [d, t] = iso.split("T");
    return date(d) + " à " + time(t);
  }

  // A WeeklyHours document ({days: {MONDAY: [{start, end}]}}) as "Lundi 09h00-12h00, 13h30-17h00 ; Mardi ...".
  function weekSummary(hours) {
    const days = (hours && hours.days) || hours || {};
    const parts = DAYS.filter((d) => days[d.key] && days[d.key].length)
      .map((d) => d.label + " " + days[d.key].map((r) => typeof r === "string" ? r : range(r)).join(", "));
    return parts.length ? parts.join(" ; ") : "aucune plage";
  }

  function yesNo(value) {
    return value ? "oui" : "non";
  }

  function byId(list, key) {
    const map = {};
    (list || []).forEach((item) => { map[item[key]] = item; });
    return map;
  }

  // Fills a select with options [{value, label}], keeping a first empty choice when placeholder is given.
  function fillSelect(select, options, placeholder) {
    select.replaceChildren();
    if (placeholder) select.append(el("option", { value: "" }, placeholder));
    options.forEach((o) => select.append(el("option", { value: o.value }, o.label)));
  }

  // A list of checkboxes in a fieldset, one per option [{value, label}], named `name`, ids `${prefix}-${i}`.
  function fillChecks(container, name, prefix, options, checked) {
    const selected = new Set(checked || []);
    container.replaceChildren(...(options.length ? options.map((o, i) => el("label", { class: "checkbox", for: prefix + "-" + i },
      el("input", { type: "checkbox", id: prefix + "-" + i, name, value: o.value, checked: selected.has(o.value) }),
      o.label)) : [el("p", { class: "hint" }, "Aucun élément à choisir pour le moment.")]));
  }

  function checkedValues(container) {
    return [...container.querySelectorAll("input[type=checkbox]:checked")].map((i) => i.value);
  }

  function value(id) {
    const node = document.getElementById(id);
    const v = node ? node.value.trim() : "";
    return v === "" ? null : v;
  }

  window.CreneauAdmin = {
    DAYS, start, say, clearErrors, fieldError, showErrors, showProblem, busy, editor, confirmThen, table, button,
    time, range, date, dateTime, weekSummary, yesNo, byId, fillSelect, fillChecks, checkedValues, value
  };
})();
