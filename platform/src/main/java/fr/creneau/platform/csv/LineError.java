package fr.creneau.platform.csv;

/** What is wrong, in French, on one line of one file ({@code line} 0 when it is the file as a whole). */
public record LineError(String file, long line, String message) {
}
