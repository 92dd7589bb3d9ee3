package fr.creneau.notification.settings.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.notification.settings.command.CommuneAdministrators;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the gateway, and only the gateway speaking for itself, puts a commune's administrators' addresses. The path
 * is outside {@code /api/notifications}: the gateway routes no client to it, and it is left out of the OpenAPI
 * document the gateway publishes.
 */
@Hidden
@RestController
@RequestMapping("/internal/notifications/communes/{communeId}/administrators")
class CommuneAdministratorsController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$");

    private final CommuneAdministrators administrators;

    CommuneAdministratorsController(CommuneAdministrators administrators) {
        this.administrators = administrators;
    }

    @PutMapping
    Map<String, List<String>> put(@PathVariable String communeId, @RequestBody AdministratorsBody body,
                                  AgentIdentity caller) {
        if (!IdentityToken.GATEWAY_ITSELF.equals(caller.accountId())) {
            throw new ForbiddenException("Seule la passerelle, qui tient les comptes, dit qui administre une commune.");
        }
        List<String> emails = body.emails() == null ? List.of() : body.emails().stream().map(String::trim).toList();
        emails.stream().filter(email -> !EMAIL.matcher(email).matches()).findFirst().ifPresent(email -> {
            throw new InvalidRequestException("L'adresse e-mail « %s » n'est pas valide.".formatted(email));
        });
        administrators.replace(communeId, emails);
        return Map.of("emails", administrators.emails(communeId));
    }

    record AdministratorsBody(List<String> emails) {
    }
}
