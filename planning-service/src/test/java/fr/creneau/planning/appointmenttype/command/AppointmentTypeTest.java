package fr.creneau.planning.appointmenttype.command;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeArchived;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeCreated;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeUpdated;
import fr.creneau.planning.appointmenttype.domain.BookableWith;
import fr.creneau.planning.appointmenttype.domain.TypeOption;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentTypeTest {

    private AggregateTestFixture<AppointmentType> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AppointmentType.class);
    }

    static AppointmentTypeSettings identityCard(int minutes) {
        return new AppointmentTypeSettings("Pièces d'identité", "Déposer une demande", minutes, "2m", "60m",
                List.of(new TypeOption("cni", "CNI"), new TypeOption("passeport", "Passeport")), 4, true, true,
                List.of(), false, "Apportez une photo", "Vos données sont conservées 1 an", List.of(),
                BookableWith.SERVICE, true);
    }

    @Test
    void aTypeIsCreatedWithAllItsSettings() {
        fixture.givenNoPriorActivity()
                .when(new CreateAppointmentType("type-1", "villeneuve", identityCard(20)))
                .expectEvents(new AppointmentTypeCreated("type-1", "villeneuve", identityCard(20)));
    }

    @Test
    void changingTheDurationIsAnUpdate() {
        fixture.given(new AppointmentTypeCreated("type-1", "villeneuve", identityCard(20)))
                .when(new UpdateAppointmentType("type-1", "villeneuve", identityCard(30)))
                .expectEvents(new AppointmentTypeUpdated("type-1", "villeneuve", identityCard(30)));
    }

    @Test
    void anArchivedTypeCannotBeChanged() {
        fixture.given(new AppointmentTypeCreated("type-1", "villeneuve", identityCard(20)),
                        new AppointmentTypeArchived("type-1", "villeneuve", identityCard(20)))
                .when(new UpdateAppointmentType("type-1", "villeneuve", identityCard(30)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void settingsRefuseAZeroDurationAnUnknownNoticeAndTwoOptionsOfTheSameLabel() {
        assertThatThrownBy(() -> identityCard(0)).hasMessageContaining("durée");
        assertThatThrownBy(() -> new AppointmentTypeSettings("CNI", null, 20, "2m", "60x", null, 1, false, true, null,
                false, null, null, null, null, false)).hasMessageContaining("« 60x »");
        assertThatThrownBy(() -> new AppointmentTypeSettings("CNI", null, 20, "2m", "60m",
                List.of(new TypeOption("a", "CNI"), new TypeOption("b", "CNI")), 1, false, true, null, false, null,
                null, null, null, false)).hasMessageContaining("même libellé");
    }

    @Test
    void horizonAndNoticeArePublishedAsIsoDurations() {
        AppointmentTypeSettings settings = new AppointmentTypeSettings("CNI", null, 20, "6w", "2h", null, 1, false,
                true, null, false, null, null, null, null, false);
        assertThat(settings.bookingHorizonIso()).isEqualTo("P6W");
        assertThat(settings.minimumNoticeIso()).isEqualTo("PT2H");
        assertThat(settings.bookableWith()).isEqualTo(BookableWith.SERVICE);
    }
}
