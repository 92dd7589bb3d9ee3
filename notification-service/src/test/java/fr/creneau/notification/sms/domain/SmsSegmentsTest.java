package fr.creneau.notification.sms.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void aPlainFrenchTextWithGsmAccentsFitsOneGsm7SegmentUpTo160Characters() {
        SmsSegments.SmsLength length = SmsSegments.of("é".repeat(10) + "a".repeat(150));

        assertThat(length.encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(length.units()).isEqualTo(160);
        assertThat(length.segments()).isEqualTo(1);
    }

    @Test
    void the161stGsm7CharacterSplitsTheTextIntoSegmentsOf153() {
        assertThat(SmsSegments.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void anExtensionTableCharacterSuchAsTheEuroSignCountsTwice() {
        SmsSegments.SmsLength length = SmsSegments.of("€".repeat(80) + "a");

        assertThat(length.encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(length.units()).isEqualTo(161);
        assertThat(length.segments()).isEqualTo(2);
    }

    @Test
    void aSingleCharacterOutsideGsm7SwitchesTheWholeTextToUcs2() {
        SmsSegments.SmsLength length = SmsSegments.of("Votre rendez-vous de fête" + "a".repeat(45));

        assertThat(length.encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(length.units()).isEqualTo(70);
        assertThat(length.segments()).isEqualTo(1);
        assertThat(SmsSegments.of("ê" + "a".repeat(70)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ê" + "a".repeat(134)).segments()).isEqualTo(3);
    }

    @Test
    void anEmojiTakesTwoUcs2Units() {
        assertThat(SmsSegments.of("😀").units()).isEqualTo(2);
    }

    @Test
    void theCostIsTheSegmentsTimesSevenCentsByDefault() {
        SmsPricing pricing = new SmsPricing(null);

        assertThat(pricing.cost(3)).isEqualByComparingTo("0.21");
    }
}
