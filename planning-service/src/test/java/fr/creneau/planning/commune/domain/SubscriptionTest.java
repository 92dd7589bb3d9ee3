package fr.creneau.planning.commune.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    @Test
    void aSubscriptionAdmitsPlanningsUpToItsNumber() {
        Subscription four = new Subscription(PopulationBand.UP_TO_5000, 4, true, false);

        assertThat(four.admitsOneMore(3)).isTrue();
        assertThat(four.admitsOneMore(4)).isFalse();
        assertThat(four.admitsOneMore(7)).isFalse();
    }

    @Test
    void aSubscriptionNeedsABandAndAtLeastOnePlanning() {
        assertThatThrownBy(() -> new Subscription(null, 4, true, false)).hasMessageContaining("tranche de population");
        assertThatThrownBy(() -> new Subscription(PopulationBand.OVER_50000, 0, true, false))
                .hasMessageContaining("entre 1 et 500");
        assertThatThrownBy(() -> new Subscription(PopulationBand.OVER_50000, 501, true, false))
                .hasMessageContaining("entre 1 et 500");
    }
}
