package fr.creneau.notification.delivery.adapter;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.platform.startup.MissingSetting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The channels that are on but have no provider, said in French with what to set for each. */
final class MissingProviders {

    private MissingProviders() {
    }

    static MissingSetting noChannel() {
        return new MissingSetting("NOTIFICATION_CHANNELS ne nomme aucun canal : ni code ni confirmation ne partirait.",
                "Indiquez SMS, EMAIL ou les deux, par exemple NOTIFICATION_CHANNELS=SMS,EMAIL.");
    }

    static MissingSetting of(List<MessageChannel> missing, Set<MessageChannel> on) {
        String channels = missing.stream().map(MissingProviders::plural).collect(Collectors.joining(" et les "));
        String description = ("Les %s sont activés (NOTIFICATION_CHANNELS) mais aucun fournisseur n'est configuré pour "
                + "les envoyer : leurs messages ne partiraient pas.").formatted(channels);
        StringBuilder action = new StringBuilder();
        for (MessageChannel channel : missing) {
            action.append(what(channel));
            if (on.size() > 1) {
                action.append(", ou retirez %s de NOTIFICATION_CHANNELS (par exemple NOTIFICATION_CHANNELS=%s)"
                        .formatted(channel, on.stream().filter(other -> other != channel).map(Enum::name)
                                .collect(Collectors.joining(","))));
            }
            action.append(".").append(System.lineSeparator());
        }
        return new MissingSetting(description, action.append("Pour essayer Créneau sur un poste de développement, "
                + "CRENEAU_DEV_INBOX=true dépose ces messages dans la boîte de réception de développement au lieu de "
                + "les envoyer (./creneau le fait).").toString());
    }

    private static String plural(MessageChannel channel) {
        return channel == MessageChannel.SMS ? "SMS" : "e-mails";
    }

    private static String what(MessageChannel channel) {
        return channel == MessageChannel.SMS
                ? "Pour les SMS, renseignez TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN et TWILIO_FROM"
                : "Pour les e-mails, renseignez SMTP_HOST (et selon le serveur SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, "
                        + "SMTP_STARTTLS, MAIL_FROM)";
    }
}
