package fr.creneau.notification.template.domain;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.sms.domain.GsmTransliteration;
import fr.creneau.notification.sms.domain.SmsSegments;
import fr.creneau.notification.template.command.DefaultTemplates;
import fr.creneau.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

    @Test
    void knownFieldsAreReplacedAndOtherBracesLeftAlone() {
        String text = TemplateText.render("Bonjour {beneficiaire}, RDV le {date} {à vérifier} {heure}",
                Map.of("beneficiaire", "Jeanne", "date", "mardi 1 décembre 2026"));

        assertThat(text).isEqualTo("Bonjour Jeanne, RDV le mardi 1 décembre 2026 {à vérifier} ");
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedInFrenchNamingTheField() {
        assertThatThrownBy(() -> TemplateValidator.validated(MessageChannel.SMS,
                new Template(null, "RDV le {date} pour {prenom}")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Le champ de fusion {prenom} est inconnu.")
                .satisfies(e -> assertThat(((InvalidRequestException) e).properties().get("unknownFields"))
                        .isEqualTo(List.of("prenom")));
    }

    @Test
    void anEmailTemplateNeedsASubject() {
        assertThatThrownBy(() -> TemplateValidator.validated(MessageChannel.EMAIL, new Template(" ", "Bonjour")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("objet");
    }

    @Test
    void everyDefaultTextInEveryLanguageUsesOnlyKnownFields() {
        DefaultTemplates defaults = new DefaultTemplates();
        for (Language language : Language.values()) {
            for (NoticeKind kind : NoticeKind.values()) {
                for (MessageChannel channel : MessageChannel.values()) {
                    Template template = defaults.of(kind, channel, language);
                    assertThat(TemplateValidator.validated(channel, template)).isNotNull();
                }
            }
        }
    }

    @Test
    void everyDefaultSmsTextInEveryLanguageIsGsm7AndAtMostTwoSegmentsWithTheSampleData() {
        DefaultTemplates defaults = new DefaultTemplates();
        for (Language language : Language.values()) {
            Map<String, String> samples = Arrays.stream(MergeField.values())
                    .collect(Collectors.toMap(MergeField::key, field -> field.sample(language)));
            for (NoticeKind kind : NoticeKind.values()) {
                String body = GsmTransliteration.apply(TemplateText.render(
                        defaults.of(kind, MessageChannel.SMS, language).body(), samples));
                SmsSegments.SmsLength length = SmsSegments.of(body);
                assertThat(length.encoding()).as(language + " " + kind).isEqualTo(SmsSegments.Encoding.GSM_7);
                assertThat(length.segments()).as(language + " " + kind).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void aTextPastedFrom6tzenRendersItsNumberedFieldsAsTheNamedOnes() {
        Map<String, String> values = Arrays.stream(MergeField.values())
                .collect(Collectors.toMap(MergeField::key, MergeField::sample));

        String text = TemplateText.render("{0} : RDV le {1} au {2}, {3} ({4}), {5}, {6}, au lieu du {7}. {8}", values);

        assertThat(text).isEqualTo("Jeanne Martin : RDV le mardi 1 décembre 2026 à 09h20 au Guichet 1, Mairie "
                + "(1 place de la Mairie), Carte d'identité, 20 min, au lieu du lundi 30 novembre 2026 à 14h00. {8}");
    }

    @Test
    void a6tzenTextIsAcceptedAsATemplateAndItsUnknownNumbersAreNamed() {
        assertThat(TemplateValidator.validated(MessageChannel.SMS,
                new Template(null, "Bonjour {0}, votre RDV du {1} au guichet {5} est confirmé.")).body())
                .isEqualTo("Bonjour {0}, votre RDV du {1} au guichet {5} est confirmé.");
        assertThatThrownBy(() -> TemplateValidator.validated(MessageChannel.SMS, new Template(null, "RDV {8}")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Le champ de fusion {8} est inconnu.");
    }
}
