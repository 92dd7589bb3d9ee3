// The commune's agents' calendar feeds on the accounts page: which account publishes one and since when (never its
// secret address), and a button to revoke it. A disabled account's feed is revoked by the server on its own.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  let feedsPath = null;
  let accountsPath = null;

  document.addEventListener("DOMContentLoaded", async () => {
    let user;
    try {
      user = await C.me();
    } catch (e) {
      return;
    }
    if (!user || !user.communeId || !C.hasRole(user, "COMMUNE_ADMIN")) return;
    const commune = encodeURIComponent(user.communeId);
    feedsPath = "/api/booking/agent/communes/" + commune + "/calendar-feeds";
    accountsPath = "/api/accounts/communes/" + commune + "/accounts";
    document.getElementById("feeds-section").hidden = false;
    document.getElementById("feeds-refresh").addEventListener("click", load);
    await load();
  });

  async function load() {
    let feeds;
    let accounts;
    try {
      [feeds, accounts] = await Promise.all([C.api("GET", feedsPath), C.api("GET", accountsPath)]);
    } catch (problem) {
      C.message("feeds-message", C.describe(problem), "error");
      return;
    }
    const feedOf = new Map(feeds.map((f) => [f.accountId, f]));
    const rows = accounts.filter((a) => a.agentId || feedOf.has(a.accountId))
      .sort((a, b) => a.username.localeCompare(b.username, "fr"))
      .map((a) => {
        const feed = feedOf.get(a.accountId);
        return [
          el("span", {}, a.displayName, el("br"), el("span", { class: "hint" }, a.username)),
          feed ? "publié depuis le " + C.fmt.dayLong(feed.createdAt) : "aucun",
          feed ? A.button("Révoquer", { id: "feed-revoke-" + a.accountId,
            "aria-label": "Révoquer le calendrier du compte « " + a.username + " »" },
          () => revoke(a)) : ""
        ];
      });
    document.getElementById("feeds-list").replaceChildren(A.table("feeds-table", "Calendriers publiés par les agents",
      ["Compte", "Calendrier", "Actions"], rows, "Aucun compte lié à un agent des plannings."));
  }

  async function revoke(account) {
    if (!window.confirm("Révoquer le calendrier du compte « " + account.username + " » ? Son adresse ne donnera plus "
      + "aucun rendez-vous ; l'agent pourra en créer une nouvelle.")) return;
    try {
      await C.api("DELETE", feedsPath + "/" + encodeURIComponent(account.accountId));
      C.message("feeds-message", "Le calendrier du compte « " + account.username + " » est révoqué.", "success");
    } catch (problem) {
      C.message("feeds-message", C.describe(problem), "error");
    }
    await load();
    const title = document.getElementById("feeds-title");
    if (title) title.focus();
  }
})();
