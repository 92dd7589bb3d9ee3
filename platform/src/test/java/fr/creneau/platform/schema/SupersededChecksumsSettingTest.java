package fr.creneau.platform.schema;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service names its own changed migrations in its settings, as notification-service does for its V1. */
class SupersededChecksumsSettingTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SchemaAutoConfiguration.class));

    @Test
    void aServicesOwnChangesComeWithPlatformsOwn() {
        service.withPropertyValues("creneau.flyway.superseded-checksums[0].script=V1__notifications.sql",
                        "creneau.flyway.superseded-checksums[0].was=-772780903",
                        "creneau.flyway.superseded-checksums[0].now=1775408540")
                .run(context -> assertThat(context.getBean(SupersededChecksums.class).superseded()).containsExactly(
                        new SupersededChecksum("V1__notifications.sql", -772780903, 1775408540),
                        SchemaAutoConfiguration.SCHEDULER_OUT_OF_THE_EVENT_STORE));
    }

    @Test
    void withoutSettingsOnlyPlatformsOwnChange() {
        service.run(context -> assertThat(context.getBean(SupersededChecksums.class).superseded())
                .containsExactly(SchemaAutoConfiguration.SCHEDULER_OUT_OF_THE_EVENT_STORE));
    }
}
