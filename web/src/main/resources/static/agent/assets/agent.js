// The back-office shell shared by every agent page: API calls with the session and CSRF token, the logged-in
// agent, the common header (skip link, navigation, language switch, logout) and the page's language (French or
// English, texts in i18n-agent.js). Plain JavaScript, no build step.
(function () {
  "use strict";

  // ---------- language: ?lang=, else the stored choice (shared with the citizen pages), else French ----------
  const LANGS = ["fr", "en"];
  function storedLang() {
    try { return localStorage.getItem("creneau.lang"); } catch (e) { return null; }
  }
  const asked = new URLSearchParams(location.search).get("lang");
  const current = LANGS.includes(asked) ? asked : LANGS.includes(storedLang()) ? storedLang() : "fr";
  function lang() { return current; }
  function locale() { return current === "en" ? "en-GB" : "fr-FR"; }
  // Creneau.t(key, ...args): the text in the page's language, else in French, else the key; {0}, {1} replaced.
  function t(key, ...args) {
    const texts = window.CRENEAU_AGENT_TEXTS || {};
    const found = (texts[current] || {})[key];
    const text = found !== undefined ? found : (texts.fr || {})[key] !== undefined ? texts.fr[key] : key;
    return args.reduce((s, arg, i) => s.split("{" + i + "}").join(String(arg)), text);
  }
  // Applies data-i18n (text), data-i18n-label (aria-label), data-i18n-placeholder and data-i18n-title under root.
  function translate(root) {
    const scope = root || document;
    if (!root) document.documentElement.lang = current;
    scope.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    scope.querySelectorAll("[data-i18n-label]").forEach((n) => n.setAttribute("aria-label", t(n.dataset.i18nLabel)));
    scope.querySelectorAll("[data-i18n-placeholder]").forEach((n) => n.setAttribute("placeholder", t(n.dataset.i18nPlaceholder)));
    scope.querySelectorAll("[data-i18n-title]").forEach((n) => n.setAttribute("title", t(n.dataset.i18nTitle)));
  }
  // Stores the other language and reloads the page without a ?lang= that would override the choice.
  function switchLang() {
    const next = current === "fr" ? "en" : "fr";
    try { localStorage.setItem("creneau.lang", next); } catch (e) { /* private browsing: the address carries it */ }
    const url = new URL(location.href);
    url.searchParams.delete("lang");
    if (storedLang() !== next) url.searchParams.set("lang", next);
    if (url.href === location.href) location.reload(); else location.assign(url.href);
  }
  function langSwitch() {
    const other = current === "fr" ? "en" : "fr";
    const button = el("button", { type: "button", class: "link-button lang-switch", id: "lang-switch", lang: other,
      "data-i18n-skip": true }, other === "en" ? "English" : "Français");
    button.addEventListener("click", switchLang);
    return button;
  }
  // The login page has a static banner: the switch goes into it.
  function ensureSwitch() {
    const banner = document.querySelector(".agent-banner .banner-inner");
    if (banner && !document.getElementById("lang-switch")) banner.append(langSwitch());
  }

  const LOGIN = "/agent/connexion";
  // The commune's time zone once known (overseas communes are not on Paris time).
  let zone = "Europe/Paris";
  const NAV = [
    { key: "accueil", href: "/agent/", label: "shell.nav.accueil", commune: true },
    { key: "agenda", href: "/agent/agenda", label: "shell.nav.agenda", commune: true },
    { key: "prise-rdv", href: "/agent/prise-rdv", label: "shell.nav.prise-rdv", commune: true },
    { key: "validation", href: "/agent/validation", label: "shell.nav.validation", commune: true },
    { key: "liste-du-jour", href: "/agent/liste-du-jour", label: "shell.nav.liste-du-jour", commune: true },
    { key: "statistiques", href: "/agent/statistiques", label: "shell.nav.statistiques", commune: true },
    { key: "admin", href: "/agent/admin/", label: "shell.nav.admin",
      roles: ["PLATFORM_ADMIN", "COMMUNE_ADMIN", "SERVICE_MANAGER"] },
    { key: "operateur", href: "/agent/operateur", label: "shell.nav.operateur", roles: ["PLATFORM_ADMIN"] },
    { key: "partenaire", href: "/agent/partenaire", label: "shell.nav.partenaire", roles: ["PARTNER"] }
  ];
  const ROLES = ["PLATFORM_ADMIN", "COMMUNE_ADMIN", "SERVICE_MANAGER", "AGENT", "PARTNER"];

  let mePromise = null;
  let communePromise = null;

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }

  function loginUrl() {
    return LOGIN + "?retour=" + encodeURIComponent(location.pathname + location.search)
      + (LANGS.includes(asked) ? "&lang=" + current : "");
  }

  async function send(method, path, body, accept, csv) {
    const headers = { "Accept": accept || "application/json, application/problem+json", "Accept-Language": current };
    if (body !== undefined && body !== null) headers["Content-Type"] = csv ? "text/csv;charset=UTF-8" : "application/json";
    const token = cookie("XSRF-TOKEN");
    if (token && method !== "GET" && method !== "HEAD") headers["X-XSRF-TOKEN"] = token;
    return fetch(path, {
      method, headers, credentials: "same-origin",
      body: body === undefined || body === null ? undefined : csv ? body : JSON.stringify(body)
    });
  }

  async function problemOf(response) {
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    const known = [400, 401, 403, 404, 409, 429, 500, 502, 503].includes(response.status);
    const fallback = known ? t("common.error." + response.status) : t("common.error.other");
    // The services speak French; in English the page's own text stands in for the errors it knows.
    const own = current !== "fr" && [401, 403, 404, 409, 429].includes(response.status);
    return Object.assign({}, data || {}, {
      status: response.status,
      title: (!own && data && data.title) || t("common.error.title", response.status),
      detail: (!own && data && data.detail) || fallback,
      errors: (data && data.errors) || null
    });
  }

  // Creneau.api(method, path, body[, options]) -> parsed JSON (null for 204); rejects with {status,title,detail,errors}.
  // options.noRedirect: do not go to the login page on 401 (the login page itself).
  // options.text: resolve with the body as text (CSV). options.csv: send the body, a string, as text/csv.
  async function api(method, path, body, options) {
    const opts = options || {};
    const hadToken = !!cookie("XSRF-TOKEN");
    let response;
    try {
      response = await send(method, path, body, opts.text ? "text/csv, text/plain, application/problem+json" : null,
        opts.csv);
      // The CSRF cookie may only be issued by a first response: retry once with it.
      if (response.status === 403 && !hadToken && cookie("XSRF-TOKEN") && method !== "GET") {
        response = await send(method, path, body, null, opts.csv);
      }
    } catch (e) {
      throw { status: 0, title: t("common.error.network.title"), detail: t("common.error.network"), errors: null };
    }
    if (response.status === 401 && !opts.noRedirect) {
      location.assign(loginUrl());
      throw await problemOf(response);
    }
    if (!response.ok) throw await problemOf(response);
    if (response.status === 204) return null;
    const text = await response.text();
    if (opts.text) return text;
    return text ? JSON.parse(text) : null;
  }

  function me() {
    if (!mePromise) {
      mePromise = api("GET", "/api/me").catch((e) => { mePromise = null; throw e; });
    }
    return mePromise;
  }

  // Creneau.commune() -> Promise of the planning description of the agent's commune, or null (none, or unreadable).
  function commune() {
    if (!communePromise) {
      communePromise = me().then((user) => user && user.communeId
        ? api("GET", "/api/planning/communes/" + encodeURIComponent(user.communeId)).catch(() => null) : null)
        .then((found) => { if (found && found.timeZone) zone = found.timeZone; return found; });
    }
    return communePromise;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) return;
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.substring(2), v);
      else if (v === true) node.setAttribute(k, "");
      else node.setAttribute(k, v);
    });
    children.flat(Infinity).forEach((c) => {
      if (c === null || c === undefined || c === false) return;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  function hasRole(user, ...roles) {
    return !!user && (user.roles || []).some((r) => roles.includes(r));
  }

  // A partner (a social worker...) holds no other role: they see only their own page.
  function onlyPartner(user) {
    return !!user && (user.roles || []).length === 1 && user.roles[0] === "PARTNER";
  }

  function renderHeader(user, activeKey, place) {
    if (!document.querySelector(".skip-link")) {
      document.body.prepend(el("a", { class: "skip-link", href: "#main" }, t("shell.skip")));
    }
    const old = document.getElementById("agent-header");
    if (old) old.remove();
    const links = NAV
      .filter((n) => !n.roles || hasRole(user, ...n.roles))
      .filter((n) => !onlyPartner(user) || n.key === "partenaire")
      .filter((n) => !n.commune || (user && user.communeId))
      .map((n) => {
        const active = activeKey === n.key || (activeKey && n.key === "admin" && String(activeKey).startsWith("admin"));
        // A language given in the address (not stored) follows the navigation.
        const href = LANGS.includes(asked) ? n.href + "?lang=" + current : n.href;
        return el("li", {}, el("a", { href, id: "nav-" + n.key, "aria-current": active ? "page" : null }, t(n.label)));
      });
    const menu = el("ul", { id: "agent-nav-list", class: "nav-list" }, links);
    const toggle = el("button", {
      type: "button", class: "nav-toggle", id: "nav-toggle", "aria-expanded": "false", "aria-controls": "agent-nav-list"
    }, t("shell.menu"));
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("open", open);
    });
    const logout = el("button", { type: "button", class: "link-button logout", id: "logout" }, t("shell.logout"));
    logout.addEventListener("click", async () => {
      try { await api("POST", "/api/auth/logout", undefined, { noRedirect: true }); } catch (e) { /* session already gone */ }
      mePromise = null;
      location.assign(LOGIN + "?deconnecte");
    });
    const roles = user ? (user.roles || []).map((r) => ROLES.includes(r) ? t("shell.role." + r) : r).join(", ") : "";
    const header = el("header", { id: "agent-header", class: "agent-banner" },
      el("div", { class: "banner-inner" },
        el("a", { class: "brand", href: "/agent/" }, "Créneau ",
          el("span", { class: "brand-sub" }, place && place.name ? t("shell.brand.of", place.name) : t("shell.brand"))),
        langSwitch(),
        user ? el("p", { class: "who", id: "who" },
          el("span", { class: "who-name" }, user.displayName || user.username),
          roles ? el("span", { class: "who-role" }, " (" + roles + ")") : null) : null,
        user ? logout : null),
      el("nav", { class: "agent-nav", "aria-label": t("shell.nav.label") },
        el("div", { class: "nav-inner" }, toggle, menu)));
    const skip = document.querySelector(".skip-link");
    skip.after(header);
    if (!document.querySelector("body > footer")) {
      document.body.append(el("footer", { class: "agent-footer" },
        el("p", {}, t("shell.footer"))));
    }
  }

  // Creneau.shell(activeNavKey) -> Promise of the /api/me body, after drawing the header into the page.
  async function shell(activeNavKey) {
    renderHeader(null, activeNavKey);
    const user = await me();
    if (onlyPartner(user) && activeNavKey !== "partenaire") {
      location.replace("/agent/partenaire" + (LANGS.includes(asked) ? "?lang=" + current : ""));
      return new Promise(() => {});
    }
    const place = await commune();
    renderHeader(user, activeNavKey, place);
    return user;
  }

  // ---------- small helpers shared by the pages ----------
  function isoDate(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function parseDate(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(y, m - 1, d);
  }
  function addDays(d, n) { const c = new Date(d); c.setDate(c.getDate() + n); return c; }
  function startOfWeek(d) { const c = new Date(d.getFullYear(), d.getMonth(), d.getDate()); c.setDate(c.getDate() - ((c.getDay() + 6) % 7)); return c; }
  function todayIso() {
    return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  }
  const fmt = {
    time: (instant) => new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(instant)),
    day: (instant) => new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", timeZone: zone }).format(new Date(instant)),
    dayLong: (instant) => new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone }).format(new Date(instant)),
    date: (isoOrDate) => new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", year: "numeric" })
      .format(typeof isoOrDate === "string" ? parseDate(isoOrDate) : isoOrDate),
    shortDate: (isoOrDate) => new Intl.DateTimeFormat(locale(), { weekday: "short", day: "numeric", month: "short" })
      .format(typeof isoOrDate === "string" ? parseDate(isoOrDate) : isoOrDate),
    localDate: (instant) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant))
  };

  // Writes a message into a live region (role=status or alert), or hides it when the message is empty.
  function message(target, text, kind) {
    const node = typeof target === "string" ? document.getElementById(target) : target;
    if (!node) return;
    node.textContent = text || "";
    node.hidden = !text;
    node.className = "message " + (kind || "info");
    node.setAttribute("role", kind === "error" ? "alert" : "status");
  }

  // Shows field errors from a problem+json `errors` map ({field: message} or [{field, message}]) next to the inputs
  // named after the field (an input's error box is #<input id>-error); returns how many were shown.
  function fieldErrors(form, problem) {
    form.querySelectorAll(".field-error").forEach((p) => { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((i) => i.setAttribute("aria-invalid", "false"));
    const errors = problem && problem.errors;
    if (!errors) return 0;
    const list = Array.isArray(errors) ? errors : Object.entries(errors).map(([field, msg]) => ({ field, message: msg }));
    let first = null;
    let shown = 0;
    list.forEach((e) => {
      const input = form.querySelector("[name='" + CSS.escape(e.field || "") + "']");
      const box = input && document.getElementById(input.id + "-error");
      if (input && box) {
        box.textContent = e.message || e.defaultMessage || String(e);
        box.hidden = false;
        input.setAttribute("aria-invalid", "true");
        first = first || input;
        shown++;
      }
    });
    if (first) first.focus();
    return shown;
  }

  function describe(problem) {
    if (!problem) return t("common.error.other");
    return problem.detail || problem.title || t("common.error.other");
  }

  window.Creneau = {
    api, me, commune, shell, el, hasRole, onlyPartner, message, fieldErrors, describe, fmt, t, lang, locale, translate,
    dates: { isoDate, parseDate, addDays, startOfWeek, todayIso },
    loginUrl, zone: () => zone
  };
  translate();
  ensureSwitch();
})();
