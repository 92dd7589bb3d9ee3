package fr.creneau.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LeftOversTest {

    @TempDir
    Path data;

    private Process sleeper;

    @AfterEach
    void cleanUp() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aProcessLeftByAKilledLauncherIsEndedAtTheNextStart() throws IOException {
        sleeper = new ProcessBuilder("sleep", "300").start();
        new LeftOvers(data).record("booking-service", sleeper.pid());

        int ended = new LeftOvers(data).endAll();

        assertThat(ended).isEqualTo(1);
        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    void aProcessThatMerelyReusedTheRecordedPidIsLeftAlone() throws IOException {
        sleeper = new ProcessBuilder("sleep", "300").start();
        Files.createDirectories(data.resolve("run"));
        Files.writeString(data.resolve("run/booking-service.pid"), sleeper.pid() + " " + Instant.parse("2020-01-01T00:00:00Z"));

        int ended = new LeftOvers(data).endAll();

        assertThat(ended).isZero();
        assertThat(sleeper.isAlive()).isTrue();
        assertThat(data.resolve("run/booking-service.pid")).doesNotExist();
    }

    @Test
    void aCleanStopLeavesNothingToEnd() throws IOException {
        sleeper = new ProcessBuilder("sleep", "300").start();
        LeftOvers leftOvers = new LeftOvers(data);
        leftOvers.record("kafka", sleeper.pid());

        leftOvers.forgetAll();

        assertThat(new LeftOvers(data).endAll()).isZero();
        assertThat(sleeper.isAlive()).isTrue();
    }
}
