// What every administration page shares, on top of the agent shell (window.Creneau): the commune of the
// logged-in agent, forms whose server errors (problem+json in French) are shown next to the field they name
// and in a summary with links, tables with captions, and formats in the page's language (Creneau.t, Creneau.locale).
// Plain JavaScript, no build step.
(function () {
  "use strict";

  const C = window.Creneau;
  const el = C.el;

  const t = C.t;
  // label: in the page's language; french: as planning-service names the day in its (French) error details.
  const DAYS = [
    { key: "MONDAY", french: "Lundi" }, { key: "TUESDAY", french: "Mardi" }, { key: "WEDNESDAY", french: "Mercredi" },
    { key: "THURSDAY", french: "Jeudi" }, { key: "FRIDAY", french: "Vendredi" }, { key: "SATURDAY", french: "Samedi" },
    { key: "SUNDAY", french: "Dimanche" }
  ].map((d) => Object.assign(d, { label: t("admin.common.day." + d.key) }));
  // A day inside a sentence: "du lundi", "of Monday".
  const inSentence = (day) => C.lang() === "en" ? day.label : day.label.toLowerCase();
  // French puts a space before a semicolon, English does not.
  const SEMICOLON = C.lang() === "en" ? "; " : " ; ";
  const WRITERS = ["COMMUNE_ADMIN", "PLATFORM_ADMIN"];

  // Draws the shell, then resolves with the agent's commune and the API roots; stops with a message when the
  // account has no commune (a platform operator) or the commune cannot be read.
  // managerNote: what a service manager may change on this page (their services' counters, agents and types, and
  // closures; planning-service refuses the rest); without it the page is read-only for them.
  async function start(title, managerNote) {
    const user = await C.shell("admin");
    addBreadcrumb(title);
    const communeId = user && user.communeId;
    if (!communeId) {
      notice(t("admin.common.noCommune"));
      throw new Error("no commune");
    }
    if (!C.hasRole(user, ...WRITERS)) {
      notice(C.hasRole(user, "SERVICE_MANAGER") && managerNote ? managerNote
        : t("admin.common.readOnly"));
    }
    return {
      user, communeId,
      planning: "/api/planning/communes/" + encodeURIComponent(communeId),
      notifications: "/api/notifications/communes/" + encodeURIComponent(communeId)
    };
  }

  // A lasting notice under the title (what this account may do here), apart from the live region.
  function notice(text) {
    const title = document.getElementById("page-title");
    title.after(el("p", { class: "message warning", id: "page-permissions" }, text));
  }

  function addBreadcrumb(title) {
    const main = document.getElementById("main");
    if (!main || document.getElementById("breadcrumb") || !title) return;
    const items = [el("li", {}, el("a", { href: "/agent/admin/" }, t("admin.common.administration")))];
    items.push(el("li", {}, el("span", { "aria-current": "page" }, title)));
    main.prepend(el("nav", { id: "breadcrumb", class: "breadcrumb", "aria-label": t("admin.common.breadcrumb") }, el("ol", {}, items)));
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
      else (field.closest(".line, .field, .checkbox") || field.parentElement).append(p);
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
    }, el("h2", { id: form.id + "-error-summary-title" }, heading || t("admin.common.refused")),
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
        showErrors(form, body, t("admin.common.complete"));
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

  // ---------- a week written line by line ----------

  // One fieldset a day in `container`, one input a range: ids `${prefix}-MONDAY-line-1`, fieldsets
  // `${prefix}-day-MONDAY`, add buttons `${prefix}-MONDAY-add`. `hintId` describes the notation.
  function weekEditor(container, prefix, hintId) {
    const DAY_BY_LABEL = {};
    DAYS.forEach((d) => { DAY_BY_LABEL[d.french.toLowerCase()] = d.key; });
    // For each day, the input ids of the non-blank lines in the order sent: the server's "ligne 2" is sent[1].
    let sent = {};

    function linesOf(day) {
      return document.getElementById(prefix + "-" + day.key + "-lines");
    }

    function addLine(day, text) {
      const lines = linesOf(day);
      const n = lines.children.length + 1;
      const id = prefix + "-" + day.key + "-line-" + n;
      const line = el("div", { class: "line" },
        el("label", { for: id }, el("span", { class: "visually-hidden" }, day.label + ", "), t("admin.common.rangeN", n)),
        el("input", { id, name: day.key, type: "text", value: text, autocomplete: "off", spellcheck: "false",
          "aria-describedby": hintId, size: "11" }),
        el("button", { type: "button", class: "link-button", id: id + "-remove", onclick: () => removeLine(day, line) },
          t("admin.common.remove"), el("span", { class: "visually-hidden" }, " " + t("admin.common.removeRangeOf", n, inSentence(day)))));
      lines.append(line);
      return line;
    }

    // Removing renumbers the remaining lines, so that ids and labels keep matching what the server will name.
    function removeLine(day, line) {
      const lines = linesOf(day);
      const values = [...lines.querySelectorAll("input")].filter((i) => i.closest(".line") !== line).map((i) => i.value);
      lines.replaceChildren();
      (values.length ? values : [""]).forEach((v) => addLine(day, v));
      const inputs = lines.querySelectorAll("input");
      inputs[inputs.length - 1].focus();
      say(t("admin.common.rangeRemoved", inSentence(day)), "info");
    }

    // days: {MONDAY: ["09h00-12h00", ...]} or {MONDAY: [{start, end}]}.
    function fill(days) {
      container.replaceChildren(...DAYS.map((day) => el("fieldset", { id: prefix + "-day-" + day.key },
        el("legend", {}, day.label),
        el("div", { id: prefix + "-" + day.key + "-lines" }),
        el("button", { type: "button", class: "secondary small", id: prefix + "-" + day.key + "-add",
          onclick: () => addLine(day, "").querySelector("input").focus() },
        t("admin.common.addRange"), el("span", { class: "visually-hidden" }, " " + t("admin.common.addRangeOn", inSentence(day)))))));
      DAYS.forEach((day) => {
        const ranges = (days && days[day.key]) || [];
        (ranges.length ? ranges : [""]).forEach((r) => addLine(day, typeof r === "string" ? r : range(r)));
      });
    }

    function collect() {
      const days = {};
      sent = {};
      DAYS.forEach((d) => {
        const inputs = [...linesOf(d).querySelectorAll("input")].filter((i) => i.value.trim() !== "");
        if (inputs.length) {
          days[d.key] = inputs.map((i) => i.value.trim());
          sent[d.key] = inputs.map((i) => i.id);
        }
      });
      return days;
    }

    // The server lists each mistake with its day and line (errors[{day, line, detail}]); an answer without that
    // list still has the detail, whose parts start with "Mardi, ligne 2".
    function errorsOf(problem, otherRules) {
      const listed = Array.isArray(problem.errors) && problem.errors.length && problem.errors[0].detail !== undefined;
      const list = listed ? problem.errors : C.describe(problem).split(" ; ").map((text) => {
        const m = /^(\p{L}+), ligne (\d+)/u.exec(text);
        return { day: m ? DAY_BY_LABEL[m[1].toLowerCase()] : null, line: m ? Number(m[2]) : null, detail: text };
      });
      return list.map((e) => ({ field: fieldFor(e, otherRules || []), text: e.detail }));
    }

    function fieldFor(error, otherRules) {
      if (error.day && error.line && sent[error.day]) return document.getElementById(sent[error.day][error.line - 1]);
      if (error.day) return document.getElementById(prefix + "-day-" + error.day);
      const rule = otherRules.find(([pattern]) => pattern.test(error.detail));
      if (rule) return document.getElementById(rule[1]);
      if (/plage|jour/i.test(error.detail)) return document.getElementById(prefix + "-MONDAY-line-1");
      return null;
    }

    return { fill, collect, errorsOf };
  }

  // ---------- tables ----------

  // columns: [label...]; rows: [[cell...]] where a cell is text or a node. The first cell is a row header.
  function table(id, caption, columns, rows, emptyText) {
    if (!rows.length) return el("p", { class: "empty", id }, emptyText || t("admin.common.empty"));
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
    return iso ? new Intl.DateTimeFormat(C.locale(), { day: "numeric", month: "long", year: "numeric" })
      .format(C.dates.parseDate(iso)) : "";
  }

  function dateTime(iso) {
    if (!iso) return "";
    const [d, clock] = iso.split("T");
    return t("admin.common.dateAt", date(d), time(clock));
  }

  // A WeeklyHours document ({days: {MONDAY: [{start, end}]}}) as "Lundi 09h00-12h00, 13h30-17h00 ; Mardi ...".
  function weekSummary(hours) {
    const days = (hours && hours.days) || hours || {};
    const parts = DAYS.filter((d) => days[d.key] && days[d.key].length)
      .map((d) => d.label + " " + days[d.key].map((r) => typeof r === "string" ? r : range(r)).join(", "));
    return parts.length ? parts.join(SEMICOLON) : t("admin.common.noRange");
  }

  function yesNo(value) {
    return value ? t("admin.common.yes") : t("admin.common.no");
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
      o.label)) : [el("p", { class: "hint" }, t("admin.common.nothingToChoose"))]));
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
    DAYS, SEMICOLON, start, say, clearErrors, fieldError, showErrors, showProblem, busy, editor, confirmThen, weekEditor, table, button,
    time, range, date, dateTime, weekSummary, yesNo, byId, fillSelect, fillChecks, checkedValues, value
  };
})();
