package fr.creneau.gateway.account;

import fr.creneau.platform.csv.CsvFile;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The accounts of the agents file of a commune moving in: one for each line with an {@code identifiant}, linked to
 * the planning agent of that line's name, in the same commune, with no password. A dry run checks and changes
 * nothing; a real run creates every account or none; an account that exists already, in this commune and not linked
 * to another agent, is counted in {@code alreadyPresent}, so running the file twice creates nothing twice.
 */
@Component
class AgentAccountsImport {

    private static final Set<String> REQUIRED = Set.of("nom");
    private static final Set<String> KNOWN = new LinkedHashSet<>(List.of("nom", "guichets", "identifiant", "email",
            "role"));

    private final AccountStore store;
    private final PlanningAgents planning;
    private final AdministratorAddresses administrators;
    private final TransactionTemplate transaction;

    AgentAccountsImport(AccountStore store, PlanningAgents planning, AdministratorAddresses administrators,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.planning = planning;
        this.administrators = administrators;
        this.transaction = new TransactionTemplate(transactions);
    }

    Mono<AgentAccountsReport> run(String communeId, String fileName, String text, boolean dryRun) {
        CsvFile file = CsvFile.read(fileName, text, REQUIRED, KNOWN);
        List<LineError> errors = new ArrayList<>(file.errors());
        List<AgentAccountLine> wanted = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (CsvLine line : file.lines()) {
            String username = key(line.get("identifiant"));
            String email = key(line.get("email"));
            if (!username.isEmpty() && (!usernames.add(username) || !email.isEmpty() && !emails.add(email))) {
                errors.add(new LineError(fileName, line.line(), "L'identifiant « %s » ou l'adresse « %s » figure déjà "
                        .formatted(line.get("identifiant").strip(), line.get("email")) + "plus haut dans le fichier."));
                continue;
            }
            AgentAccountLine account = AgentAccountLine.of(fileName, line, errors);
            if (account != null) {
                wanted.add(account);
            }
        }
        return planning.byName(communeId)
                .flatMap(agents -> Mono.fromCallable(() -> checkAndCreate(communeId, fileName, file.lines().size(),
                        wanted, agents, errors, dryRun)).subscribeOn(Schedulers.boundedElastic()));
    }

    private static String key(String cell) {
        return cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
    }

    private AgentAccountsReport checkAndCreate(String communeId, String fileName, int lines,
            List<AgentAccountLine> wanted, Map<String, String> agents, List<LineError> errors, boolean dryRun) {
        List<Account> toCreate = new ArrayList<>();
        int alreadyPresent = 0;
        for (AgentAccountLine line : wanted) {
            String agentId = agents.get(PlanningAgents.nameKey(line.agentName()));
            if (agentId == null && !dryRun) {
                errors.add(new LineError(fileName, line.line(), ("L'agent « %s » n'est pas dans le planning de la "
                        + "commune : le fichier des agents y est importé avant les comptes.").formatted(line.agentName())));
                continue;
            }
            Account existing = store.credentialsOf(line.account().username())
                    .map(AccountStore.Credentials::account).orElse(null);
            if (existing != null) {
                if (existing.isMemberOf(communeId) && (existing.agentId() == null || existing.agentId().equals(agentId)
                        || agentId == null)) {
                    alreadyPresent++;
                } else {
                    errors.add(new LineError(fileName, line.line(), "L'identifiant « %s » est déjà celui d'un autre "
                            .formatted(line.account().username()) + "compte."));
                }
                continue;
            }
            if (store.findByEmail(line.account().email()).isPresent()) {
                errors.add(new LineError(fileName, line.line(), "L'adresse « %s » est déjà celle d'un autre compte."
                        .formatted(line.account().email())));
                continue;
            }
            toCreate.add(line.account().toAccount(communeId).linkedTo(agentId));
        }
        if (!errors.isEmpty() || dryRun) {
            return new AgentAccountsReport(fileName, dryRun, false, lines, toCreate.size(), alreadyPresent, errors);
        }
        try {
            transaction.executeWithoutResult(status -> toCreate.forEach(account -> store.insert(account, null)));
        } catch (DuplicateKeyException e) {
            return new AgentAccountsReport(fileName, false, false, lines, 0, alreadyPresent, List.of(new LineError(
                    fileName, 0, "Un compte de ce fichier a été créé entre-temps par ailleurs : rien n'a été importé, "
                    + "relancez l'import.")));
        }
        administrators.tell(communeId);
        return new AgentAccountsReport(fileName, false, true, lines, toCreate.size(), alreadyPresent, errors);
    }
}
