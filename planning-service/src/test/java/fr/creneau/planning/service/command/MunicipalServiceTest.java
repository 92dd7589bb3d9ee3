package fr.creneau.planning.service.command;

import fr.creneau.planning.service.domain.ServiceCreated;
import fr.creneau.planning.service.domain.ServiceRenamed;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalServiceTest {

    private AggregateTestFixture<MunicipalService> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MunicipalService.class);
    }

    @Test
    void aServiceIsRenamedWithoutItsSurroundingSpaces() {
        fixture.given(new ServiceCreated("etat-civil", "villeneuve", "Etat civil"))
                .when(new RenameService("etat-civil", "villeneuve", "  État civil "))
                .expectEvents(new ServiceRenamed("etat-civil", "villeneuve", "État civil"));
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.given(new ServiceCreated("etat-civil", "villeneuve", "Etat civil"))
                .when(new RenameService("etat-civil", "villeneuve", " "))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anotherCommuneCannotRenameIt() {
        fixture.given(new ServiceCreated("etat-civil", "villeneuve", "Etat civil"))
                .when(new RenameService("etat-civil", "ailleurs", "Cabinet"))
                .expectException(UnknownInCommune.class);
    }
}
