package fr.creneau.notification.delivery;

import fr.creneau.notification.NotificationApplication;
import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.platform.startup.MissingSettingFailureAnalyzer;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Without the dev inbox, a channel that is on but has no provider would park its messages where no one reads them:
 * the service refuses to start, and says what to set. (With the dev inbox asked for, it starts: DevInboxTest.)
 */
class ProvidersAtStartupTest {

    @Test
    void aChannelWithoutItsProviderStopsTheServiceAtStartupSayingWhatToSet() {
        Throwable failure = catchThrowable(() -> start().close());

        assertThat(failure).hasRootCauseInstanceOf(MissingSetting.class);
        FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("SMS", "e-mails", "aucun fournisseur");
        assertThat(analysis.getAction()).contains("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM",
                "SMTP_HOST", "NOTIFICATION_CHANNELS", "CRENEAU_DEV_INBOX=true");
    }

    @Test
    void smsSwitchedOffNeedsNoTwilioButEmailStillNeedsItsServer() {
        Throwable failure = catchThrowable(() -> start("--creneau.notification.channels=EMAIL").close());

        assertThat(failure).hasRootCauseInstanceOf(MissingSetting.class);
        FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("SMTP_HOST").doesNotContain("TWILIO_ACCOUNT_SID");
    }

    private static ConfigurableApplicationContext start(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestInfrastructure.newDatabase("notification_start"),
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.bindings.oneTimeCodes-in-0.group=notification-startup",
                "--spring.cloud.stream.bindings.contacts-in-0.group=notification-startup",
                "--spring.cloud.stream.bindings.bookingEvents-in-0.group=notification-startup",
                "--spring.cloud.stream.bindings.planningEvents-in-0.group=notification-startup",
                "--spring.cloud.stream.bindings.deadLetters-in-0.group=notification-startup",
                "--creneau.identity.key=" + AgentHeaders.KEY,
                "--creneau.notification.twilio.account-sid=", "--creneau.notification.smtp.host=",
                "--server.port=0"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(NotificationApplication.class).web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }
}
