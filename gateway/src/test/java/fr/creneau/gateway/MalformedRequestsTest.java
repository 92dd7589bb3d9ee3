package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses the gateway refuses before any rule or route (Spring Security's firewall, Netty's decoder) are answered
 * in French problem+json like every other refusal, not with an empty body.
 */
class MalformedRequestsTest extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashANulOrATraversalInTheAddressIsA400ThatSaysWhy() {
        for (String path : List.of("/api/planning/communes/a%2Fb", "/api/planning/communes/a%00b",
                "/api/planning/communes/../../actuator/health", "/api/booking/manage/a%5Cb", "/api/me;jsessionid=1",
                "/api/planning//communes")) {
            RawHttp.Reply reply = RawHttp.send(RawHttp.to(port, path).GET());

            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(reply.body()).as(path).contains("\"title\":\"Adresse refusée\"")
                    .contains("L'adresse contient une séquence refusée");
        }
    }

    @Test
    void anAddressTooLongForNettyIsA414ThatSaysSo() {
        RawHttp.Reply reply = RawHttp.send(RawHttp.to(port, "/api/planning/communes/" + "a".repeat(5000)).GET());

        assertThat(reply.status()).isEqualTo(414);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body()).contains("\"title\":\"Adresse trop longue\"")
                .contains("L'adresse demandée est trop longue (4 Ko au plus).");
    }

    @Test
    void headersTooLargeAreA431ThatSaysSo() {
        RawHttp.Reply reply = RawHttp.send(RawHttp.to(port, "/api/auth/methods").header("X-Grand", "a".repeat(20_000))
                .GET());

        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body()).contains("Les en-têtes de la requête sont trop volumineux.");
    }

    @Test
    void aBrokenRequestLineIsA400ThatSaysSo() {
        RawHttp.Reply reply = RawHttp.halfABody(port, "GET /api/auth/methods HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: abc", "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body()).contains("La requête HTTP est mal formée");
    }
}
