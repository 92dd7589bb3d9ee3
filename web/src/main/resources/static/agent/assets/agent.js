// The back-office shell shared by every agent page: API calls with the session and CSRF token, the logged-in
// agent, and the common header (skip link, navigation, logout). Plain JavaScript, no build step.
(function () {
  "use strict";

  const LOGIN = "/agent/connexion";
  // The commune's time zone once known (overseas communes are not on Paris time).
  let zone = "Europe/Paris";
  const NAV = [
    { key: "accueil", href: "/agent/", label: "Aujourd'hui", commune: true },
    { key: "agenda", href: "/agent/agenda", label: "Agenda", commune: true },
    { key: "prise-rdv", href: "/agent/prise-rdv", label: "Prendre un rendez-vous", commune: true },
    { key: "validation", href: "/agent/validation", label: "À valider", commune: true },
    { key: "liste-du-jour", href: "/agent/liste-du-jour", label: "Liste du jour", commune: true },
    { key: "statistiques", href: "/agent/statistiques", label: "Statistiques", commune: true },
    { key: "admin", href: "/agent/admin/", label: "Administration",
      roles: ["PLATFORM_ADMIN", "COMMUNE_ADMIN", "SERVICE_MANAGER"] },
    { key: "operateur", href: "/agent/operateur", label: "Communes de la plateforme", roles: ["PLATFORM_ADMIN"] },
    { key: "partenaire", href: "/agent/partenaire", label: "Mes bénéficiaires", roles: ["PARTNER"] }
  ];
  const ROLE_LABELS = {
    PLATFORM_ADMIN: "administrateur de la plateforme", COMMUNE_ADMIN: "administrateur de la commune",
    SERVICE_MANAGER: "responsable de service", AGENT: "agent", PARTNER: "partenaire"
  };

  let mePromise = null;
  let communePromise = null;

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }

  function loginUrl() {
    return LOGIN + "?retour=" + encodeURIComponent(location.pathname + location.search);
  }

  async function send(method, path, body, accept, csv) {
    const headers = { "Accept": accept || "application/json, application/problem+json" };
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
    const fallback = {
      400: "La demande est incomplète ou invalide.",
      401: "Votre session a expiré. Reconnectez-vous.",
      403: "Vous n'avez pas les droits nécessaires pour cette action.",
      404: "Élément introuvable : il a peut-être été supprimé.",
      409: "Cette action n'est plus possible : la situation a changé entre-temps.",
      500: "Le service a rencontré une erreur. Réessayez dans un instant.",
      502: "Le service est momentanément indisponible. Réessayez dans un instant.",
      503: "Le service est momentanément indisponible. Réessayez dans un instant."
    };
    return Object.assign({}, data || {}, {
      status: response.status,
      title: (data && data.title) || "Erreur " + response.status,
      detail: (data && data.detail) || fallback[response.status] || "Une erreur est survenue.",
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
      throw { status: 0, title: "Erreur réseau",
        detail: "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.", errors: null };
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
      document.body.prepend(el("a", { class: "skip-link", href: "#main" }, "Aller au contenu"));
    }
    const old = document.getElementById("agent-header");
    if (old) old.remove();
    const links = NAV
      .filter((n) => !n.roles || hasRole(user, ...n.roles))
      .filter((n) => !onlyPartner(user) || n.key === "partenaire")
      .filter((n) => !n.commune || (user && user.communeId))
      .map((n) => {
        const active = activeKey === n.key || (activeKey && n.key === "admin" && String(activeKey).startsWith("admin"));
        return el("li", {}, el("a", { href: n.href, id: "nav-" + n.key, "aria-current": active ? "page" : null }, n.label));
      });
    const menu = el("ul", { id: "agent-nav-list", class: "nav-list" }, links);
    const toggle = el("button", {
      type: "button", class: "nav-toggle", id: "nav-toggle", "aria-expanded": "false", "aria-controls": "agent-nav-list"
    }, "Menu");
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("open", open);
    });
    const logout = el("button", { type: "button", class: "link-button logout", id: "logout" }, "Se déconnecter");
    logout.addEventListener("click", async () => {
      try { await api("POST", "/api/auth/logout", undefined, { noRedirect: true }); } catch (e) { /* session already gone */ }
      mePromise = null;
      location.assign(LOGIN + "?deconnecte");
    });
    const roles = user ? (user.roles || []).map((r) => ROLE_LABELS[r] || r).join(", ") : "";
    const header = el("header", { id: "agent-header", class: "agent-banner" },
      el("div", { class: "banner-inner" },
        el("a", { class: "brand", href: "/agent/" }, "Créneau ",
          el("span", { class: "brand-sub" }, place && place.name ? "espace agents de " + place.name : "espace agents")),
        user ? el("p", { class: "who", id: "who" },
          el("span", { class: "who-name" }, user.displayName || user.username),
          roles ? el("span", { class: "who-role" }, " (" + roles + ")") : null) : null,
        user ? logout : null),
      el("nav", { class: "agent-nav", "aria-label": "Navigation principale" },
        el("div", { class: "nav-inner" }, toggle, menu)));
    const skip = document.querySelector(".skip-link");
    skip.after(header);
    if (!document.querySelector("body > footer")) {
      document.body.append(el("footer", { class: "agent-footer" },
        el("p", {}, "Créneau, logiciel libre de prise de rendez-vous pour les mairies.")));
    }
  }

  // Creneau.shell(activeNavKey) -> Promise of the /api/me body, after drawing the header into the page.
  async function shell(activeNavKey) {
    renderHeader(null, activeNavKey);
    const user = await me();
    if (onlyPartner(user) && activeNavKey !== "partenaire") {
      location.replace("/agent/partenaire");
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
    time: (instant) => new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(instant)),
    day: (instant) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: zone }).format(new Date(instant)),
    dayLong: (instant) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone }).format(new Date(instant)),
    date: (isoOrDate) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric" })
      .format(typeof isoOrDate === "string" ? parseDate(isoOrDate) : isoOrDate),
    shortDate: (isoOrDate) => new Intl.DateTimeFormat("fr-FR", { weekday: "short", day: "numeric", month: "short" })
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
    if (!problem) return "Une erreur est survenue.";
    return problem.detail || problem.title || "Une erreur est survenue.";
  }

  window.Creneau = {
    api, me, commune, shell, el, hasRole, onlyPartner, message, fieldErrors, describe, fmt,
    dates: { isoDate, parseDate, addDays, startOfWeek, todayIso },
    loginUrl, zone: () => zone
  };
})();
