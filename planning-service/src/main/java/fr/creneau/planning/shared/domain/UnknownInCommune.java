package fr.creneau.planning.shared.domain;

/** An id that does not exist in the commune named by the request. */
public class UnknownInCommune extends RuntimeException {

    public UnknownInCommune(String message) {
        super(message);
    }
}
