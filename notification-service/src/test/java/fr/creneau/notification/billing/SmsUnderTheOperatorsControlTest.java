package fr.creneau.notification.billing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's hold on a commune's SMS, with the fake Twilio and the GreenMail server: the SMS option, the monthly
 * budget (a warning at 80 % to the agents' address and to each administrator the gateway named, the operator's choice
 * at 100 %), and the usage report in JSON and CSV.
 */
class SmsUnderTheOperatorsControlTest extends NotificationIntegrationTest {

    /** A confirmation with the default text is two SMS segments: 0.14 € at the default price. */
    private static final String CONFIRMATION_COST = "0.14";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceClient operator() {
        return ServiceClient.on(port, "/api/notifications").as(AgentHeaders.platformAdmin());
    }

    private ServiceClient communeAdmin() {
        return ServiceClient.on(port, "/api/notifications").asTheGateway();
    }

    /** As the gateway signs its own calls: itself, as an administrator of the commune it speaks of. */
    private ServiceClient theGateway(String commune) {
        return ServiceClient.on(port, "/internal/notifications").as(AgentHeaders.of(new AgentIdentity(
                IdentityToken.GATEWAY_ITSELF, commune, Set.of(Role.COMMUNE_ADMIN), null, "Passerelle Créneau")));
    }

    private static String newCommune(String prefix) {
        return prefix + "-" + Events.newId().substring(0, 8);
    }

