// The report of an import run, drawn for the reprise page: what was found, then every error with its file and line.
(function () {
  "use strict";

  const C = window.Creneau;
  const A = window.CreneauAdmin;
  const el = C.el;
  const t = C.t;

  // prefix ("admin.import.errors.") + "one" or "many", with the number formatted, by the page's language's rule
  // (French: 0 and 1 are singular).
  function count(n, prefix) {
    const many = C.lang() === "en" ? n !== 1 : n > 1;
    return t(prefix + (many ? "many" : "one"), n.toLocaleString(C.locale()));
  }

  // report: the appointments' ({status, dryRun, created, alreadyImported, errors}) or a planning file's
  // ({dryRun, done, created, alreadyPresent, errors}).
  function summary(report, appointments) {
    const ok = appointments ? report.status === "DONE" : report.errors.length === 0;
    const created = report.created || 0;
    const skipped = appointments ? report.alreadyImported || 0 : report.alreadyPresent || 0;
    const would = appointments ? "admin.import.appointmentsWould." : "admin.import.itemsWould.";
    const made = appointments ? "admin.import.appointmentsCreated." : "admin.import.itemsCreated.";
    const again = skipped ? " " + count(skipped, "admin.import.skipped.") : "";
    if (!ok) {
      return { kind: "error", text: t(report.dryRun ? "admin.import.errorsChecked" : "admin.import.errorsNothing",
        count(report.errors.length, "admin.import.errors.")) };
    }
    return { kind: "success", text: (report.dryRun
      ? t("admin.import.correct", count(created, would))
      : t("admin.import.finished", count(created, made))) + again
      + (report.accounts ? accounts(report.accounts) : "") };
  }

  // the agents file's accounts (the gateway's report): created without a password, which their administrator sets
  function accounts(a) {
    const made = count(a.created, a.dryRun ? "admin.import.accountsWould." : "admin.import.accountsCreated.");
    const present = a.alreadyPresent ? ", " + count(a.alreadyPresent, "admin.import.present.") : "";
    return " " + t(a.created ? "admin.import.accountsNoPassword" : "admin.import.accountsLine", made + present);
  }

  function draw(container, report, appointments) {
    const said = summary(report, appointments);
    const rows = report.errors.map((e) => [String(e.line || "—"), e.file, e.message]);
    container.replaceChildren(
      el("p", { class: "message " + said.kind, id: "import-summary" }, said.text),
      rows.length ? A.table("import-errors", t("admin.import.errorsCaption"),
        [t("admin.import.colLine"), t("admin.import.colFile"), t("admin.import.colError")], rows)
        : el("p", { class: "empty" }, t("admin.import.noError")));
    return said;
  }

  window.CreneauImportReport = { draw };
})();
