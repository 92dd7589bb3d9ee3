package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChildProcessTest {

    @TempDir
    Path directory;

    @Test
    void killEndsTheProcessAtOnceWithoutLettingItCleanUp() throws IOException, InterruptedException {
        Path log = directory.resolve("child.log");
        ChildProcess child = ChildProcess.start("child", List.of("/bin/sh", "-c",
                "trap 'echo stopped cleanly; exit 0' TERM; echo started; while true; do sleep 0.1; done"),
                Map.of(), directory, log);
        while (!Files.exists(log) || !Files.readString(log).contains("started")) {
            Thread.sleep(50);
        }

        child.kill();

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitValue()).as("128 + SIGKILL").isEqualTo(137);
        assertThat(Files.readString(log)).doesNotContain("stopped cleanly");
    }
}
