package fr.creneau.identity;

/** An identity token the gateway did not sign with our key, or signed too long ago; the message says which, in French. */
public class RefusedIdentityException extends RuntimeException {

    RefusedIdentityException(String message) {
        super(message);
    }
}
