package fr.creneau.launcher;

import java.nio.file.Path;

/** The java command of the JVM we run in, so children use the same JDK whatever the PATH says. */
final class Java {

    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
