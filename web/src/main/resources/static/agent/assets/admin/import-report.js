// The report of an import run, drawn for the reprise page: what was found, then every error with its file and line.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;

  function count(n, one, many) {
    return n.toLocaleString("fr-FR") + " " + (n > 1 ? many : one);
  }

  // report: the appointments' ({status, dryRun, created, alreadyImported, errors}) or a planning file's
  // ({dryRun, done, created, alreadyPresent, errors}).
  function summary(report, appointments) {
    const ok = appointments ? report.status === "DONE" : report.errors.length === 0;
    const created = report.created || 0;
    const skipped = appointments ? report.alreadyImported || 0 : report.alreadyPresent || 0;
    const what = appointments ? ["rendez-vous", "rendez-vous"] : ["élément", "éléments"];
    const again = skipped ? " " + count(skipped, "ligne déjà importée est ignorée", "lignes déjà importées sont ignorées")
      + "." : "";
    if (!ok) {
      return { kind: "error", text: "Le fichier compte " + count(report.errors.length, "erreur", "erreurs")
        + (report.dryRun ? " : corrigez-les, puis vérifiez-le de nouveau." : " : rien n'a été importé.") };
    }
    return { kind: "success", text: (report.dryRun
      ? "Le fichier est correct : " + count(created, what[0] + " serait créé", what[1] + " seraient créés")
        + ". Rien n'a été changé."
      : "Import terminé : " + count(created, what[0] + " créé", what[1] + " créés") + ".") + again
      + (report.accounts ? accounts(report.accounts) : "") };
  }

  // the agents file's accounts (the gateway's report): created without a password, which their administrator sets
  function accounts(a) {
    const made = a.dryRun ? count(a.created, "compte d'agent serait créé", "comptes d'agents seraient créés")
      : count(a.created, "compte d'agent créé", "comptes d'agents créés");
    const present = a.alreadyPresent ? ", " + count(a.alreadyPresent, "déjà présent", "déjà présents") : "";
    return " " + made + present + (a.created ? " : sans mot de passe, à définir par l'administrateur de la commune "
      + "sur la page des comptes (ou connexion par ProConnect)." : ".");
  }

  function draw(container, report, appointments) {
    const said = summary(report, appointments);
    const rows = report.errors.map((e) => [String(e.line || "—"), e.file, e.message]);
    container.replaceChildren(
      el("p", { class: "message " + said.kind, id: "import-summary" }, said.text),
      rows.length ? A.table("import-errors", "Erreurs du fichier, par ligne", ["Ligne", "Fichier", "Erreur"], rows)
        : el("p", { class: "empty" }, "Aucune erreur."));
    return said;
  }

  window.CreneauImportReport = { draw };
})();
