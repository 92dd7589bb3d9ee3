package fr.creneau.notification.settings.web;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.settings.command.ChannelSettings;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which notices go on which channel: per commune, and per appointment type to override it (the 6tzen guide's
 * "surcharge des notifications"). GET gives the effective choice for every notice; PUT changes the notices named.
 */
@RestController
@RequestMapping("/api/notifications/communes/{communeId}")
class ChannelSettingsController {

    private final ChannelSettings settings;
    private final AppointmentTypes types;

    ChannelSettingsController(ChannelSettings settings, AppointmentTypes types) {
        this.settings = settings;
        this.types = types;
    }

    @GetMapping("/channels")
    Map<NoticeKind, Set<MessageChannel>> commune(@PathVariable String communeId) {
        return effective(communeId, null);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/channels")
    Map<NoticeKind, Set<MessageChannel>> setCommune(@PathVariable String communeId,
            @RequestBody Map<NoticeKind, Set<MessageChannel>> body) {
        save(communeId, ChannelSettings.COMMUNE_WIDE, body);
        return effective(communeId, null);
    }

    @GetMapping("/appointment-types/{typeId}/channels")
    Map<NoticeKind, Set<MessageChannel>> type(@PathVariable String communeId, @PathVariable String typeId) {
        types.requireOf(communeId, typeId);
        return effective(communeId, typeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/appointment-types/{typeId}/channels")
    Map<NoticeKind, Set<MessageChannel>> setType(@PathVariable String communeId, @PathVariable String typeId,
            @RequestBody Map<NoticeKind, Set<MessageChannel>> body) {
        types.requireOf(communeId, typeId);
        save(communeId, typeId, body);
        return effective(communeId, typeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/appointment-types/{typeId}/channels")
    ResponseEntity<Void> clearType(@PathVariable String communeId, @PathVariable String typeId) {
        types.requireOf(communeId, typeId);
        settings.clear(communeId, typeId);
        return ResponseEntity.noContent().build();
    }

    private void save(String communeId, String typeId, Map<NoticeKind, Set<MessageChannel>> body) {
        if (body == null || body.isEmpty()) {
            throw new InvalidRequestException("Indiquez pour au moins une notification la liste de ses canaux, "
                    + "par exemple {\"REMINDER\": [\"SMS\"]} ; une liste vide n'envoie plus cette notification.");
        }
        Set<MessageChannel> codeChannels = body.get(NoticeKind.ONE_TIME_CODE);
        if (body.containsKey(NoticeKind.ONE_TIME_CODE) && (codeChannels == null || codeChannels.isEmpty())) {
            throw new InvalidRequestException("Le code de confirmation (ONE_TIME_CODE) doit partir par au moins un canal : "
                    + "sans lui, l'usager ne peut pas confirmer sa réservation.");
        }
        Set<MessageChannel> enabled = settings.enabled();
        body.values().stream().filter(Objects::nonNull).flatMap(Set::stream).filter(channel -> !enabled.contains(channel))
                .findFirst().ifPresent(channel -> {
                    throw new InvalidRequestException(("%s : cette installation n'envoie pas par ce canal "
                            + "(NOTIFICATION_CHANNELS=%s). Choisissez parmi : %s.").formatted(channel,
                            names(enabled), names(enabled)));
                });
        body.forEach((kind, channels) -> settings.save(communeId, typeId, kind,
                channels == null || channels.isEmpty() ? EnumSet.noneOf(MessageChannel.class) : EnumSet.copyOf(channels)));
    }

    private static String names(Set<MessageChannel> channels) {
        return channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private Map<NoticeKind, Set<MessageChannel>> effective(String communeId, String typeId) {
        Map<NoticeKind, Set<MessageChannel>> result = new TreeMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            result.put(kind, settings.channelsFor(communeId, typeId, kind));
        }
        return result;
    }
}
