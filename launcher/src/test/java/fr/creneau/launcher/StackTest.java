package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackTest {

    @TempDir
    Path root;

    @Test
    void missingServiceArchivesAreNamedBeforeAnythingStarts() {
        Stack stack = Stack.builder().rootDirectory(root).freePorts().build();
        long before = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();

        assertThatThrownBy(stack::start)
                .hasMessageContaining("Archive introuvable")
                .hasMessageContaining("creneau-planning-service.jar")
                .hasMessageContaining("creneau-gateway.jar");

        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count()).isEqualTo(before);
        assertThat(Files.exists(root.resolve(".creneau-data/postgres"))).isFalse();
    }

    @Test
    void aServiceThatDiesAtStartStopsEverythingAndShowsTheEndOfItsLog() throws IOException {
        for (Service service : Service.values()) {
            Path jar = ServiceProcess.jar(root, service);
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "not a jar");
        }
        Stack stack = Stack.builder().rootDirectory(root).freePorts().postgresSetting("fsync", "off").build();
        long before = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();

        assertThatThrownBy(stack::start)
                .hasMessageContaining("s'est arrêté au démarrage")
                .hasMessageContaining("Invalid or corrupt jarfile");

        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count()).isEqualTo(before);
        assertThat(stack.memory().resident()).isEmpty();
        assertThat(Files.exists(root.resolve(".creneau-data/postgres/PG_VERSION"))).isTrue();
        assertThat(Files.exists(root.resolve(".creneau-data/kafka/meta.properties"))).isTrue();
    }
}
