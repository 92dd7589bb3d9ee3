package fr.creneau.platform.problem;

/** An unknown id: answered 404 with {@code detail} as the French message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
