package fr.creneau.notification.template.web;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.sms.domain.GsmTransliteration;
import fr.creneau.notification.sms.domain.SmsPricing;
import fr.creneau.notification.sms.domain.SmsSegments;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.MergeField;
import fr.creneau.notification.template.domain.Template;
import fr.creneau.notification.template.domain.TemplateText;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template rendered with sample data as a notice in that language would read (English dates for English); for an
 * SMS, how many segments it takes and what it costs.
 */
record TemplatePreview(String subject, String body, SmsCost sms) {

    static TemplatePreview of(MessageChannel channel, Template template, Language language, SmsPricing pricing) {
        Map<String, String> samples = Arrays.stream(MergeField.values())
                .collect(Collectors.toMap(MergeField::key, field -> field.sample(language)));
        String body = TemplateText.render(template.body(), samples);
        SmsCost sms = null;
        if (channel == MessageChannel.SMS) {
            body = GsmTransliteration.apply(body);
            SmsSegments.SmsLength length = SmsSegments.of(body);
            sms = new SmsCost(length.encoding().name(), length.units(), length.segments(),
                    pricing.pricePerSegment(), pricing.cost(length.segments()));
        }
        return new TemplatePreview(TemplateText.render(template.subject(), samples), body, sms);
    }

    /** {@code characters}: septets in GSM-7 (an extension character counts two), UTF-16 units in UCS-2. */
    record SmsCost(String encoding, int characters, int segments, BigDecimal pricePerSegment, BigDecimal cost) {
    }
}
