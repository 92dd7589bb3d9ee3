package fr.creneau.launcher;

import java.util.Map;

/** The text shown once everything is up. */
final class Banner {

    private Banner() {
    }

    static String of(Stack stack) {
        String gateway = stack.gatewayUrl();
        StackMemory memory = stack.memory();
        StringBuilder text = new StringBuilder()
                .append(System.lineSeparator())
                .append("Créneau est prêt en %d s (mémoire : %d Mo en RSS cumulée, %d Mo en PSS).%n".formatted(
                        stack.startupTime().toSeconds(), memory.residentTotal() / 1024,
                        memory.proportionalTotal() / 1024))
                .append("  Accueil                      %s/%n".formatted(gateway))
                .append(devInbox(stack.devInbox(), gateway))
                .append("  Espace agents                %s/agent/connexion%n".formatted(gateway))
                .append("  Administrateur plateforme    %s%n".formatted(administrator(System.getenv())))
                .append("  API                          %s/api/{planning,booking,notifications,stats}/…%n"
                        .formatted(gateway))
                .append(listening(stack.gatewayAddress()))
                .append("  Métriques de la passerelle   %s/actuator/prometheus (boucle locale)%n"
                        .formatted(stack.gatewayManagementUrl()));
        for (Service service : Service.values()) {
            if (service.isBackend()) {
                text.append("  %-28s %s%n".formatted(service.module(), String.join(" ", stack.urls(service))));
            }
        }
        for (Map.Entry<String, Long> part : memory.resident().entrySet()) {
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
                ? username + " / " + ServiceEnvironment.DEVELOPMENT_ADMIN_PASSWORD
                        + " (mot de passe de développement : CRENEAU_ADMIN_PASSWORD le remplace)"
                : username + " / le mot de passe de CRENEAU_ADMIN_PASSWORD";
    }

    /** A development tool that publishes codes and links: said plainly when it is on. */
    static String devInbox(boolean on, String gateway) {
        return on
                ? ("  Boîte de réception (dev)     %s/dev/inbox%n"
                        + "    ACTIVE : les SMS et e-mails sans Twilio ni SMTP configuré y sont déposés, pas envoyés,%n"
                        + "    et quiconque atteint la passerelle les lit (CRENEAU_DEV_INBOX=false l'éteint).%n")
                        .formatted(gateway)
                : "  Boîte de réception (dev)     désactivée (CRENEAU_DEV_INBOX=false)%n".formatted();
    }

    /** The gateway alone may be reached from elsewhere, and by default not even it. */
    static String listening(String gatewayAddress) {
        String gateway = StackBuilder.LOOPBACK.equals(gatewayAddress)
                ? "cette machine seulement (GATEWAY_ADDRESS=0.0.0.0 l'ouvre au réseau)"
                : gatewayAddress;
        return ("  Passerelle à l'écoute sur    %s%n"
                + "  Services, sur 127.0.0.1 seulement, derrière la passerelle :%n").formatted(gateway);
    }
}
