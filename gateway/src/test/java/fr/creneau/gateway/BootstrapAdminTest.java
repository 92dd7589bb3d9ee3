package fr.creneau.gateway;

import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.platform.startup.MissingSettingFailureAnalyzer;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A bare jar has no administrator's password of its own: its first start needs one, later starts do not. */
class BootstrapAdminTest {

    @Test
    void theFirstStartWithoutAnAdministratorsPasswordStopsAndSaysWhatToSet() {
        String database = TestInfrastructure.newDatabase("gateway_first_start");

        Throwable failure = catchThrowable(() -> start(database).close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingSetting.class);
        FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("CRENEAU_ADMIN_PASSWORD n'est pas défini");
        assertThat(analysis.getAction()).contains("CRENEAU_ADMIN_PASSWORD", "./creneau");
    }

    @Test
    void onceTheAdministratorExistsThePasswordIsNoLongerNeeded() {
        String database = TestInfrastructure.newDatabase("gateway_later_start");
        start(database, "--creneau.gateway.accounts.bootstrap-admin.password=un-mot-de-passe-a-moi").close();

        try (ConfigurableApplicationContext again = start(database)) {
            assertThat(again.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String database, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--server.shutdown=immediate",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--creneau.gateway.accounts.bcrypt-strength=4",
                "--creneau.identity.key=" + AgentHeaders.KEY));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(GatewayApplication.class, OwnEventLoops.class)
                .run(arguments.toArray(String[]::new));
    }
}
