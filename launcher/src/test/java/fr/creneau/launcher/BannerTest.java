package fr.creneau.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTest {

    @Test
    void theDevelopmentAdministratorIsPrintedWithItsPassword() {
        assertThat(Banner.administrator(Map.of())).startsWith("admin / creneau-admin");
    }

    @Test
    void aPasswordOfOnesOwnIsNeverPrinted() {
        String line = Banner.administrator(Map.of("CRENEAU_ADMIN_USERNAME", "mairie",
                "CRENEAU_ADMIN_PASSWORD", "s3cret-de-production"));

        assertThat(line).startsWith("mairie / ").doesNotContain("s3cret-de-production");
    }
}
