package fr.creneau.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as `java -jar module/target/creneau-module.jar`. */
final class ServiceProcess {

    private final Instance instance;
    private final ChildProcess process;

    private ServiceProcess(Instance instance, ChildProcess process) {
        this.instance = instance;
        this.process = process;
    }

    static Path jar(Path rootDirectory, Service service) {
        return rootDirectory.resolve(service.module()).resolve("target").resolve("creneau-" + service.module() + ".jar");
    }

    /** Fails, saying how to build them, when a service's archive is missing. */
    static void requireArchives(Path rootDirectory) {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path jar = jar(rootDirectory, service);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Archive introuvable : " + String.join(", ", missing)
                    + " (construisez-les avec ./mvnw -B -DskipTests package)");
        }
    }

    static ServiceProcess start(Instance instance, Path rootDirectory, List<String> jvmOptions,
                                Map<String, String> environment, Path logFile) {
        Path jar = jar(rootDirectory, instance.service());
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(instance.name(), command, environment, rootDirectory, logFile);
        return new ServiceProcess(instance, process);
    }

    Instance instance() {
        return instance;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for /actuator/health to say UP; fails at once, with the end of its log, if the process died. */
    void awaitUp(Instant deadline) {
        while (!Health.isUp(instance.actuatorUrl())) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instance.name() + " s'est arrêté au démarrage. Fin de "
                        + process.logFile() + " :" + System.lineSeparator() + process.logTail(40));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(instance.name() + " n'est pas prêt à temps. Fin de "
                        + process.logFile() + " :" + System.lineSeparator() + process.logTail(40));
            }
            pause();
        }
    }

    void requestStop() {
        process.requestStop();
    }

    void kill() {
        process.kill();
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
