package fr.creneau.platform.problem;

/** An agent endpoint called without the gateway's identity, or with one it did not sign: answered 401. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException() {
        super("Connectez-vous avec votre compte d'agent pour accéder à cette ressource.");
    }

    public UnauthenticatedException(String detail) {
        super(detail);
    }
}
