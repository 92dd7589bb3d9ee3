package fr.creneau.notification.template.web;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.sms.domain.SmsPricing;
import fr.creneau.notification.template.command.Templates;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.MergeField;
import fr.creneau.notification.template.domain.Template;
import fr.creneau.notification.template.domain.TemplateValidator;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A commune's notice texts: read (its own or the default), replace, go back to the default, preview; each in one
 * language, {@code ?language=fr} (the default when none is given) or {@code ?language=en}.
 */
@RestController
class TemplateController {

    private static final String BASE = "/api/notifications/communes/{communeId}/templates";

    private final Templates templates;
    private final SmsPricing pricing;
    private final Clock clock;

    TemplateController(Templates templates, SmsPricing pricing, Clock clock) {
        this.templates = templates;
        this.pricing = pricing;
        this.clock = clock;
    }

    @GetMapping("/api/notifications/merge-fields")
    List<MergeFieldView> mergeFields() {
        return Arrays.stream(MergeField.values())
                .map(field -> new MergeFieldView(field.key(), "{" + field.key() + "}", field.label(), field.sample()))
                .toList();
    }

    @GetMapping(BASE)
    List<TemplateView> all(@PathVariable String communeId, @RequestParam(required = false) String language) {
        List<TemplateView> views = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (MessageChannel channel : MessageChannel.values()) {
                views.add(get(communeId, kind, channel, language));
            }
        }
        return views;
    }

    @GetMapping(BASE + "/{kind}/{channel}")
    TemplateView get(@PathVariable String communeId, @PathVariable NoticeKind kind, @PathVariable MessageChannel channel,
            @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        List<String> customised = templates.customised(communeId, kind, channel).stream().map(Language::code).toList();
        Template template = templates.resolve(communeId, kind, channel, in);
        return new TemplateView(kind, channel, in.code(), template.subject(), template.body(),
                customised.contains(in.code()), customised, TemplatePreview.of(channel, template, in, pricing).sms());
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping(BASE + "/{kind}/{channel}")
    TemplateView put(@PathVariable String communeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language,
            @RequestBody Template body) {
        templates.save(communeId, kind, channel, Language.ofRequest(language), TemplateValidator.validated(channel, body),
                clock.instant());
        return get(communeId, kind, channel, language);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping(BASE + "/{kind}/{channel}")
    ResponseEntity<Void> reset(@PathVariable String communeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language) {
        templates.delete(communeId, kind, channel, Language.ofRequest(language));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{kind}/{channel}/preview")
    TemplatePreview previewStored(@PathVariable String communeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        return TemplatePreview.of(channel, templates.resolve(communeId, kind, channel, in), in, pricing);
    }

    @PostMapping(BASE + "/{kind}/{channel}/preview")
    TemplatePreview preview(@PathVariable String communeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language,
            @RequestBody Template body) {
        Language in = Language.ofRequest(language);
        return TemplatePreview.of(channel, TemplateValidator.validated(channel, body), in, pricing);
    }

    /**
     * {@code custom}: the commune's own text in {@code language}, false when it is the default in that language;
     * {@code customLanguages}: the languages it wrote its own text in; {@code sms}: for an SMS, its length and cost
     * once filled with the sample data.
     */
    record TemplateView(NoticeKind kind, MessageChannel channel, String language, String subject, String body,
                        boolean custom, List<String> customLanguages, TemplatePreview.SmsCost sms) {
    }

    record MergeFieldView(String name, String placeholder, String label, String sample) {
    }
}
