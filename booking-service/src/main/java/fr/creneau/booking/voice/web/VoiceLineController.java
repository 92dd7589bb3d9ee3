package fr.creneau.booking.voice.web;

import fr.creneau.booking.voice.domain.VoiceLine;
import fr.creneau.booking.voice.view.VoiceLines;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static fr.creneau.platform.text.Texts.blankToNull;

/**
 * A commune's phone line on the voice server, set by its administrator: the number citizens call, the number a
 * caller not understood is put through to, the opening hours said before, and the commune's switch. The line
 * answers only when the commune's subscription, which the operator sets in planning-service, has the voice option.
 */
@RestController
class VoiceLineController {

    private static final String E164 = "^\\+[1-9][0-9]{7,14}$";

    record LineRequest(
            @NotBlank(message = "le numéro appelé est obligatoire")
            @Pattern(regexp = E164, message = "le numéro s'écrit au format international, +33 suivi de 9 chiffres") String phoneNumber,
            @Pattern(regexp = E164, message = "le numéro de transfert s'écrit au format international, +33 suivi de 9 chiffres") String transferNumber,
            @Size(max = 300, message = "les horaires comptent 300 caractères au plus") String openingHours,
            @NotNull(message = "indiquez si le serveur vocal est ouvert (enabled)") Boolean enabled) {
    }

    private final VoiceLines lines;

    VoiceLineController(VoiceLines lines) {
        this.lines = lines;
    }

    @GetMapping("/api/booking/agent/communes/{communeId}/voice-line")
    VoiceLine line(@PathVariable String communeId) {
        return lines.ofCommune(communeId).orElseThrow(() -> new NotFoundException(
                "Aucune ligne de serveur vocal n'est configurée pour cette commune."));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/api/booking/agent/communes/{communeId}/voice-line")
    VoiceLine save(@PathVariable String communeId, @Valid @RequestBody LineRequest request) {
        try {
            lines.save(new VoiceLine(communeId, request.phoneNumber(), blankToNull(request.transferNumber()),
                    blankToNull(request.openingHours()), request.enabled(), false));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Ce numéro est déjà celui du serveur vocal d'une autre commune.");
        }
        return line(communeId);
    }
}
