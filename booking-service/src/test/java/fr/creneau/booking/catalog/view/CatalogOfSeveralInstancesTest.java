package fr.creneau.booking.catalog.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two booking-service instances on one database, each with its catalog kept a few seconds in memory: what one
 * learns, the other finds at once if it had not found it before (a citizen sent to it must not get a 404 for a
 * counter or type just opened), and within the freshness if it had.
 */
class CatalogOfSeveralInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static HikariDataSource dataSource;

    @BeforeAll
    static void oneDatabase() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("booking_catalog_instances"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/platform", "classpath:db/axon").load().migrate();
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void aCounterTheOtherInstanceLearntIsFoundAtOnceWhereItWasNotFoundBefore() {
        Catalog first = catalog();
        Catalog second = catalog();
        assertThat(second.counter("g-new")).isEmpty();
        assertThat(second.countersOf("lyon")).isEmpty();

        first.remember(new Counter("lyon", "g-new", "mairie", "Guichet 1", List.of("cni"), List.of(), true, List.of()),
                Instant.parse("2026-11-01T08:00:00Z"));

        assertThat(second.counter("g-new")).map(Counter::name).contains("Guichet 1");
        assertThat(second.countersOf("lyon")).extracting(Counter::counterId).containsExactly("g-new");
    }

    private static Catalog catalog() {
        return new Catalog(new CatalogTable(JdbcClient.create(dataSource), JSON));
    }
}
