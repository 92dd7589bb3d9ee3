package fr.creneau.booking.ants.view;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.SlotReserved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Follows the appointments of communes connected to the ANTS, in the transaction of each event: a confirmation
 * queues a declaration per number, a cancellation its withdrawal, a move both (withdraw, then declare). The queue
 * is the outbox that {@code OutboxSender} empties, so a declaration is written exactly when its event is stored.
 * The management link is kept sealed ({@link LinkSeal}) here and in the outbox.
 */
@Component
@ProcessingGroup("booking-projections")
class Declarations {

    private static final Set<BookingStatus> WITHDRAWN = EnumSet.of(BookingStatus.CANCELLED, BookingStatus.UNSCHEDULED,
            BookingStatus.REFUSED, BookingStatus.EXPIRED);

    private final DeclarationTables tables;
    private final SettingsView settings;
    private final ContactVault vault;
    private final String portal;
    private final LinkSeal seal;

    Declarations(DeclarationTables tables, SettingsView settings, ContactVault vault,
            @Value("${booking.ants.portal-url:}") String portalUrl, LinkSeal seal) {
        this.tables = tables;
        this.settings = settings;
        this.vault = vault;
        this.portal = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.seal = seal;
    }

    @EventHandler
    void on(SlotReserved event) {
        remember(event.booking(), event.sealedContact());
        follow(event);
    }

    @EventHandler
    void on(AppointmentBooked event) {
        remember(event.booking(), event.sealedContact());
        follow(event);
    }

    @EventHandler
    void on(AppointmentMovedIn event) {
        remember(event.booking(), event.sealedContact());
        follow(event);
    }

    @EventHandler
    void on(AppointmentEvent event) {
        follow(event);
    }

    private void remember(Booking booking, String sealedContact) {
        if (!settings.of(booking.communeId()).enabled()) {
            return;
        }
        ContactDetails contact = vault.open(booking.appointmentId(), sealedContact).orElse(null);
        if (contact == null || contact.antsNumbers().isEmpty() || contact.manageToken() == null) {
            return;
        }
        tables.remember(booking, seal.seal(booking.appointmentId(), portal + "/gerer/" + contact.manageToken()),
                contact.antsNumbers());
    }

    private void follow(AppointmentEvent event) {
        if (event instanceof AppointmentMovedOut || !settings.everConfigured(event.booking().communeId())) {
            return;
        }
        Booking booking = event.booking();
        DeclarationTables.Followed followed = tables.followed(booking.appointmentId()).orElse(null);
        if (followed == null || !followed.active()) {
            return;
        }
        boolean moved = !followed.startsAt().equals(booking.range().start())
                || !followed.placeId().equals(booking.details().placeId());
        if (booking.status() == BookingStatus.CONFIRMED) {
            if (followed.declared() && moved) {
                tables.queue(followed, "DELETE", event.occurredAt());
            }
            if (!followed.declared() || moved) {
                DeclarationTables.Followed now = tables.update(followed, booking, true, true);
                tables.queue(now, "DECLARE", event.occurredAt());
            }
        } else if (!booking.status().isActive()) {
            if (followed.declared() && WITHDRAWN.contains(booking.status())) {
                tables.queue(followed, "DELETE", event.occurredAt());
            }
            tables.update(followed, booking, followed.declared(), false);
        } else if (moved) {
            tables.update(followed, booking, followed.declared(), true);
        }
    }
}
