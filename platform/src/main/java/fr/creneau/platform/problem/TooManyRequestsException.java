package fr.creneau.platform.problem;

/** The caller went past a rate limit or a number of tries: answered 429. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String detail) {
        super(detail);
    }
}
