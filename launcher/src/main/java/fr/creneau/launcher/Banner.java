package fr.creneau.launcher;

import java.util.Map;

/** The text shown once everything is up. */
final class Banner {

    private Banner() {
    }

    static String of(Stack stack) {
        String gateway = stack.gatewayUrl();
        StringBuilder text = new StringBuilder()
                .append(System.lineSeparator())
                .append("Créneau est prêt en %d s (mémoire : %d Mo en RSS cumulée, %d Mo en PSS).%n".formatted(
                        stack.startupTime().toSeconds(), stack.residentMemoryTotal() / 1024,
                        stack.proportionalMemoryTotal() / 1024))
                .append("  Accueil                      %s/%n".formatted(gateway))
                .append("  Boîte de réception (dev)     %s/dev/inbox%n".formatted(gateway))
                .append("  Espace agents                %s/agent/connexion%n".formatted(gateway))
                .append("  Administrateur plateforme    %s%n".formatted(administrator(System.getenv())))
                .append("  API                          %s/api/{planning,booking,notifications,stats}/…%n"
                        .formatted(gateway))
                .append("  Métriques de la passerelle   %s/actuator/prometheus (boucle locale)%n"
                        .formatted(stack.gatewayManagementUrl()));
        for (Service service : Service.values()) {
            if (service.isBackend()) {
                text.append("  %-28s %s%n".formatted(service.module(), stack.url(service)));
            }
        }
        for (Map.Entry<String, Long> part : stack.residentMemory().entrySet()) {
            text.append("  RSS %-24s %d Mo%n".formatted(part.getKey(), part.getValue() / 1024));
        }
        return text.append("  Données et journaux          ").append(stack.dataDirectory()).append(System.lineSeparator())
                .append("Ctrl-C pour tout arrêter.").toString();
    }

    /** The account the gateway creates at its first start; a password of one's own is not printed. */
    static String administrator(Map<String, String> environment) {
        String username = environment.getOrDefault("CRENEAU_ADMIN_USERNAME", "admin");
        String password = environment.get("CRENEAU_ADMIN_PASSWORD");
        return password == null || password.isBlank()
                ? username + " / creneau-admin (mot de passe de développement : CRENEAU_ADMIN_PASSWORD le remplace)"
                : username + " / le mot de passe de CRENEAU_ADMIN_PASSWORD";
    }
}