    private void subscription(String commune, boolean sms) {
        Events.publish(new CommuneSubscriptionChanged(Events.newId(), Instant.now(), commune, "UP_TO_5000", 4, sms,
                false));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT sms_option FROM commune_subscription WHERE commune_id = :c").param("c", commune)
                .query(Boolean.class).optional().map(option -> option == sms).orElse(false));
    }

    private Citizen confirmed(String commune) {
        Citizen citizen = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(Instant.now().plus(Duration.ofDays(7)))));
        return citizen;
    }

    private Set<String> messageIds(String address) throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : Mailbox.of(smtp, address)) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    private void confirmationsBySmsOnly(String commune) {
        communeAdmin().put("/communes/" + commune + "/channels", Map.of("CONFIRMATION", List.of("SMS"))).expect(200);
    }

    private void agentsAddress(String commune, String address) {
        communeAdmin().put("/communes/" + commune + "/agents", Map.of("emails", List.of(address), "dailyAgenda", false))
                .expect(200);
    }

    private String status(Citizen citizen, String channel) {
        return jdbc.sql("SELECT status FROM notice WHERE appointment_id = :a AND channel = :ch")
                .param("a", citizen.appointmentId()).param("ch", channel).query(String.class).optional().orElse("NONE");
    }

    @Test
    void withTheSmsOptionOffNoSmsGoesOutAndTheEmailCarriesTheNotice() {
        String commune = newCommune("option");
        confirmationsBySmsOnly(commune);
        subscription(commune, true);
        Citizen before = confirmed(commune);
        before.awaitSms(twilio, ACCOUNT_SID, 1);

        subscription(commune, false);
        Citizen after = confirmed(commune);

        MimeMessage email = after.awaitEmail(smtp, 1);
        assertThat(Mailbox.text(email)).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(after, "EMAIL").equals("SENT"));
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, after.mobile())).isEmpty();
        assertThat(status(after, "SMS")).isEqualTo("NONE");
        assertThat(Mailbox.of(smtp, before.email())).isEmpty();
    }

    @Test
    void atEightyPercentTheAgentsAreWarnedAndAtTheBudgetEmailTakesOver() throws Exception {
        String commune = newCommune("budget");
        String agents = commune + "-agents@example.fr";
        confirmationsBySmsOnly(commune);
        agentsAddress(commune, agents);
        operator().put("/operator/communes/" + commune + "/sms-budget",
                Map.of("monthlyBudget", 0.35, "whenExhausted", "FALL_BACK_TO_EMAIL")).expect(200);

        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        assertThat(Mailbox.of(smtp, agents)).isEmpty();
        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, agents).size() == 1);
        MimeMessage warning = Mailbox.of(smtp, agents).get(0);
        assertThat(warning.getSubject()).contains("0,28", "0,35", "80 %");
        assertThat(Mailbox.text(warning)).contains("par e-mail");

        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, agents).size() == 2);
        assertThat(Mailbox.text(Mailbox.of(smtp, agents).get(1))).contains("Plus aucun SMS");
        Citizen past = confirmed(commune);

        past.awaitEmail(smtp, 1);
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, past.mobile())).isEmpty();
        // the e-mail reaches the mail server a moment before its notice is recorded as sent
        await().atMost(Duration.ofSeconds(10)).until(() -> status(past, "EMAIL").equals("SENT"));
        JsonNode report = operator().get("/operator/communes/" + commune + "/sms-usage").expect(200).body();
        assertThat(report.path("sms").asInt()).isEqualTo(3);
        assertThat(report.path("segments").asInt()).isEqualTo(6);
        assertThat(report.path("cost").decimalValue()).isEqualByComparingTo("0.42");
        assertThat(report.path("appointmentsBySms").asInt()).isEqualTo(3);
        assertThat(report.path("appointmentsByEmail").asInt()).isEqualTo(1);
        assertThat(report.path("overBudget").asBoolean()).isTrue();
        assertThat(report.path("alertsRaised").toString()).isEqualTo("[80,100]");
    }

    @Test
    void atEightyPercentEachAdministratorOfTheCommuneIsWarnedAtTheAddressTheGatewayGave() throws Exception {
        String commune = newCommune("admins");
        String first = commune + "-maire@example.fr";
        String second = commune + "-dgs@example.fr";
        String former = commune + "-ancienne@example.fr";
        confirmationsBySmsOnly(commune);
        theGateway(commune).put("/communes/" + commune + "/administrators", Map.of("emails", List.of(former))).expect(200);
        theGateway(commune).put("/communes/" + commune + "/administrators", Map.of("emails", List.of(first, second)))
                .expect(200);
        operator().put("/operator/communes/" + commune + "/sms-budget",
                Map.of("monthlyBudget", 0.35, "whenExhausted", "FALL_BACK_TO_EMAIL")).expect(200);

        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);

        // one e-mail to both: GreenMail keeps a copy per recipient, each naming both, so messages are told by their id
        await().atMost(Duration.ofSeconds(20)).until(() -> messageIds(first).size() == 1
                && messageIds(second).equals(messageIds(first)));
        assertThat(Mailbox.of(smtp, first).get(0).getSubject()).contains("80 %");
        assertThat(Mailbox.of(smtp, former)).isEmpty();
    }

    @Test
    void onlyTheGatewaySpeakingForItselfSaysWhoAdministersACommune() {
        String commune = newCommune("not-the-gateway");
        ServiceClient admin = ServiceClient.on(port, "/internal/notifications").as(AgentHeaders.of(commune,
                Role.COMMUNE_ADMIN));
        ServiceResponse refused = admin.put("/communes/" + commune + "/administrators",
                Map.of("emails", List.of("intrus@example.fr")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("passerelle");
        assertThat(ServiceClient.on(port, "/internal/notifications").put("/communes/" + commune + "/administrators",
                Map.of("emails", List.of("intrus@example.fr"))).status()).isEqualTo(401);
        assertThat(theGateway(commune).put("/communes/" + commune + "/administrators", Map.of("emails", List.of("pas-une-adresse")))
                .status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_administrator WHERE commune_id = :c").param("c", commune)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void whenTheOperatorChoosesToGoOnSmsPassTheBudgetAndTheMonthIsFlagged() {
        String commune = newCommune("flag");
        confirmationsBySmsOnly(commune);
        operator().put("/operator/communes/" + commune + "/sms-budget",
                Map.of("monthlyBudget", 0.14, "whenExhausted", "CONTINUE_AND_FLAG")).expect(200);

        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        Citizen past = confirmed(commune);

        past.awaitSms(twilio, ACCOUNT_SID, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("sms").asInt() == 2);
        JsonNode report = operator().get("/operator/communes/" + commune + "/sms-usage").expect(200).body();
        assertThat(report.path("overBudget").asBoolean()).isTrue();
        assertThat(report.path("budgetPercentSpent").asInt()).isEqualTo(200);
        assertThat(report.path("alertsRaised").toString()).isEqualTo("[80,100]");
    }

    @Test
    void theMonthlyReportDownloadsAsACsvReadyForInvoicing() {
        String commune = newCommune("csv");
        confirmationsBySmsOnly(commune);
        confirmed(commune).awaitSms(twilio, ACCOUNT_SID, 1);
        String month = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("sms").asInt() == 1);

        String csv = operator().rest().get().uri("/operator/communes/{c}/sms-usage.csv?month={m}", commune, month)
                .retrieve().body(String.class);
        String all = operator().rest().get().uri("/operator/sms-usage.csv?month={m}", month)
                .retrieve().body(String.class);

        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("commune;mois;sms_envoyes;sms_segments;cout_sms_euros;prix_segment_euros");
        assertThat(lines[1]).startsWith(commune + ";" + month + ";1;2;" + CONFIRMATION_COST.replace('.', ',') + ";0,07;");
        assertThat(all).contains(lines[1]);
    }

    @Test
    void onlyThePlatformAdministratorSetsABudgetOrReadsTheUsage() {
        String commune = newCommune("access");
        ServiceClient admin = ServiceClient.on(port, "/api/notifications").as(AgentHeaders.of(commune, Role.COMMUNE_ADMIN));

        ServiceResponse budget = admin.put("/operator/communes/" + commune + "/sms-budget",
                Map.of("monthlyBudget", 1000, "whenExhausted", "CONTINUE_AND_FLAG"));
        ServiceResponse usage = admin.get("/operator/communes/" + commune + "/sms-usage");
        ServiceResponse anonymous = ServiceClient.exchange(ServiceClient.on(port, "/api/notifications").rest().get()
                .uri("/operator/sms-usage"));

        assertThat(budget.status()).isEqualTo(403);
        assertThat(usage.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(operator().get("/operator/communes/" + commune + "/sms-budget").status()).isEqualTo(404);
    }

    @Test
    void aWrongBudgetOrMonthIsRefusedInFrench() {
        String path = "/operator/communes/" + newCommune("bad") + "/sms-budget";

        ServiceResponse negative = operator().put(path, Map.of("monthlyBudget", -5, "whenExhausted", "CONTINUE_AND_FLAG"));
        ServiceResponse noChoice = operator().put(path, Map.of("monthlyBudget", 20));
        ServiceResponse unknownChoice = operator().put(path, Map.of("monthlyBudget", 20, "whenExhausted", "STOP"));
        ServiceResponse month = operator().get("/operator/sms-usage?month=2026-13");
        ServiceResponse commune = operator().get("/operator/communes/Pas%20une%20commune/sms-usage");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("detail")).contains("budget SMS mensuel");
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.text("detail")).contains("whenExhausted");
        assertThat(unknownChoice.status()).isEqualTo(400);
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.text("detail")).contains("AAAA-MM");
        assertThat(commune.status()).isEqualTo(400);
        assertThat(operator().get(path).status()).isEqualTo(404);
    }
}
