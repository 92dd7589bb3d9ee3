package fr.creneau.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one citizen received, read from the fake Twilio (SMS) and GreenMail (e-mail) of the shared stack. */
final class Messages {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final WholeStack whole;
    private final String mobile;
    private final String email;

    Messages(WholeStack whole, String mobile, String email) {
        this.whole = whole;
        this.mobile = mobile;
        this.email = email;
    }

    /** The texts of the SMS sent to this citizen, oldest first. */
    List<String> sms() {
        return whole.twilio.messages().stream()
                .filter(message -> mobile.equals(message.get("To")))
                .map(message -> message.get("Body"))
                .toList();
    }

    String awaitSms(String what, Predicate<String> matching) {
        return Eventually.poll(what + " by SMS to " + mobile, WAIT, this::sms,
                texts -> texts.stream().anyMatch(matching)).stream().filter(matching).reduce((first, last) -> last)
                .orElseThrow();
    }

    /** The latest 6-digit code sent by SMS, counting only SMS after the first {@code skip}. */
    String awaitCode(int skip) {
        List<String> texts = Eventually.poll("a code by SMS to " + mobile, WAIT, this::sms,
                sent -> sent.size() > skip && CODE.matcher(sent.get(sent.size() - 1)).find());
        String text = texts.get(texts.size() - 1);
        Matcher matcher = CODE.matcher(text);
        matcher.find();
        return matcher.group(1);
    }

    String awaitMail(String what, Predicate<String> matching) {
        return Eventually.poll(what + " by e-mail to " + email, WAIT, this::mails,
                texts -> texts.stream().anyMatch(matching)).stream().filter(matching).reduce((first, last) -> last)
                .orElseThrow();
    }

    /** The first link in {@code text} whose path starts with {@code pathPrefix}, exactly as written. */
    static String link(String text, String pathPrefix) {
        return links(text, pathPrefix).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + pathPrefix + " in: " + text));
    }

    static List<String> links(String text, String pathPrefix) {
        Matcher matcher = Pattern.compile("https?://[^\\s/]+" + Pattern.quote(pathPrefix) + "[^\\s]*").matcher(text);
        List<String> links = new ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    /** The plain text of the e-mails sent to this citizen, oldest first. */
    List<String> mails() {
        return Arrays.stream(whole.smtp.getReceivedMessages())
                .filter(message -> sentTo(message, email))
                .map(Messages::plainText)
                .toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    text.append(plainText(child));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
