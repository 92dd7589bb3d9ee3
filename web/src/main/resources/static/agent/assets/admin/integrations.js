// Webhooks (endpoints, delivery log, replay) and API keys of the commune; a secret or key is shown once.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const EVENTS = { BOOKED: "pris", MOVED: "déplacé", CANCELLED: "annulé", ATTENDED: "venu" };
  const STATUS = { PENDING: "en attente", DELIVERED: "livrée", FAILED: "abandonnée" };
  let ctx = null;
  let keys = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start("Intégrations");
    } catch (e) {
      return;
    }
    keys = "/api/integrations/communes/" + encodeURIComponent(ctx.communeId) + "/api-keys";
    document.getElementById("webhook-form").addEventListener("submit", addWebhook);
    document.getElementById("key-form").addEventListener("submit", addKey);
    await Promise.all([loadWebhooks(), loadKeys()]);
  });

  function showOnce(text, value) {
    document.getElementById("secret-text").textContent = text;
    document.getElementById("secret-value").textContent = value;
    document.getElementById("secret-box").hidden = false;
  }

  async function addWebhook(event) {
    event.preventDefault();
    const form = event.currentTarget;
    await A.busy(form, async () => {
      try {
        const created = await C.api("POST", ctx.notifications + "/webhooks",
          { url: A.value("webhook-url"), events: A.checkedValues(document.getElementById("webhook-events")) });
        form.reset();
        showOnce("Secret du point de réception " + created.url + ", qui signe chaque livraison. Copiez-le : il ne "
          + "sera plus affiché.", created.secret);
        await loadWebhooks();
      } catch (problem) {
        A.showProblem(form, problem, [[/url|adresse/i, "webhook-url"], [/événement|events/i, "webhook-event-BOOKED"]]);
      }
    });
  }

  async function loadWebhooks() {
    let endpoints;
    try {
      endpoints = await C.api("GET", ctx.notifications + "/webhooks");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const rows = endpoints.map((e) => [e.url, e.events.map((name) => EVENTS[name] || name).join(", "),
      A.dateTime(e.createdAt),
      el2(A.button("Journal", { id: "webhook-log-" + e.id, "aria-label": "Journal des livraisons vers " + e.url },
        () => loadDeliveries(e)),
      A.button("Supprimer", { id: "webhook-delete-" + e.id, "aria-label": "Supprimer le point de réception " + e.url },
        () => A.confirmThen("Supprimer le point de réception " + e.url + " ?", async () => {
          await C.api("DELETE", ctx.notifications + "/webhooks/" + e.id);
          document.getElementById("deliveries").hidden = true;
          await loadWebhooks();
        }, "Le point de réception est supprimé.")))]);
    document.getElementById("webhooks-list").replaceChildren(A.table("webhooks-table", "Points de réception",
      ["Adresse", "Événements", "Créé le", "Actions"], rows, "Aucun point de réception pour le moment."));
  }

  async function loadDeliveries(endpoint) {
    let lines;
    try {
      lines = await C.api("GET", ctx.notifications + "/webhooks/" + endpoint.id + "/deliveries");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const rows = lines.map((d) => [A.dateTime(d.createdAt), d.eventType, STATUS[d.status] || d.status,
      String(d.attempts), d.responseStatus == null ? (d.lastError || "—") : String(d.responseStatus),
      d.lastAttemptAt ? A.dateTime(d.lastAttemptAt) : "—",
      A.button("Renvoyer", { id: "delivery-replay-" + d.id, "aria-label": "Renvoyer la livraison du "
          + A.dateTime(d.createdAt) }, async () => {
        try {
          await C.api("POST", ctx.notifications + "/webhooks/" + endpoint.id + "/deliveries/" + d.id + "/replay");
          A.say("La livraison est renvoyée.", "success");
          await loadDeliveries(endpoint);
        } catch (problem) {
          A.say(C.describe(problem), "error");
        }
      })]);
    const box = document.getElementById("deliveries");
    document.getElementById("deliveries-title").textContent = "Journal des livraisons vers " + endpoint.url;
    document.getElementById("deliveries-list").replaceChildren(A.table("deliveries-table", "Livraisons, les plus "
      + "récentes d'abord", ["Créée le", "Événement", "État", "Essais", "Réponse", "Dernier essai", "Actions"], rows,
      "Aucune livraison pour le moment."));
    box.hidden = false;
    document.getElementById("deliveries-title").focus();
  }

  async function addKey(event) {
    event.preventDefault();
    const form = event.currentTarget;
    await A.busy(form, async () => {
      try {
        const created = await C.api("POST", keys, { label: A.value("key-label"), scope: A.value("key-scope") });
        form.reset();
        showOnce("Clé d'API « " + created.label + " ». Copiez-la : elle ne sera plus affichée.", created.key);
        await loadKeys();
      } catch (problem) {
        A.showProblem(form, problem, [[/label|nom/i, "key-label"], [/scope|portée/i, "key-scope"]]);
      }
    });
  }

  async function loadKeys() {
    let list;
    try {
      list = await C.api("GET", keys);
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const rows = list.map((k) => [k.label, k.prefix + "…", k.scope === "READ" ? "lecture seule" : "lecture et écriture",
      k.lastUsedAt ? A.dateTime(k.lastUsedAt) : "jamais",
      k.revokedAt ? "révoquée le " + A.dateTime(k.revokedAt)
        : A.button("Révoquer", { id: "key-revoke-" + k.id, "aria-label": "Révoquer la clé « " + k.label + " »" },
          () => A.confirmThen("Révoquer la clé « " + k.label + " » ? Les appels qui la présentent seront refusés.",
            async () => { await C.api("DELETE", keys + "/" + k.id); await loadKeys(); }, "La clé est révoquée."))]);
    document.getElementById("keys-list").replaceChildren(A.table("keys-table", "Clés d'API de la commune",
      ["Nom", "Début", "Portée", "Dernier usage", "Actions"], rows, "Aucune clé pour le moment."));
  }

  function el2(first, second) {
    return C.el("span", { class: "actions-inline" }, [first, " ", second]);
  }
})();
