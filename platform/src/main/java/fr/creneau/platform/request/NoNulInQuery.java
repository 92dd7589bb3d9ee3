package fr.creneau.platform.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a query string holding the NUL character ({@code %00}) with 400: its parameters end up in SQL, and
 * PostgreSQL refuses U+0000 in text with an error. (Tomcat already refuses it in the path.)
 */
class NoNulInQuery extends OncePerRequestFilter {

    private final ObjectMapper json;

    NoNulInQuery(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && (query.toLowerCase(Locale.ROOT).contains("%00") || query.indexOf('\u0000') >= 0)) {
            ProblemResponse.write(request, response, json, HttpStatus.BAD_REQUEST, "Requête invalide",
                    "Un paramètre de l'adresse contient le caractère nul (%00), qui n'est pas accepté.");
            return;
        }
        chain.doFilter(request, response);
    }
}
