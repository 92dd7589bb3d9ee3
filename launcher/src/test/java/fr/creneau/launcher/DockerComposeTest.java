package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml is the production way to run Créneau: nothing meant for a laptop is on there. No dev inbox, no
 * port but the gateway's, and no default for a password or a key: each must be given (docker-compose refuses to start
 * without them).
 */
class DockerComposeTest {

    private static final Path FILE = Path.of(System.getProperty("creneau.root", "..")).resolve("docker-compose.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(FILE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return new TreeMap<>((Map<String, Map<String, Object>>) compose.get("services"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    @Test
    void onlyTheGatewayPublishesAPort() throws IOException {
        services().forEach((name, service) -> assertThat(service.containsKey("ports"))
                .as(name + " publishes a port").isEqualTo(name.equals("gateway")));
    }

    @Test
    void theDevInboxIsOffEverywhere() throws IOException {
        services().forEach((name, service) -> assertThat(environment(service)).as(name).doesNotContainKey("CRENEAU_DEV_INBOX"));
    }

    @Test
    void passwordsAndKeysHaveNoDefaultAndMustBeGiven() throws IOException {
        int secrets = 0;
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            for (Map.Entry<String, Object> variable : environment(service.getValue()).entrySet()) {
                String name = variable.getKey();
                String value = String.valueOf(variable.getValue());
                boolean secret = name.endsWith("PASSWORD") || name.endsWith("_KEY") || name.endsWith("AUTH_TOKEN");
                if (secret && !name.startsWith("SMTP_") && !name.startsWith("TWILIO_")) {
                    assertThat(value).as(service.getKey() + " " + name).matches("\\$\\{[A-Z_]+:\\?.+}");
                    secrets++;
                }
            }
        }
        assertThat(secrets).as("passwords and keys checked").isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyServiceAndTheGatewayShareTheIdentityKey() throws IOException {
        services().forEach((name, service) -> {
            if (name.endsWith("-service") || name.equals("gateway")) {
                assertThat(environment(service)).as(name).containsKey("CRENEAU_IDENTITY_KEY");
            }
        });
    }
}
