// The commune's agents' calendar feeds on the accounts page: which account publishes one and since when (never its
// secret address), and a button to revoke it. A disabled account's feed is revoked by the server on its own.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;
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
      .sort((a, b) => a.username.localeCompare(b.username, C.lang()))
      .map((a) => {
        const feed = feedOf.get(a.accountId);
        return [
          el("span", {}, a.displayName, el("br"), el("span", { class: "hint" }, a.username)),
          feed ? t("admin.comptes.feedSince", C.fmt.dayLong(feed.createdAt)) : t("admin.comptes.feedNone"),
          feed ? A.button(t("admin.comptes.feedRevoke"), { id: "feed-revoke-" + a.accountId,
            "aria-label": t("admin.comptes.feedRevokeOf", a.username) },
          () => revoke(a)) : ""
        ];
      });
    document.getElementById("feeds-list").replaceChildren(A.table("feeds-table", t("admin.comptes.feedsCaption"),
      [t("admin.comptes.feedAccount"), t("admin.comptes.feedCalendar"), t("admin.common.actions")], rows,
      t("admin.comptes.feedsNone")));
  }

  async function revoke(account) {
    if (!window.confirm(t("admin.comptes.feedRevokeQuestion", account.username))) return;
    try {
      await C.api("DELETE", feedsPath + "/" + encodeURIComponent(account.accountId));
      C.message("feeds-message", t("admin.comptes.feedRevoked", account.username), "success");
    } catch (problem) {
      C.message("feeds-message", C.describe(problem), "error");
    }
    await load();
    const title = document.getElementById("feeds-title");
    if (title) title.focus();
  }
})();
