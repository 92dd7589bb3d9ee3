// The agent's calendar feed, under the agenda: create a secret address (shown once), replace it, or revoke it.
(function () {
  "use strict";
  const C = window.Creneau;
  const $ = (id) => document.getElementById(id);

  function base(me) {
    return "/api/booking/agent/communes/" + encodeURIComponent(me.communeId) + "/calendar-feed";
  }

  function show(feed) {
    $("feed-create").textContent = feed.active ? C.t("feed.replace") : C.t("agenda.feed-create");
    $("feed-revoke").hidden = !feed.active;
    C.message("feed-status", feed.active
      ? C.t("feed.since", C.fmt.date(C.fmt.localDate(feed.createdAt)))
      : C.t("feed.none"), "info");
  }

  document.addEventListener("DOMContentLoaded", async () => {
    let me;
    try {
      me = await C.me();
    } catch (problem) {
      return;
    }
    if (!me || !me.communeId || !me.agentId) return;
    $("feed").hidden = false;
    const refresh = () => C.api("GET", base(me)).then(show)
      .catch((problem) => C.message("feed-status", C.describe(problem), "error"));
    $("feed-create").addEventListener("click", async () => {
      try {
        const feed = await C.api("POST", base(me));
        $("feed-url").value = location.origin + feed.path;
        $("feed-address").hidden = false;
        show(feed);
        $("feed-url").focus();
        $("feed-url").select();
      } catch (problem) {
        C.message("feed-status", C.describe(problem), "error");
      }
    });
    $("feed-revoke").addEventListener("click", async () => {
      try {
        await C.api("DELETE", base(me));
        $("feed-url").value = "";
        $("feed-address").hidden = true;
        await refresh();
        C.message("feed-status", C.t("feed.revoked"), "info");
      } catch (problem) {
        C.message("feed-status", C.describe(problem), "error");
      }
    });
    await refresh();
  });
})();
