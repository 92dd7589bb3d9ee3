package fr.creneau.testsupport;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plays Twilio's part in a call: posts the voice webhooks form-encoded, signed as Twilio signs them (HMAC-SHA1 of
 * the public URL and the sorted parameters, under the auth token; written here by hand, not with the SDK the service
 * checks with), to the real address (the service, or the gateway), and reads each TwiML answer with an XML parser.
 */
public final class ScriptedCaller {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String publicBase;
    private final String localBase;
    private final String authToken;
    private final Map<String, String> call = new LinkedHashMap<>();
    private Answer last;

    /**
     * @param publicBase the address Twilio calls (the service's configured public URL)
     * @param localBase where the requests really go (the service, or the gateway)
     */
    public ScriptedCaller(String publicBase, String localBase, String authToken, String from, String to) {
        this.publicBase = publicBase;
        this.localBase = localBase;
        this.authToken = authToken;
        call.put("AccountSid", "AC" + "0".repeat(32));
        call.put("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""));
        call.put("From", from);
        call.put("To", to);
        call.put("Direction", "inbound");
        call.put("CallStatus", "in-progress");
    }

    /** The call comes in. */
    public Answer dial() {
        return post(publicBase + "/api/booking/voice/appel", Map.of(), authToken);
    }

    /** Keys typed at the question last asked. */
    public Answer press(String digits) {
        return post(last.gatherAction(), Map.of("Digits", digits), authToken);
    }

    /** The caller hangs up after {@code seconds}: Twilio posts the call's status callback, as set on the number. */
    public Answer hangUp(int seconds) {
        return post(publicBase + "/api/booking/voice/fin-appel",
                Map.of("CallStatus", "completed", "CallDuration", Integer.toString(seconds)), authToken);
    }

    /** Twilio's id of this call. */
    public String callSid() {
        return call.get("CallSid");
    }

    /** Nothing typed: Twilio posts the question's action without Digits. */
    public Answer silence() {
        return post(last.gatherAction(), Map.of(), authToken);
    }

    /** A request to {@code url} (public) signed with {@code token}, or unsigned when it is null. */
    public Answer post(String publicUrl, Map<String, String> extra, String token) {
        return send(publicUrl, publicUrl, extra, token);
    }

    /** A request sent to {@code publicUrl} with the signature of {@code signedUrl}: what a third party could try. */
    public Answer send(String signedUrl, String publicUrl, Map<String, String> extra, String token) {
        Map<String, String> form = new LinkedHashMap<>(call);
        form.putAll(extra);
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(localBase + publicUrl.substring(publicBase.length())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Twilio-Signature", signature(token, signedUrl, form));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            if (answer.status() == 200) {
                last = answer;
            }
            return answer;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer last() {
        return last;
    }

    public static String signature(String token, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One answer: TwiML when 200. */
    public record Answer(int status, String contentType, String body) {

        /** Every {@code <Say>}, in order, joined by spaces. */
        public String said() {
            List<String> texts = new ArrayList<>();
            NodeList says = xml().getElementsByTagName("Say");
            for (int i = 0; i < says.getLength(); i++) {
                Element say = (Element) says.item(i);
                if (!"fr-FR".equals(say.getAttribute("language"))) {
                    throw new AssertionError("a Say not in fr-FR: " + body);
                }
                texts.add(say.getTextContent());
            }
            return String.join(" ", texts);
        }

        public String gatherAction() {
            NodeList gathers = xml().getElementsByTagName("Gather");
            return gathers.getLength() == 0 ? null : ((Element) gathers.item(0)).getAttribute("action");
        }

        public String dialed() {
            NodeList dials = xml().getElementsByTagName("Dial");
            return dials.getLength() == 0 ? null : dials.item(0).getTextContent().trim();
        }

        public boolean hungUp() {
            return xml().getElementsByTagName("Hangup").getLength() > 0;
        }

        private Document xml() {
            try {
                return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("not TwiML: " + status + " " + body, e);
            }
        }
    }
}
