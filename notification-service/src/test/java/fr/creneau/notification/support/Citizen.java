package fr.creneau.notification.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import fr.creneau.booking.api.AppointmentContact;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** A citizen with an appointment of their own, a mobile and an address nobody else uses, and what they received. */
public record Citizen(String appointmentId, String mobile, String email, String locale) {

    public static Citizen withContact() {
        return withLocale("fr");
    }

    /** A citizen who booked on the page in that language. */
    public static Citizen withLocale(String locale) {
        String id = Events.newId();
        Citizen citizen = new Citizen(id, "+3361" + String.format("%07d", Math.abs(id.hashCode()) % 10_000_000),
                id + "@example.fr", locale);
        Events.publish(citizen.contact());
        return citizen;
    }

    public AppointmentContact contact() {
        return Events.contact(appointmentId, mobile, email, locale);
    }

    public String token() {
        return "tok-" + appointmentId;
    }

    public MimeMessage awaitEmail(GreenMail smtp, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() >= count);
        return Mailbox.of(smtp, email).get(count - 1);
    }

    public Map<String, String> awaitSms(WireMockServer twilio, String accountSid, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilio.messagesTo(twilio, accountSid, mobile).size() >= count);
        return FakeTwilio.messagesTo(twilio, accountSid, mobile).get(count - 1);
    }

    public List<Map<String, String>> sms(WireMockServer twilio, String accountSid) {
        return FakeTwilio.messagesTo(twilio, accountSid, mobile);
    }
}
