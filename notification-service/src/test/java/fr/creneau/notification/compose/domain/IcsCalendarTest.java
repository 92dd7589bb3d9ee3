package fr.creneau.notification.compose.domain;

import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IcsCalendarTest {

    @Test
    void theCalendarFileParsesWithItsTimesTextAndFoldedLines() throws Exception {
        String description = "Documents à apporter : photo, justificatif; et la pré-demande ANTS\nModifier : "
                + "https://rdv.example.fr/gerer/0b7c5a4e-5f3e-4c62-9d7f-9a0e8c1f2b3d-abcdefghijklmnopqrstuvwxyz";
        String ics = IcsCalendar.event("a-1@creneau", Instant.parse("2026-12-01T08:20:00Z"),
                Instant.parse("2026-12-01T08:40:00Z"), Instant.parse("2026-11-20T10:00:00Z"),
                "Carte d'identité - mairie", "Mairie, 1 place de la Mairie", description, 3, IcsCalendar.Action.PUBLISH);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();

        VEvent event = (VEvent) calendar.getComponent("VEVENT");
        assertThat(event.getStartDate().getDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T08:20:00Z"));
        assertThat(event.getEndDate().getDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T08:40:00Z"));
        assertThat(event.getLocation().getValue()).isEqualTo("Mairie, 1 place de la Mairie");
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getUid().getValue()).isEqualTo("a-1@creneau");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(3);
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(ics.lines().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow()).isLessThanOrEqualTo(75);
    }

    @Test
    void aCancellationIsTheSameEventUnderMethodCancel() throws Exception {
        String ics = IcsCalendar.event("a-1@creneau", Instant.parse("2026-12-01T08:20:00Z"),
                Instant.parse("2026-12-01T08:40:00Z"), Instant.parse("2026-11-21T10:00:00Z"), "Carte d'identité",
                "Mairie", "Annulé", 4, IcsCalendar.Action.CANCEL);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();

        VEvent event = (VEvent) calendar.getComponent("VEVENT");
        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getUid().getValue()).isEqualTo("a-1@creneau");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(4);
    }
}
