// The commune's settings: name, retention of personal data, a summary of its public holidays, and its colours and
// logo, stored in the gateway and read by its citizen page (/c/{commune}) as the widget gives them.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  let ctx = null;
  let branding = null;

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      ctx = await A.start(t("admin.commune.title"));
    } catch (e) {
      return;
    }
    branding = "/api/branding/communes/" + encodeURIComponent(ctx.communeId);
    document.getElementById("citizen-link").href = "/c/" + encodeURIComponent(ctx.communeId);
    document.getElementById("settings-form").addEventListener("submit", saveSettings);
    document.getElementById("branding-form").addEventListener("submit", saveBranding);
    document.getElementById("logo-form").addEventListener("submit", uploadLogo);
    document.getElementById("logo-remove").addEventListener("click", removeLogo);
    try {
      const [commune, look] = await Promise.all([C.api("GET", ctx.planning), C.api("GET", branding)]);
      fillSettings(commune);
      fillBranding(look);
    } catch (problem) {
      A.say(C.describe(problem), "error");
    }
  });

  function fillSettings(commune) {
    document.getElementById("commune-name").value = commune.name;
    document.getElementById("preview-name").textContent = commune.name;
    document.getElementById("commune-retention").value = commune.retentionMonths;
    const h = commune.holidays || {};
    const off = (h.disabled || []).length;
    document.getElementById("holidays-summary").textContent = (off ? t("admin.commune.holidaysOpen", off)
      : t("admin.commune.holidaysAllClose")) + (h.alsaceMoselle ? ", Alsace-Moselle" : "");
  }

  function fillBranding(look) {
    document.getElementById("branding-color").value = look.color || "";
    document.getElementById("branding-text-color").value = look.color ? look.textColor || "" : "";
    document.getElementById("branding-logo-url").value = look.logoUrl || "";
    document.getElementById("branding-logo-alt").value = look.logoAlt || "";
    document.getElementById("logo-remove").hidden = !look.logoUploaded;
    const preview = document.getElementById("preview");
    preview.style.background = look.color || "";
    preview.style.color = look.textColor || "";
    const logo = document.getElementById("preview-logo");
    logo.hidden = !look.logo;
    if (look.logo) { logo.src = look.logo; logo.alt = look.logoAlt || ""; }
  }

  async function saveSettings(event) {
    event.preventDefault();
    const form = event.currentTarget;
    A.clearErrors(form);
    const months = A.value("commune-retention");
    const body = { name: A.value("commune-name"), retentionMonths: months === null ? null : Number(months) };
    if (months !== null && !Number.isInteger(body.retentionMonths)) {
      A.showErrors(form, [{ field: document.getElementById("commune-retention"), text: t("admin.commune.monthsNotInteger") }]);
      return;
    }
    try {
      const saved = await A.busy(form, () => C.api("PUT", ctx.planning, body));
      fillSettings(saved);
      A.say(t("admin.commune.settingsSaved"), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/conservation|mois/i, "commune-retention"], [/nom/i, "commune-name"]]);
    }
  }

  async function saveBranding(event) {
    event.preventDefault();
    const form = event.currentTarget;
    A.clearErrors(form);
    const body = { color: A.value("branding-color"), textColor: A.value("branding-text-color"),
      logoUrl: A.value("branding-logo-url"), logoAlt: A.value("branding-logo-alt") };
    try {
      fillBranding(await A.busy(form, () => C.api("PUT", branding, body)));
      A.say(t("admin.commune.brandingSaved"), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/^textColor/, "branding-text-color"], [/^color/, "branding-color"],
        [/^logoUrl/, "branding-logo-url"], [/^logoAlt/, "branding-logo-alt"]]);
    }
  }

  async function uploadLogo(event) {
    event.preventDefault();
    const form = event.currentTarget;
    A.clearErrors(form);
    const input = document.getElementById("logo-file");
    const file = input.files && input.files[0];
    if (!file) {
      A.showErrors(form, [{ field: input, text: t("admin.commune.chooseImage") }]);
      return;
    }
    try {
      const image = await new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject({ detail: t("admin.commune.imageUnreadable") });
        reader.readAsDataURL(file);
      });
      fillBranding(await A.busy(form, () => C.api("PUT", branding + "/logo", { image })));
      input.value = "";
      A.say(t("admin.commune.logoUploaded"), "success");
    } catch (problem) {
      A.showProblem(form, problem, [[/image/i, "logo-file"]]);
    }
  }

  async function removeLogo() {
    await A.confirmThen(t("admin.commune.removeLogoQuestion"), async () => {
      fillBranding(await C.api("DELETE", branding + "/logo"));
      document.getElementById("logo-file").focus();
    }, t("admin.commune.logoRemoved"));
  }
})();
