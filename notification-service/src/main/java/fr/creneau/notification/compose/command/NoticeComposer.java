package fr.creneau.notification.compose.command;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.notification.compose.domain.Composition;
import fr.creneau.notification.compose.domain.ContactNotYetKnownException;
import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.contact.view.ContactBook;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.sms.domain.GsmTransliteration;
import fr.creneau.notification.template.command.Templates;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.MergeField;
import fr.creneau.notification.template.domain.Template;
import fr.creneau.notification.template.domain.TemplateText;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
public class NoticeComposer {

    private final ContactBook contacts;
    private final Templates templates;
    private final Links links;
    private final CalendarAttachment calendar;
    private final Clock clock;

    NoticeComposer(ContactBook contacts, Templates templates, Links links, CalendarAttachment calendar, Clock clock) {
        this.contacts = contacts;
        this.templates = templates;
        this.links = links;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Composition compose(Notice notice) {
        if (expired(notice)) {
            return new Composition.Skipped("code expiré avant l'envoi", true);
        }
        if (notice.recipient() == null && notice.appointmentId() != null && contacts.erased(notice.appointmentId())) {
            return new Composition.Skipped("coordonnées du citoyen effacées", false);
        }
        Optional<AppointmentContact> contact = contactOf(notice);
        String recipient = notice.recipient() != null
                ? notice.recipient() : contact.map(c -> address(c, notice.channel())).orElse(null);
        if (recipient == null || recipient.isBlank()) {
            return new Composition.Skipped(notice.channel() == MessageChannel.SMS
                    ? "pas de numéro de mobile" : "pas d'adresse e-mail", false);
        }
        Language language = languageOf(notice, contact);
        Map<String, String> values = values(notice, contact, language);
        Template template = templates.resolve(notice.communeId(), notice.appointmentTypeId(), notice.kind(),
                notice.channel(), language);
        String subject = TemplateText.render(template.subject(), values);
        String body = TemplateText.render(template.body(), values);
        if (notice.channel() == MessageChannel.SMS) {
            body = GsmTransliteration.apply(body);
        }
        List<OutboundMessage.Attachment> attachments = notice.channel() == MessageChannel.EMAIL
                ? calendar.attachmentFor(notice, values, language) : List.of();
        return new Composition.Ready(
                new OutboundMessage(notice.channel(), notice.kind(), recipient, subject, body, attachments));
    }

    private Optional<AppointmentContact> contactOf(Notice notice) {
        if (notice.kind() == NoticeKind.ONE_TIME_CODE || notice.appointmentId() == null) {
            return Optional.empty();
        }
        Optional<AppointmentContact> contact = contacts.find(notice.appointmentId());
        if (contact.isEmpty() && !notice.kind().forAgents()) {
            throw new ContactNotYetKnownException(notice.appointmentId());
        }
        return contact;
    }

    /** The citizen's language, from the page they booked on; the agents' notices are in French. */
    private static Language languageOf(Notice notice, Optional<AppointmentContact> contact) {
        if (notice.kind().forAgents()) {
            return Language.FR;
        }
        Object locale = contact.map(c -> (Object) c.locale()).orElse(notice.mergeData().get(AppointmentFields.LOCALE));
        return Language.ofLocale(locale == null ? null : locale.toString());
    }

    private Map<String, String> values(Notice notice, Optional<AppointmentContact> contact, Language language) {
        Map<String, String> values = new HashMap<>();
        notice.mergeData().forEach((key, value) -> {
            if (!key.startsWith("_") && value != null) {
                values.put(key, value.toString());
            }
        });
        if (!notice.kind().forAgents()) {
            LocalisedFields.apply(notice, language, values);
        }
        values.put(MergeField.LIEN_PORTAIL.key(), links.portal(language));
        contact.ifPresent(c -> {
            values.putIfAbsent(MergeField.BENEFICIAIRE.key(), c.fullName() == null ? "" : c.fullName());
            values.put(MergeField.LIEN_GESTION.key(), links.manage(c.manageToken(), language));
            values.put(MergeField.LIEN_ANNULATION.key(), links.cancel(c.manageToken(), language));
            values.put(MergeField.LIEN_PROPOSITION.key(), links.offer(c.manageToken(), language));
            values.put(MergeField.REFERENCE.key(), c.reference() == null ? "" : c.reference());
            values.put(MergeField.CRENEAUX_PROPOSES.key(), ProposedSlots.describe(notice, c, links, language));
        });
        return values;
    }

    private boolean expired(Notice notice) {
        return notice.expiresAt() != null && !notice.expiresAt().isAfter(clock.instant());
    }

    private static String address(AppointmentContact contact, MessageChannel channel) {
        return channel == MessageChannel.SMS ? contact.mobile() : contact.email();
    }
}
