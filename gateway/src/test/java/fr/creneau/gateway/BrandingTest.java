package fr.creneau.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's colours and logo: set by its administrator only, read by anyone; a text colour that does not reach
 * 4.5:1 on the commune's colour is refused in French, and a missing one is chosen readable; a logo is a PNG, JPEG
 * or WebP of 40 KB at most, served back as that image only.
 */
class BrandingTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    private final String commune = "couleurs-" + UUID.randomUUID().toString().substring(0, 8);
    private AgentSession communeAdmin;

    @BeforeEach
    void aCommuneWithItsAdministrator() {
        communeAdmin = signIn(admin().createAccount(commune, PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
    }

    private String branding() {
        return "/api/branding/communes/" + commune;
    }

    private JsonNode readAnonymously() {
        return web.get().uri(branding()).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    @Test
    void theAdministratorsColourIsReadByAnyoneWithATextColourThatReads() {
        assertThat(readAnonymously().get("color").isNull()).isTrue();

        communeAdmin.put(branding(), Map.of("color", "#005A9C")).expectStatus().isOk();
        JsonNode dark = readAnonymously();
        assertThat(dark.get("color").asText()).isEqualTo("#005a9c");
        assertThat(dark.get("textColor").asText()).isEqualTo("#ffffff");
        assertThat(dark.get("inkColor").asText()).isEqualTo("#005a9c");

        communeAdmin.put(branding(), Map.of("color", "#ffd700")).expectStatus().isOk();
        JsonNode light = readAnonymously();
        assertThat(light.get("textColor").asText()).isEqualTo("#161616");
        assertThat(light.get("inkColor").asText()).as("gold links on white would not read").isEqualTo("#161616");
    }

    @Test
    void aTextColourBelowFourAndAHalfToOneIsRefusedAndChangesNothing() {
        communeAdmin.put(branding(), Map.of("color", "#005a9c", "textColor", "#ffffff")).expectStatus().isOk();

        JsonNode problem = communeAdmin.put(branding(), Map.of("color", "#ffd700", "textColor", "#ffffff"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("detail").asText()).contains("textColor", "contraste de 1,4", "4,5:1");
        assertThat(readAnonymously().get("color").asText()).isEqualTo("#005a9c");

        assertThat(communeAdmin.put(branding(), Map.of("color", "bleu")).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("detail").asText())
                .contains("#rrggbb");
        assertThat(communeAdmin.put(branding(), Map.of("logoUrl", "http://www.example.fr/logo.png"))
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("detail").asText()).contains("https://");
    }

    @Test
    void anUploadedPngIsServedBackAsAPngAndAnSvgOrAnImageTooLargeIsRefused() throws IOException {
        byte[] png = png();
        JsonNode saved = communeAdmin.put(branding() + "/logo",
                        Map.of("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(saved.get("logoUploaded").asBoolean()).isTrue();
        String address = readAnonymously().get("logo").asText();
        assertThat(address).startsWith(branding() + "/logo?v=");

        byte[] served = web.get().uri(address).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(png);

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assertThat(refusal(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8))))
                .contains("PNG, JPEG et WebP");
        byte[] large = new byte[41 * 1024];
        System.arraycopy(png, 0, large, 0, png.length);
        assertThat(refusal(Base64.getEncoder().encodeToString(large))).contains("40 Ko au plus");
        assertThat(refusal("pas du base64 !")).contains("base64");
        assertThat(web.get().uri(address).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(png);

        communeAdmin.request(HttpMethod.DELETE, branding() + "/logo", null).expectStatus().isOk();
        web.get().uri(branding() + "/logo").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void onlyTheCommunesAdministratorChangesIt() {
        String otherCommune = "autre-" + UUID.randomUUID().toString().substring(0, 8);
        AgentSession otherAdmin = signIn(admin().createAccount(otherCommune, PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        AgentSession agent = signIn(admin().createAccount(commune, PASSWORD, "AGENT"), PASSWORD);

        otherAdmin.put(branding(), Map.of("color", "#000091")).expectStatus().isForbidden();
        agent.put(branding(), Map.of("color", "#000091")).expectStatus().isForbidden();
        admin().put(branding(), Map.of("color", "#000091")).expectStatus().isForbidden();
        web.put().uri(branding()).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("color", "#000091"))
                .exchange().expectStatus().isUnauthorized();
        assertThat(readAnonymously().get("color").isNull()).isTrue();
    }

    private String refusal(String image) {
        return communeAdmin.put(branding() + "/logo", Map.of("image", image)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("detail").asText();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x005a9c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
