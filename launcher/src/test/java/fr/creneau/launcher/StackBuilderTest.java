package fr.creneau.launcher;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackBuilderTest {

    @Test
    void theBrokersClassPathIsAbsoluteBecauseItRunsInAnotherDirectory() {
        String classpath = LocalMachine.absolute("launcher/target/creneau-launcher.jar" + File.pathSeparator + "lib/*");

        assertThat(classpath.split(File.pathSeparator)).containsExactly(
                Path.of("").toAbsolutePath().resolve("launcher/target/creneau-launcher.jar").toString(),
                Path.of("").toAbsolutePath().resolve("lib/*").toString());
    }

    @Test
    void databaseAndKafkaFromTheEnvironmentReplaceTheEmbeddedOnes() {
        StackBuilder builder = Stack.builder().fromEnvironment(Map.of(
                "DATABASE_HOST", "db.mairie.fr", "DATABASE_PORT", "5433", "DATABASE_USER", "rdv",
                "DATABASE_PASSWORD", "secret", "KAFKA_BOOTSTRAP_SERVERS", "kafka.mairie.fr:9092",
                "CRENEAU_DATA_DIR", "/var/lib/creneau"));

        assertThat(builder.externalPostgres).isEqualTo(new ExternalPostgres("db.mairie.fr", 5433, "rdv", "secret"));
        assertThat(builder.externalKafka).isEqualTo("kafka.mairie.fr:9092");
        assertThat(builder.build().dataDirectory()).isEqualTo(Path.of("/var/lib/creneau"));
    }

    @Test
    void eachInstanceOfAServiceHasAPortOfItsOwnTheFirstOneTheServicesPort() {
        Stack stack = Stack.builder().instances(Service.BOOKING, 2).instances(Service.GATEWAY, 2).build();

        assertThat(stack.urls(Service.BOOKING)).hasSize(2).doesNotHaveDuplicates()
                .first().isEqualTo("http://127.0.0.1:8082");
        assertThat(stack.gatewayUrls()).hasSize(2).first().isEqualTo("http://localhost:8080");
        assertThat(stack.urls(Service.PLANNING)).containsExactly("http://127.0.0.1:8081");
    }

    @Test
    void withoutThoseVariablesEverythingRunsLocallyInCreneauData() {
        StackBuilder builder = Stack.builder().rootDirectory(Path.of("/opt/creneau")).fromEnvironment(Map.of());

        assertThat(builder.externalPostgres).isNull();
        assertThat(builder.externalKafka).isNull();
        assertThat(builder.build().dataDirectory()).isEqualTo(Path.of("/opt/creneau/.creneau-data"));
    }

    @Test
    void theLauncherTurnsTheDevInboxOnUnlessToldNotToButAStackOnItsOwnDoesNot() {
        assertThat(Stack.builder().devInbox).isFalse();
        assertThat(Stack.builder().fromEnvironment(Map.of()).devInbox).isTrue();
        assertThat(Stack.builder().fromEnvironment(Map.of("CRENEAU_DEV_INBOX", "false")).devInbox).isFalse();
    }

    @Test
    void theGatewayListensOnTheLoopbackUnlessGivenAnotherAddress() {
        assertThat(Stack.builder().fromEnvironment(Map.of()).build().gatewayAddress()).isEqualTo("127.0.0.1");
        StackBuilder open = Stack.builder().fromEnvironment(Map.of("GATEWAY_ADDRESS", "0.0.0.0"));
        assertThat(open.build().gatewayAddress()).isEqualTo("0.0.0.0");
        assertThat(open.build().gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(Stack.builder().gatewayAddress("10.0.0.5").build().gatewayUrl()).isEqualTo("http://10.0.0.5:8080");
        assertThat(Stack.builder().build().url(Service.BOOKING)).isEqualTo("http://127.0.0.1:8082");
    }

    @Test
    void anIdentityKeyFromTheEnvironmentReplacesTheGeneratedOne() {
        assertThat(Stack.builder().fromEnvironment(Map.of("CRENEAU_IDENTITY_KEY", "une-clé-de-production-assez-longue"))
                .identityKey).isEqualTo("une-clé-de-production-assez-longue");
        assertThat(Stack.builder().fromEnvironment(Map.of()).identityKey).isNull();
    }
}
