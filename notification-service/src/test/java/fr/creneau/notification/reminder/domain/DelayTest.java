package fr.creneau.notification.reminder.domain;

import fr.creneau.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelayTest {

    @Test
    void delaysAreWrittenInMinutesHoursOrDaysAsInTheBackOffice() {
        assertThat(Delay.parse("48h").duration()).isEqualTo(Duration.ofHours(48));
        assertThat(Delay.parse("90m").duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(Delay.parse("2j").duration()).isEqualTo(Duration.ofDays(2));
        assertThat(Delay.parse("2h").text()).isEqualTo("2h");
    }

    @Test
    void aDelayThatIsNotADurationIsRefusedInFrench() {
        assertThatThrownBy(() -> Delay.parse("deux jours")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("« deux jours » n'est pas valide");
        assertThatThrownBy(() -> Delay.parse("0h")).isInstanceOf(InvalidRequestException.class);
    }
}
