package fr.creneau.platform.problem;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The titles and details of the errors Spring MVC answers itself, in French and without its internals. */
final class SpringErrorsInFrench {

    private SpringErrorsInFrench() {
    }

    /** Spring's own details are in English; these say the same in French without leaking internals. */
    static String detail(Exception e, HttpStatusCode status) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return "Le paramètre « %s » est obligatoire.".formatted(missing.getParameterName());
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return "La partie « %s » de la requête est obligatoire.".formatted(missing.getRequestPartName());
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return "L'en-tête « %s » est obligatoire.".formatted(missing.getHeaderName());
        }
        if (e instanceof MissingPathVariableException missing) {
            return "La variable de chemin « %s » est obligatoire.".formatted(missing.getVariableName());
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return "La méthode %s n'est pas acceptée à cette adresse.".formatted(method.getMethod());
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "Le format « %s » n'est pas pris en charge : envoyez du JSON.".formatted(media.getContentType());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "Aucun format de réponse acceptable n'est disponible.";
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return "Aucune ressource à cette adresse.";
        }
        if (e instanceof TypeMismatchException mismatch) {
            return "La valeur « %s » du paramètre « %s » n'est pas valide.".formatted(mismatch.getValue(),
                    mismatch.getPropertyName());
        }
        return status.is4xxClientError()
                ? "La requête n'a pas pu être traitée (HTTP %d).".formatted(status.value())
                : "Une erreur inattendue est survenue de notre côté. Réessayez dans quelques instants.";
    }

    static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Requête invalide";
            case 404 -> "Introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format de requête non pris en charge";
            default -> status.is4xxClientError() ? "Requête refusée" : "Erreur interne";
        };
    }
}
