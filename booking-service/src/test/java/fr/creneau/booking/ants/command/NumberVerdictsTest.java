package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.domain.ApplicationStatus;
import fr.creneau.booking.ants.domain.DeclaredAppointment;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.NumberStatus;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberVerdictsTest {

    private static final List<DeclaredAppointment> ELSEWHERE = List.of(
            new DeclaredAppointment("Mairie de Lyon", "2026-12-20T10:30:00", "https://ailleurs.example/1"));

    @Test
    void aValidatedNumberWithoutAppointmentIsFine() {
        assertThat(NumberVerdicts.judge(new NumberStatus("AB12CD34EF", ApplicationStatus.VALIDATED, List.of()),
                Fallback.REFUSE)).isEmpty();
    }

    @Test
    void consumedAndExpiredNumbersAreConflictsAndUnknownOnesBadRequests() {
        assertThatThrownBy(() -> NumberVerdicts.judge(new NumberStatus("N", ApplicationStatus.CONSUMED, List.of()),
                Fallback.ACCEPT)).isInstanceOf(ConflictException.class).hasMessageContaining("a déjà servi");
        assertThatThrownBy(() -> NumberVerdicts.judge(new NumberStatus("N", ApplicationStatus.EXPIRED, List.of()),
                Fallback.ACCEPT)).isInstanceOf(ConflictException.class).hasMessageContaining("a expiré");
        assertThatThrownBy(() -> NumberVerdicts.judge(new NumberStatus("N", ApplicationStatus.UNKNOWN, List.of()),
                Fallback.ACCEPT)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("inconnu");
    }

    @Test
    void anAppointmentElsewhereIsRefusedOrToldAsTheCommuneChose() {
        NumberStatus declared = new NumberStatus("N", ApplicationStatus.DECLARED, ELSEWHERE);

        assertThatThrownBy(() -> NumberVerdicts.judge(declared, Fallback.REFUSE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Mairie de Lyon, le 2026-12-20 à 10:30");
        assertThat(NumberVerdicts.judge(declared, Fallback.ACCEPT)).get().asString().contains("Pensez à annuler");
    }
}
