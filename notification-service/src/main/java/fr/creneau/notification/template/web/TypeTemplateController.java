package fr.creneau.notification.template.web;

import fr.creneau.identity.Role;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.sms.domain.SmsPricing;
import fr.creneau.notification.template.command.Templates;
import fr.creneau.notification.template.command.TypeTemplates;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.Template;
import fr.creneau.notification.template.domain.TemplateValidator;
import fr.creneau.platform.identity.AgentRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment type's own notice texts: read (the type's, else the commune's, else the default), replace, go back
 * to the commune's, preview; each in one language ({@code ?language=fr}, the default, or {@code en}). Checked,
 * previewed and priced as the commune's texts are.
 */
@RestController
@RequestMapping("/api/notifications/communes/{communeId}/appointment-types/{typeId}/templates")
class TypeTemplateController {

    /** Where the text a notice of this type would use comes from. */
    enum Source { TYPE, COMMUNE, DEFAULT }

    record TypeTemplateView(NoticeKind kind, MessageChannel channel, String language, String subject, String body,
                            Source source,
                            TemplatePreview.SmsCost sms) {
    }

    private final TypeTemplates typeTemplates;
    private final Templates templates;
    private final AppointmentTypes types;
    private final SmsPricing pricing;
    private final Clock clock;

    TypeTemplateController(TypeTemplates typeTemplates, Templates templates, AppointmentTypes types,
            SmsPricing pricing, Clock clock) {
        this.typeTemplates = typeTemplates;
        this.templates = templates;
        this.types = types;
        this.pricing = pricing;
        this.clock = clock;
    }

    @GetMapping
    List<TypeTemplateView> all(@PathVariable String communeId, @PathVariable String typeId,
            @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        List<TypeTemplateView> views = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (MessageChannel channel : MessageChannel.values()) {
                views.add(view(communeId, typeId, kind, channel, in));
            }
        }
        return views;
    }

    @GetMapping("/{kind}/{channel}")
    TypeTemplateView get(@PathVariable String communeId, @PathVariable String typeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        return view(communeId, typeId, kind, channel, in);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{kind}/{channel}")
    TypeTemplateView put(@PathVariable String communeId, @PathVariable String typeId, @PathVariable NoticeKind kind,
            @PathVariable MessageChannel channel, @RequestParam(required = false) String language,
            @RequestBody Template body) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        typeTemplates.save(communeId, typeId, kind, channel, in, TemplateValidator.validated(channel, body),
                clock.instant());
        return view(communeId, typeId, kind, channel, in);
    }

    /** The type's notices take the commune's text again. */
    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{kind}/{channel}")
    ResponseEntity<Void> reset(@PathVariable String communeId, @PathVariable String typeId,
            @PathVariable NoticeKind kind, @PathVariable MessageChannel channel,
            @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        typeTemplates.delete(communeId, typeId, kind, channel, in);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{kind}/{channel}/preview")
    TemplatePreview previewStored(@PathVariable String communeId, @PathVariable String typeId,
            @PathVariable NoticeKind kind, @PathVariable MessageChannel channel,
            @RequestParam(required = false) String language) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        return TemplatePreview.of(channel, templates.resolve(communeId, typeId, kind, channel, in), in, pricing);
    }

    @PostMapping("/{kind}/{channel}/preview")
    TemplatePreview preview(@PathVariable String communeId, @PathVariable String typeId,
            @PathVariable NoticeKind kind, @PathVariable MessageChannel channel,
            @RequestParam(required = false) String language, @RequestBody Template body) {
        Language in = Language.ofRequest(language);
        types.requireOf(communeId, typeId);
        return TemplatePreview.of(channel, TemplateValidator.validated(channel, body), in, pricing);
    }

    private TypeTemplateView view(String communeId, String typeId, NoticeKind kind, MessageChannel channel,
            Language in) {
        Source source = typeTemplates.custom(communeId, typeId, kind, channel, in).isPresent() ? Source.TYPE
                : templates.custom(communeId, kind, channel, in).isPresent() ? Source.COMMUNE : Source.DEFAULT;
        Template template = templates.resolve(communeId, typeId, kind, channel, in);
        return new TypeTemplateView(kind, channel, in.code(), template.subject(), template.body(), source,
                TemplatePreview.of(channel, template, in, pricing).sms());
    }
}
