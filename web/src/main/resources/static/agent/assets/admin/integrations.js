// Webhooks (endpoints, delivery log, replay) and API keys of the commune; a secret or key is shown once.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  // An event's or a delivery state's name in the page's language, the code itself for one this page does not know.
  const named = (prefix, code) => {
    const text = t(prefix + code);
    return text === prefix + code ? code : text;
  };
  let ctx = null;
  let keys = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.integrations.title"));
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
        showOnce(t("admin.integrations.secretOnce", created.url), created.secret);
        await loadWebhooks();
      } catch (problem) {
        // notification-service writes its details in French: the rules match French words (and the fields' names).
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
    const rows = endpoints.map((e) => [e.url, e.events.map((name) => named("admin.integrations.event.", name)).join(", "),
      A.dateTime(e.createdAt),
      el2(A.button(t("admin.integrations.log"), { id: "webhook-log-" + e.id, "aria-label": t("admin.integrations.logOf", e.url) },
        () => loadDeliveries(e)),
      A.button(t("admin.common.delete"), { id: "webhook-delete-" + e.id, "aria-label": t("admin.integrations.deleteEndpoint", e.url) },
        () => A.confirmThen(t("admin.integrations.deleteEndpointQuestion", e.url), async () => {
          await C.api("DELETE", ctx.notifications + "/webhooks/" + e.id);
          document.getElementById("deliveries").hidden = true;
          await loadWebhooks();
        }, t("admin.integrations.endpointDeleted"))))]);
    document.getElementById("webhooks-list").replaceChildren(A.table("webhooks-table", t("admin.integrations.endpoints"),
      [t("admin.lieux.placeAddress"), t("admin.integrations.colEvents"), t("admin.integrations.colCreated"),
        t("admin.common.actions")], rows, t("admin.integrations.noEndpoint")));
  }

  async function loadDeliveries(endpoint) {
    let lines;
    try {
      lines = await C.api("GET", ctx.notifications + "/webhooks/" + endpoint.id + "/deliveries");
    } catch (problem) {
      A.say(C.describe(problem), "error");
      return;
    }
    const rows = lines.map((d) => [A.dateTime(d.createdAt), d.eventType, named("admin.integrations.status.", d.status),
      String(d.attempts), d.responseStatus == null ? (d.lastError || "—") : String(d.responseStatus),
      d.lastAttemptAt ? A.dateTime(d.lastAttemptAt) : "—",
      A.button(t("admin.integrations.replay"), { id: "delivery-replay-" + d.id,
        "aria-label": t("admin.integrations.replayOf", A.dateTime(d.createdAt)) }, async () => {
        try {
          await C.api("POST", ctx.notifications + "/webhooks/" + endpoint.id + "/deliveries/" + d.id + "/replay");
          A.say(t("admin.integrations.replayed"), "success");
          await loadDeliveries(endpoint);
        } catch (problem) {
          A.say(C.describe(problem), "error");
        }
      })]);
    const box = document.getElementById("deliveries");
    document.getElementById("deliveries-title").textContent = t("admin.integrations.logOf", endpoint.url);
    document.getElementById("deliveries-list").replaceChildren(A.table("deliveries-table", t("admin.integrations.deliveriesCaption"),
      [t("admin.integrations.colCreated"), t("admin.integrations.colEvent"), t("admin.common.state"), t("admin.integrations.colAttempts"),
        t("admin.integrations.colResponse"), t("admin.integrations.colLastAttempt"), t("admin.common.actions")], rows,
      t("admin.integrations.noDelivery")));
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
        showOnce(t("admin.integrations.keyOnce", created.label), created.key);
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
    const rows = list.map((k) => [k.label, k.prefix + "…",
      t(k.scope === "READ" ? "admin.integrations.readOnly" : "admin.integrations.readWrite"),
      k.lastUsedAt ? A.dateTime(k.lastUsedAt) : t("admin.integrations.never"),
      k.revokedAt ? t("admin.integrations.revokedOn", A.dateTime(k.revokedAt))
        : A.button(t("admin.integrations.revoke"), { id: "key-revoke-" + k.id, "aria-label": t("admin.integrations.revokeOf", k.label) },
          () => A.confirmThen(t("admin.integrations.revokeQuestion", k.label),
            async () => { await C.api("DELETE", keys + "/" + k.id); await loadKeys(); }, t("admin.integrations.revoked")))]);
    document.getElementById("keys-list").replaceChildren(A.table("keys-table", t("admin.integrations.keysCaption"),
      [t("admin.common.name"), t("admin.integrations.colPrefix"), t("admin.integrations.keyScope"),
        t("admin.integrations.colLastUsed"), t("admin.common.actions")], rows, t("admin.integrations.noKey")));
  }

  function el2(first, second) {
    return C.el("span", { class: "actions-inline" }, [first, " ", second]);
  }
})();
