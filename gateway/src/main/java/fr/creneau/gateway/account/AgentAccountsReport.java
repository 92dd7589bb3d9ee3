package fr.creneau.gateway.account;

import fr.creneau.platform.csv.LineError;

import java.util.List;

/** What a run of the agents file did to the accounts, in the shape of a planning file's report. */
record AgentAccountsReport(String file, boolean dryRun, boolean done, int lines, int created, int alreadyPresent,
                           List<LineError> errors) {

    AgentAccountsReport {
        errors = List.copyOf(errors);
    }
}
