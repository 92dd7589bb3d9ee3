package fr.creneau.notification.template.domain;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.platform.problem.InvalidRequestException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A template is refused, with a French message, when it uses a field that does not exist or lacks a text. */
public final class TemplateValidator {

    private static final int LONGEST_SMS = 1000;

    private TemplateValidator() {
    }

    public static Template validated(MessageChannel channel, Template template) {
        if (template == null || template.body() == null || template.body().isBlank()) {
            throw new InvalidRequestException("Le texte (« body ») du modèle est obligatoire.");
        }
        if (channel == MessageChannel.EMAIL && (template.subject() == null || template.subject().isBlank())) {
            throw new InvalidRequestException("L'objet (« subject ») est obligatoire pour un e-mail.");
        }
        if (channel == MessageChannel.SMS && template.body().length() > LONGEST_SMS) {
            throw new InvalidRequestException("Un SMS ne peut dépasser %d caractères.".formatted(LONGEST_SMS));
        }
        Set<String> unknown = new LinkedHashSet<>();
        unknown.addAll(unknownFields(template.subject()));
        unknown.addAll(unknownFields(template.body()));
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(message(unknown), Map.of("unknownFields", List.copyOf(unknown),
                    "knownFields", Arrays.stream(MergeField.values()).map(MergeField::key).toList()));
        }
        return channel == MessageChannel.SMS ? new Template(null, template.body()) : template;
    }

    private static Set<String> unknownFields(String text) {
        return TemplateText.fields(text).stream().filter(name -> MergeField.byKey(name).isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String message(Set<String> unknown) {
        String names = unknown.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "));
        String known = Arrays.stream(MergeField.values()).map(field -> "{" + field.key() + "}")
                .collect(Collectors.joining(", "));
        return (unknown.size() == 1 ? "Le champ de fusion %s est inconnu." : "Les champs de fusion %s sont inconnus.")
                .formatted(names) + " Champs disponibles : " + known + ".";
    }
}
