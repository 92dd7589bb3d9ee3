package fr.creneau.platform.schema;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;

@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
@EnableConfigurationProperties(SchemaProperties.class)
public class SchemaAutoConfiguration {

    /**
     * db-scheduler's table left V0_2__axon_event_store for db/scheduler/R__scheduled_tasks: platform's own change.
     * A service adds its own changes in {@code creneau.flyway.superseded-checksums}.
     */
    static final SupersededChecksum SCHEDULER_OUT_OF_THE_EVENT_STORE =
            new SupersededChecksum("V0_2__axon_event_store.sql", -20090140, -1079797949);

    @Bean
    SupersededChecksums supersededChecksums(SchemaProperties properties) {
        List<SupersededChecksum> all = new ArrayList<>(properties.supersededChecksums());
        all.add(SCHEDULER_OUT_OF_THE_EVENT_STORE);
        return new SupersededChecksums(all);
    }
}
