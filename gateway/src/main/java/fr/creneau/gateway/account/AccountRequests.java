package fr.creneau.gateway.account;

import fr.creneau.identity.Role;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static fr.creneau.platform.text.Texts.blankToNull;

/** The bodies of the accounts API and their checks, each refusal in French under the field it concerns. */
final class AccountRequests {

    private static final Pattern USERNAME =
            Pattern.compile("[A-Za-z0-9._@-]{3,%d}".formatted(CredentialLimits.LONGEST_USERNAME));
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD_BYTES = CredentialLimits.LONGEST_PASSWORD_BYTES;
    private static final int MAX_SERVICES = 20;

    private AccountRequests() {
    }

    record NewAccount(String username, String displayName, String email, String password, List<String> roles,
                      String agentId, List<String> serviceIds, String partnerType) {

        List<Map<String, String>> errors() {
            List<Map<String, String>> errors = new ArrayList<>();
            if (username == null || !USERNAME.matcher(username).matches()) {
                errors.add(error("username", "de 3 à 100 caractères : lettres sans accent, chiffres, . _ @ -"));
            }
            checkDisplayName(displayName, errors);
            checkEmail(email, errors);
            if (password == null && blank(email)) {
                errors.add(error("password", "obligatoire, sauf pour un compte qui se connecte par ProConnect "
                        + "(avec une adresse e-mail)"));
            }
            checkPassword(password, errors);
            checkRoles(roles, errors);
            checkAgentId(agentId, errors);
            checkScope(roles, serviceIds, partnerType, errors);
            return errors;
        }

        Account toAccount(String communeId) {
            return new Account(UUID.randomUUID(), username, displayName.strip(), blankToNull(email), communeId,
                    roleSet(roles), blankToNull(agentId), true, serviceIds, blankToNull(partnerType));
        }
    }

    record AccountChange(String displayName, String email, List<String> roles, String agentId, Boolean enabled,
                         String password, List<String> serviceIds, String partnerType) {

        List<Map<String, String>> errors() {
            List<Map<String, String>> errors = new ArrayList<>();
            checkDisplayName(displayName, errors);
            checkEmail(email, errors);
            checkPassword(password, errors);
            checkRoles(roles, errors);
            checkAgentId(agentId, errors);
            checkScope(roles, serviceIds, partnerType, errors);
            if (enabled == null) {
                errors.add(error("enabled", "obligatoire (true ou false)"));
            }
            return errors;
        }

        Account applyTo(Account account) {
            return new Account(account.id(), account.username(), displayName.strip(), blankToNull(email),
                    account.communeId(), roleSet(roles), blankToNull(agentId), enabled, serviceIds,
                    blankToNull(partnerType));
        }
    }

    record AccountView(UUID accountId, String username, String displayName, String email, String communeId,
                       Set<Role> roles, String agentId, boolean enabled, List<String> serviceIds, String partnerType) {

        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.email(),
                    account.communeId(), account.roles(), account.agentId(), account.enabled(), account.serviceIds(),
                    account.partnerType());
        }
    }

    private static void checkDisplayName(String displayName, List<Map<String, String>> errors) {
        if (blank(displayName) || displayName.length() > 200) {
            errors.add(error("displayName", "obligatoire, 200 caractères au plus"));
        }
    }

    private static void checkEmail(String email, List<Map<String, String>> errors) {
        if (!blank(email) && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(error("email", "adresse e-mail invalide"));
        }
    }

    private static void checkPassword(String password, List<Map<String, String>> errors) {
        if (password != null && (password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES)) {
            errors.add(error("password", "de %d à %d caractères (72 octets)".formatted(MIN_PASSWORD, MAX_PASSWORD_BYTES)));
        }
    }

    private static void checkRoles(List<String> roles, List<Map<String, String>> errors) {
        if (roles == null || roles.isEmpty() || !roles.stream().allMatch(AccountRequests::isCommuneRole)) {
            errors.add(error("roles", "au moins un rôle parmi COMMUNE_ADMIN, SERVICE_MANAGER, AGENT et PARTNER"));
        } else if (roles.contains(Role.PARTNER.name()) && roles.size() > 1) {
            errors.add(error("roles", "un partenaire n'est pas un agent de la commune : PARTNER ne se cumule avec aucun "
                    + "autre rôle"));
        }
    }

    /** The services a manager manages, and a partner's type: each only with its role. */
    private static void checkScope(List<String> roles, List<String> serviceIds, String partnerType,
                                   List<Map<String, String>> errors) {
        boolean manager = roles != null && roles.contains(Role.SERVICE_MANAGER.name());
        boolean partner = roles != null && roles.contains(Role.PARTNER.name());
        if (serviceIds != null && !serviceIds.isEmpty() && !manager) {
            errors.add(error("serviceIds", "seul un responsable de service (SERVICE_MANAGER) gère des services"));
        }
        if (serviceIds != null && (serviceIds.size() > MAX_SERVICES
                || serviceIds.stream().anyMatch(id -> blank(id) || id.length() > 100 || id.contains(",")))) {
            errors.add(error("serviceIds", "au plus %d identifiants de service, de 100 caractères au plus"
                    .formatted(MAX_SERVICES)));
        }
        if (partner && (blank(partnerType) || partnerType.length() > 100)) {
            errors.add(error("partnerType", "obligatoire pour un partenaire, 100 caractères au plus"));
        }
        if (!partner && !blank(partnerType)) {
            errors.add(error("partnerType", "réservé aux comptes partenaires (PARTNER)"));
        }
    }

    private static void checkAgentId(String agentId, List<Map<String, String>> errors) {
        if (agentId != null && agentId.length() > 100) {
            errors.add(error("agentId", "100 caractères au plus"));
        }
    }

    private static boolean isCommuneRole(String role) {
        try {
            return role != null && Role.valueOf(role).ofACommune();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<Role> roleSet(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
