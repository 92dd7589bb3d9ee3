package fr.creneau.notification.booking.domain;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.Channel;
import fr.creneau.notification.notice.domain.NoticeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NoticePlanTest {

    private static final Instant NINE = Instant.parse("2027-01-05T08:00:00Z");
    private static final Appointment APPOINTMENT = new Appointment("t1", "Carte d'identité", null, null, "s1", "p1",
            "Mairie", "1 place de la Mairie", "g1", "Guichet 1", null, NINE, NINE.plusSeconds(1200), "Europe/Paris", 1,
            Channel.WEB, null, NINE.minusSeconds(86_400));

    @Test
    void aConfirmedAppointmentGetsItsConfirmation() {
        assertThat(NoticePlan.of(new AppointmentConfirmed("e1", NINE, "c1", "a1", APPOINTMENT)))
                .extracting(PlannedNotice::kind).containsExactly(NoticeKind.CONFIRMATION);
    }

    @Test
    void anImportedAppointmentWhoseImporterWithheldTheConfirmationGetsNone() {
        assertThat(NoticePlan.of(new AppointmentConfirmed("e1", NINE, "c1", "a1", APPOINTMENT, true))).isEmpty();
    }

    @Test
    void anAppointmentBookedByPhoneWithoutItsAntsNumbersAlsoGetsTheRequestToAddThem() {
        assertThat(NoticePlan.of(new AppointmentConfirmed("e1", NINE, "c1", "a1", APPOINTMENT, false, 2)))
                .extracting(PlannedNotice::kind)
                .containsExactly(NoticeKind.CONFIRMATION, NoticeKind.ANTS_NUMBERS_REQUESTED);
    }
}
