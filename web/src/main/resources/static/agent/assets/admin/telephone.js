// The commune's line on the voice server: the number called, the transfer number, the hours said, and its switch.
// The line answers only when the commune's subscription has the voice option, which the operator sets.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  // voice-service writes its details in French: the rules match French words.
  const RULES = [[/numéro de transfert/i, "voice-transfer"], [/numéro appelé|déjà celui|phoneNumber/i, "voice-number"],
    [/horaires/i, "voice-hours"]];
  let line = null;

  document.addEventListener("DOMContentLoaded", async () => {
    let ctx;
    try {
      ctx = await A.start(t("admin.index.adminLinkTelephone"));
    } catch (e) {
      return;
    }
    line = "/api/booking/agent/communes/" + encodeURIComponent(ctx.communeId) + "/voice-line";
    document.getElementById("voice-form").addEventListener("submit", save);
    try {
      fill(await C.api("GET", line));
    } catch (problem) {
      if (problem && problem.status === 404) {
        offer(null);
        return;
      }
      A.say(C.describe(problem), "error");
    }
  });

  function fill(saved) {
    document.getElementById("voice-number").value = saved.phoneNumber || "";
    document.getElementById("voice-transfer").value = saved.transferNumber || "";
    document.getElementById("voice-hours").value = saved.openingHours || "";
    document.getElementById("voice-enabled").checked = !!saved.enabled;
    offer(saved);
  }

  // What the caller hears now: the subscription's option and the commune's switch must both be on.
  function offer(saved) {
    const text = document.getElementById("voice-offer");
    text.hidden = false;
    if (!saved) {
      text.textContent = t("admin.telephone.noLine");
    } else if (!saved.offered) {
      text.textContent = t("admin.telephone.notOffered");
    } else {
      text.textContent = saved.enabled ? t("admin.telephone.answering", saved.phoneNumber) : t("admin.telephone.closed");
    }
  }

  async function save(event) {
    event.preventDefault();
    const form = event.target;
    A.clearErrors(form);
    const number = document.getElementById("voice-number").value.replace(/\s/g, "");
    if (!number) {
      A.showErrors(form, [{ field: document.getElementById("voice-number"), text: t("admin.telephone.numberMissing") }],
        t("admin.common.complete"));
      return;
    }
    const body = { phoneNumber: number,
      transferNumber: document.getElementById("voice-transfer").value.replace(/\s/g, "") || null,
      openingHours: document.getElementById("voice-hours").value.trim() || null,
      enabled: document.getElementById("voice-enabled").checked };
    try {
      const saved = await A.busy(form, () => C.api("PUT", line, body));
      fill(saved);
      A.say(t("admin.telephone.saved"), "success");
    } catch (problem) {
      if (problem instanceof Error) throw problem;
      A.showProblem(form, problem, RULES);
    }
  }
})();
