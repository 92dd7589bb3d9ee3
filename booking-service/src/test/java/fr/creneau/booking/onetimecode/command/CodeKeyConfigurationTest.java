package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.onetimecode.domain.CodeKey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CodeKeyConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CodeKeyConfiguration.class);

    @Test
    void withoutBookingCodeSecretTheServiceDoesNotStart() {
        context.run(started -> assertThat(started).hasFailed().getFailure()
                .rootCause().hasMessageContaining("BOOKING_CODE_SECRET n'est pas défini"));
    }

    @Test
    void withASecretTheCodesAreKeyedByIt() {
        context.withPropertyValues("booking.one-time-code.secret=" + "s".repeat(32))
                .run(started -> assertThat(started).hasSingleBean(CodeKey.class));
    }
}
