package fr.creneau.platform.problem;

/** The caller may not act on this commune or this resource: answered 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
