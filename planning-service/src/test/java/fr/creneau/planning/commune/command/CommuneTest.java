package fr.creneau.planning.commune.command;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.capacity.domain.PublicHoliday;
import fr.creneau.planning.commune.domain.CommuneCreated;
import fr.creneau.planning.commune.domain.CommuneResumed;
import fr.creneau.planning.commune.domain.CommuneSuspended;
import fr.creneau.planning.commune.domain.CommuneSettingsChanged;
import fr.creneau.planning.commune.domain.HolidayPolicyChanged;
import fr.creneau.planning.commune.domain.PopulationBand;
import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.planning.commune.domain.SubscriptionChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.hamcrest.Matchers.containsString;

class CommuneTest {

    private AggregateTestFixture<Commune> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commune.class);
    }

    @Test
    void aCommuneIsCreatedWithItsSlugNameAndTimeZone() {
        fixture.givenNoPriorActivity()
                .when(new CreateCommune("villeneuve", " Villeneuve ", "Europe/Paris"))
                .expectEvents(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"));
    }

    @Test
    void aSlugWithCapitalsOrAccentsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCommune("Villé", "Villé", "Europe/Paris"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("identifiant de commune"));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCommune("villeneuve", "Villeneuve", "Europe/Atlantis"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("fuseau horaire"));
    }

    @Test
    void theNameAndTheRetentionCanChange() {
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"))
                .when(new ChangeCommuneSettings("villeneuve", "Villeneuve-sur-Lot", 36))
                .expectEvents(new CommuneSettingsChanged("villeneuve", "Villeneuve-sur-Lot", 36));
    }

    @Test
    void aRetentionOfZeroMonthsIsRefused() {
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"))
                .when(new ChangeCommuneSettings("villeneuve", "Villeneuve", 0))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void switchingOffAHolidayNamesWhatChanged() {
        HolidayPolicy withoutWhitMonday = new HolidayPolicy(Set.of(PublicHoliday.LUNDI_DE_PENTECOTE), false);
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"))
                .when(new ChangeHolidayPolicy("villeneuve", withoutWhitMonday))
                .expectEvents(new HolidayPolicyChanged("villeneuve", withoutWhitMonday,
                        Set.of(PublicHoliday.LUNDI_DE_PENTECOTE)));
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen() {
        HolidayPolicy alsace = new HolidayPolicy(Set.of(), true);
        fixture.given(new CommuneCreated("strasbourg", "Strasbourg", "Europe/Paris"))
                .when(new ChangeHolidayPolicy("strasbourg", alsace))
                .expectEvents(new HolidayPolicyChanged("strasbourg", alsace,
                        Set.of(PublicHoliday.VENDREDI_SAINT, PublicHoliday.SAINT_ETIENNE)));
    }

    @Test
    void theSamePolicyAgainChangesNothing() {
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"))
                .when(new ChangeHolidayPolicy("villeneuve", HolidayPolicy.DEFAULT))
                .expectNoEvents();
    }

    @Test
    void aCommuneCreatedWithASubscriptionHasItFromTheStart() {
        Subscription subscription = new Subscription(PopulationBand.UP_TO_5000, 4, true, false);
        fixture.givenNoPriorActivity()
                .when(new CreateCommune("villeneuve", "Villeneuve", "Europe/Paris", subscription))
                .expectEvents(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"),
                        new SubscriptionChanged("villeneuve", subscription));
    }

    @Test
    void theOperatorChangesTheSubscriptionAndTheSameOneAgainChangesNothing() {
        Subscription five = new Subscription(PopulationBand.UP_TO_10000, 5, false, false);
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"),
                        new SubscriptionChanged("villeneuve", five))
                .when(new ChangeSubscription("villeneuve", five))
                .expectNoEvents();
        fixture.given(new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris"),
                        new SubscriptionChanged("villeneuve", five))
                .when(new ChangeSubscription("villeneuve", new Subscription(PopulationBand.UP_TO_10000, 10, true, false)))
                .expectEvents(new SubscriptionChanged("villeneuve",
                        new Subscription(PopulationBand.UP_TO_10000, 10, true, false)));
    }

    @Test
    void aCommuneIsSuspendedOnceAndResumedOnce() {
        CommuneCreated created = new CommuneCreated("villeneuve", "Villeneuve", "Europe/Paris");
        fixture.given(created)
                .when(new SuspendCommune("villeneuve", " Impayé "))
                .expectEvents(new CommuneSuspended("villeneuve", "Impayé"));
        fixture.given(created, new CommuneSuspended("villeneuve", "Impayé"))
                .when(new SuspendCommune("villeneuve", "Autre"))
                .expectNoEvents();
        fixture.given(created, new CommuneSuspended("villeneuve", "Impayé"))
                .when(new ResumeCommune("villeneuve"))
                .expectEvents(new CommuneResumed("villeneuve"));
        fixture.given(created)
                .when(new ResumeCommune("villeneuve"))
                .expectNoEvents();
    }
}
