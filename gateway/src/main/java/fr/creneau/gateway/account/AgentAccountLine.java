package fr.creneau.gateway.account;

import fr.creneau.gateway.account.AccountRequests.NewAccount;
import fr.creneau.identity.Role;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The account one line of the agents file asks for: {@code identifiant} (none, no account), {@code email} (required
 * with it: the account has no password until its administrator sets one, or it signs in through ProConnect) and
 * {@code role}, checked as the accounts API checks a new account, each refusal in French with its line.
 */
record AgentAccountLine(long line, String agentName, NewAccount account) {

    /** The {@code role} column's words, one or several separated by {@code |}; {@code agent} when empty. */
    static final Map<String, Role> ROLES = Map.of("agent", Role.AGENT, "responsable", Role.SERVICE_MANAGER,
            "administrateur", Role.COMMUNE_ADMIN);
    private static final Map<String, String> COLUMNS = Map.of("username", "identifiant", "displayName", "nom",
            "email", "email", "roles", "role", "password", "email");

    /** The line's account, or null when it names no {@code identifiant}; its errors are added to {@code errors}. */
    static AgentAccountLine of(String fileName, CsvLine line, List<LineError> errors) {
        String username = line.get("identifiant");
        if (username == null || username.isBlank()) {
            return null;
        }
        List<LineError> found = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        String cell = line.get("role") == null || line.get("role").isBlank() ? "agent" : line.get("role");
        for (String word : cell.split("\\|")) {
            Role role = ROLES.get(word.strip().toLowerCase(Locale.ROOT));
            if (role == null) {
                found.add(new LineError(fileName, line.line(), "Le rôle « %s » est inconnu : agent, responsable ou "
                        .formatted(word.strip()) + "administrateur (plusieurs séparés par |)."));
            } else {
                roles.add(role.name());
            }
        }
        String email = line.get("email");
        if (email == null || email.isBlank()) {
            found.add(new LineError(fileName, line.line(), ("Le compte « %s » demande une adresse e-mail : le fichier "
                    + "ne porte aucun mot de passe.").formatted(username.strip())));
        }
        NewAccount account = new NewAccount(username.strip(), line.get("nom"), email == null ? null : email.strip(),
                null, roles.isEmpty() ? List.of(Role.AGENT.name()) : roles, null, List.of(), null);
        account.errors().stream()
                .filter(error -> !(error.get("field").equals("password") && (email == null || email.isBlank())))
                .forEach(error -> found.add(new LineError(fileName, line.line(), "Colonne « %s » : %s."
                        .formatted(COLUMNS.getOrDefault(error.get("field"), error.get("field")), error.get("message")))));
        errors.addAll(found);
        return found.isEmpty() ? new AgentAccountLine(line.line(), line.get("nom"), account) : null;
    }
}
