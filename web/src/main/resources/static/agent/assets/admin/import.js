// The reprise page: a CSV file of a commune moving in, checked (dry run) or imported for good. A planning file is
// one request answered with its report; the appointments file is declared, sent in parts, run in the background,
// and its progress read every half second until its report.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const t = C.t;
  const PART = 60000;
  const form = () => document.getElementById("import-form");
  let communeOfAccount = null;

  document.addEventListener("DOMContentLoaded", async () => {
    const user = await C.shell("admin");
    communeOfAccount = user && user.communeId;
    if (!communeOfAccount) {
      document.getElementById("import-commune-field").hidden = false;
      document.getElementById("import-commune").setAttribute("aria-required", "true");
    }
    document.getElementById("import-kind").addEventListener("change", showNotify);
    showNotify();
    form().addEventListener("submit", submit);
  });

  function showNotify() {
    document.getElementById("import-notify-field").hidden =
      document.getElementById("import-kind").value !== "rendez-vous";
  }

  async function submit(event) {
    event.preventDefault();
    A.clearErrors(form());
    const dryRun = !(event.submitter && event.submitter.value === "real");
    const commune = communeOfAccount || A.value("import-commune");
    const file = document.getElementById("import-file").files[0];
    const missing = [];
    if (!commune) missing.push({ field: document.getElementById("import-commune"), text: t("admin.import.communeMissing") });
    if (!file) missing.push({ field: document.getElementById("import-file"), text: t("admin.import.fileMissing") });
    if (missing.length) {
      A.showErrors(form(), missing, t("admin.common.complete"));
      return;
    }
    const kind = document.getElementById("import-kind").value;
    document.getElementById("import-report-section").hidden = true;
    try {
      const text = await file.text();
      const report = await A.busy(form(), () => kind === "rendez-vous"
        ? appointments(commune, file.name, text, dryRun)
        : kind === "agents" ? agents(commune, file.name, text, dryRun)
          : planning(commune, kind, file.name, text, dryRun));
      show(report, kind === "rendez-vous");
    } catch (problem) {
      if (problem instanceof Error) throw problem;
      progress(null);
      // the services write their details in French: the rules match French words.
      A.showProblem(form(), problem, [[/commune/i, "import-commune"], [/fichier|CSV|colonne|Ko/i, "import-file"]]);
    }
  }

  function planning(commune, kind, fileName, text, dryRun) {
    progress(t("admin.import.sending"), 0, 1);
    return C.api("POST", "/api/planning/imports/communes/" + encodeURIComponent(commune) + "/" + kind
      + "?dryRun=" + dryRun + "&fileName=" + encodeURIComponent(fileName), text, { csv: true });
  }

  // The agents file twice: planning-service makes the planning agents, the gateway their accounts. A real run checks
  // the accounts first and writes the agents only if they pass, then the accounts, so that a refusal writes nothing.
  async function agents(commune, fileName, text, dryRun) {
    const accounts = (real) => C.api("POST", "/api/accounts/imports/communes/" + encodeURIComponent(commune)
      + "/agents?dryRun=" + !real + "&fileName=" + encodeURIComponent(fileName), text, { csv: true });
    const checked = await accounts(false);
    if (dryRun || checked.errors.length) {
      return withAccounts(await planning(commune, "agents", fileName, text, true), checked, dryRun);
    }
    const agentsReport = await planning(commune, "agents", fileName, text, false);
    if (agentsReport.errors.length) return withAccounts(agentsReport, { ...checked, created: 0 }, false);
    return withAccounts(agentsReport, await accounts(true), false);
  }

  function withAccounts(agentsReport, accountsReport, dryRun) {
    return { ...agentsReport, dryRun, done: agentsReport.done && accountsReport.done,
      errors: agentsReport.errors.concat(accountsReport.errors), accounts: accountsReport };
  }

  async function appointments(commune, fileName, text, dryRun) {
    const base = "/api/booking/imports/communes/" + encodeURIComponent(commune) + "/appointments";
    const declared = await C.api("POST", base, { fileName });
    const path = base + "/" + encodeURIComponent(declared.importId);
    const parts = Math.max(1, Math.ceil(text.length / PART));
    for (let part = 0; part < parts; part++) {
      progress(t("admin.import.sendingPart", part + 1, parts), part, parts);
      await C.api("PUT", path + "/parts/" + part, text.substring(part * PART, (part + 1) * PART), { csv: true });
    }
    await C.api("POST", path + "/runs", { dryRun, notifyCitizens: document.getElementById("import-notify").checked });
    for (;;) {
      const report = await C.api("GET", path);
      if (report.status !== "RUNNING") return report;
      progress(t(dryRun ? "admin.import.checking" : "admin.import.importing", report.processed.toLocaleString(C.locale()),
        report.lines.toLocaleString(C.locale())), report.processed, report.lines || 1);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  // The progress bar and its text, a polite live region; said at most every few seconds by screen readers.
  function progress(text, done, total) {
    const section = document.getElementById("import-progress-section");
    section.hidden = text === null;
    if (text === null) return;
    const bar = document.getElementById("import-progress");
    bar.max = total;
    bar.value = done;
    document.getElementById("import-progress-text").textContent = text;
  }

  function show(report, isAppointments) {
    progress(t("admin.import.done"), 1, 1);
    const section = document.getElementById("import-report-section");
    section.hidden = false;
    const said = window.CreneauImportReport.draw(document.getElementById("import-report"), report, isAppointments);
    A.say(said.text, said.kind === "error" ? "error" : "success");
    document.getElementById("import-report-title").focus();
  }
})();
