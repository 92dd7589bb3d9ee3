package fr.creneau.launcher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as `java -jar module/target/creneau-module.jar`. */
final class ServiceProcess {

    private final Service service;
    private final ChildProcess process;
    private final String actuatorUrl;

    private ServiceProcess(Service service, ChildProcess process, String actuatorUrl) {
        this.service = service;
        this.process = process;
        this.actuatorUrl = actuatorUrl;
    }

    static Path jar(Path rootDirectory, Service service) {
        return rootDirectory.resolve(service.module()).resolve("target").resolve("creneau-" + service.module() + ".jar");
    }

    /** {@code actuatorUrl}: where its /actuator/health answers (the gateway's is on its management port). */
    static ServiceProcess start(Service service, Path rootDirectory, List<String> jvmOptions, String actuatorUrl,
                                Map<String, String> environment, Path logFile) {
        Path jar = jar(rootDirectory, service);
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(service.module(), command, environment, rootDirectory, logFile);
        return new ServiceProcess(service, process, actuatorUrl);
    }

    Service service() {
        return service;
    }

    String actuatorUrl() {
        return actuatorUrl;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for /actuator/health to say UP; fails at once, with the end of its log, if the process died. */
    void awaitUp(Instant deadline) {
        while (!Health.isUp(actuatorUrl)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " s'est arrêté au démarrage. Fin de "
                        + process.logFile() + " :" + System.lineSeparator() + process.logTail(40));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module() + " n'est pas prêt à temps. Fin de "
                        + process.logFile() + " :" + System.lineSeparator() + process.logTail(40));
            }
            pause();
        }
    }

    void requestStop() {
        process.requestStop();
    }

    void awaitExit(long graceSeconds) {
        process.awaitExit(graceSeconds);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu pendant le démarrage", e);
        }
    }
}
