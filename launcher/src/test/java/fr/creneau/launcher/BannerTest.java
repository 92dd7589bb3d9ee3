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

    @Test
    void theBannerSaysPlainlyThatTheDevInboxIsOnAndHowToTurnItOff() {
        assertThat(Banner.devInbox(true, "http://localhost:8080"))
                .contains("http://localhost:8080/dev/inbox", "ACTIVE", "pas envoyés", "CRENEAU_DEV_INBOX=false");
        assertThat(Banner.devInbox(false, "http://localhost:8080")).contains("désactivée").doesNotContain("/dev/inbox");
    }

    @Test
    void theBannerSaysWhereTheGatewayListens() {
        assertThat(Banner.listening("127.0.0.1")).contains("cette machine seulement", "GATEWAY_ADDRESS");
        assertThat(Banner.listening("0.0.0.0")).contains("0.0.0.0");
    }
}
