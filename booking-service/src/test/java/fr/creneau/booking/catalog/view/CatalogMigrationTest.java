package fr.creneau.booking.catalog.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalog written before booking-service had its own records is read in them once migrated. */
class CatalogMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-01T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static HikariDataSource dataSource;

    @BeforeAll
    static void aCatalogOfPlanningEvents() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("booking_catalog"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        flyway("4").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store(jdbc, "g1", new CounterChanged("e1", AT, "villeneuve", "g1", "mairie", "Guichet 1", List.of("cni"),
                List.of("agent-1"), true, List.of()));
        store(jdbc, "cni", new AppointmentTypeChanged("e2", AT, "villeneuve", "cni", "Carte d'identité", null, 20,
                "P60D", "PT2H", List.of(new AppointmentTypeChanged.Option("passeport", "Passeport")), 4, true, true,
                List.of("etat-civil"), false, "Apportez une photo", null, List.of(), "SERVICE", true, true));
        flyway(null).migrate();
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void aCounterStoredAsPlanningsEventIsReadAsBookingsOwnRecord() {
        assertThat(catalog().counter("g1")).contains(new Counter("villeneuve", "g1", "mairie", "Guichet 1",
                List.of("cni"), List.of("agent-1"), true, List.of()));
        assertThat(catalog().countersOf("villeneuve")).hasSize(1);
    }

    @Test
    void anAppointmentTypeKeepsItsOptionsAndRules() {
        assertThat(catalog().appointmentType("cni")).contains(new AppointmentType("villeneuve", "cni",
                "Carte d'identité", null, 20, "P60D", "PT2H", List.of(new AppointmentType.Option("passeport",
                "Passeport")), 4, true, true, List.of("etat-civil"), false, "Apportez une photo", null, List.of(),
                "SERVICE", true, true));
    }

    private static Catalog catalog() {
        return new Catalog(new CatalogTable(JdbcClient.create(dataSource), JSON));
    }

    /** As the catalog wrote it up to version 4: the planning-api event itself, typed, under the event's name. */
    private static void store(JdbcClient jdbc, String id, PlanningEvent event) {
        try {
            jdbc.sql("""
                            INSERT INTO catalog_entry (kind, id, commune_id, payload, occurred_at)
                            VALUES (:kind, :id, :communeId, CAST(:payload AS jsonb), :occurredAt)""")
                    .param("kind", event.getClass().getSimpleName())
                    .param("id", id)
                    .param("communeId", event.communeId())
                    .param("payload", JSON.writerFor(PlanningEvent.class).writeValueAsString(event))
                    .param("occurredAt", Timestamp.from(event.occurredAt()))
                    .update();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/platform", "classpath:db/axon");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
