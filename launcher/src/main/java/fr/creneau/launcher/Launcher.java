package fr.creneau.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * {@code ./creneau}: starts PostgreSQL, Kafka and the five services on this machine, prints where to go, and stops
 * it all on Ctrl-C. Environment variables the launcher does not read itself (TWILIO_*, SMTP_*...) reach the
 * services unchanged.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Stack stack = Stack.builder().fromEnvironment(System.getenv()).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Arrêt de Créneau…");
            stack.stop();
            System.out.println("Créneau est arrêté.");
        }, "creneau-stop"));
        System.out.println("Démarrage de Créneau (PostgreSQL, Kafka, 5 services) ; journaux dans "
                + stack.logDirectory() + " …");
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Créneau n'a pas pu démarrer : " + e.getMessage());
            System.exit(1);
        }
        System.out.println(Banner.of(stack));
        new CountDownLatch(1).await();
    }
}
