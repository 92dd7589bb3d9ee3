package fr.creneau.faults;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message the citizens received, read from the fake Twilio and from GreenMail, sorted by kind with the
 * words of the default templates: a code ("Votre code de confirmation"), a confirmation ("RDV confirmé",
 * "Confirmation de votre rendez-vous").
 */
final class Inbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final FakeTwilio twilio;
    private final GreenMail smtp;

    Inbox(FakeTwilio twilio, GreenMail smtp) {
        this.twilio = twilio;
        this.smtp = smtp;
    }

    /** The code this citizen received by e-mail or by SMS, if one came. */
    String code(Booking booking) {
        for (String subject : subjectsTo(booking.email)) {
            if (subject.startsWith("Votre code de confirmation")) {
                return codeIn(subject);
            }
        }
        return smsTo(twilio.sent(), booking.mobile).stream().filter(Inbox::isCode).findFirst()
                .map(Inbox::codeIn).orElse(null);
    }

    /** A snapshot of what each citizen received, to count from. */
    Received snapshot() {
        List<Map<String, String>> sent = twilio.sent();
        List<Map<String, String>> perhaps = twilio.perhapsSent();
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    mails.add(new Mail(to.toString().toLowerCase(), message.getSubject()));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Received(sent, perhaps, mails);
    }

    record Mail(String to, String subject) {
    }

    /** Counts per citizen and kind. */
    record Received(List<Map<String, String>> sms, List<Map<String, String>> perhapsSms, List<Mail> mails) {

        long codesBySms(Booking booking) {
            return smsTo(sms, booking.mobile).stream().filter(Inbox::isCode).count();
        }

        long codesPerhapsBySms(Booking booking) {
            return smsTo(perhapsSms, booking.mobile).stream().filter(Inbox::isCode).count();
        }

        long confirmationsBySms(Booking booking) {
            return smsTo(sms, booking.mobile).stream().filter(body -> body.startsWith("RDV confirmé")).count();
        }

        long confirmationsPerhapsBySms(Booking booking) {
            return smsTo(perhapsSms, booking.mobile).stream().filter(body -> body.startsWith("RDV confirmé")).count();
        }

        long codesByMail(Booking booking) {
            return mailsTo(booking).stream().filter(subject -> subject.startsWith("Votre code de confirmation"))
                    .count();
        }

        long confirmationsByMail(Booking booking) {
            return mailsTo(booking).stream().filter(subject -> subject.startsWith("Confirmation de votre rendez-vous"))
                    .count();
        }

        private List<String> mailsTo(Booking booking) {
            return mails.stream().filter(mail -> mail.to.equals(booking.email)).map(Mail::subject).toList();
        }
    }

    private List<String> subjectsTo(String email) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
            try {
                subjects.add(message.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private static List<String> smsTo(List<Map<String, String>> sms, String mobile) {
        return sms.stream().filter(message -> mobile.equals(message.get("To"))).map(message -> message.get("Body"))
                .toList();
    }

    private static boolean isCode(String text) {
        return text.startsWith("Votre code de confirmation");
    }

    private static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
