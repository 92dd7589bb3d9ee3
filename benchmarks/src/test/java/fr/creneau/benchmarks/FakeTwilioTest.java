package fr.creneau.benchmarks;

import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's fake Twilio as the notification service sees it: through Twilio's own SDK. */
class FakeTwilioTest {

    private static final String MOBILE = "+33612345678";

    private final FakeTwilio twilio = new FakeTwilio().start();

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void answersTheSdkWithAQueuedMessage() {
        Message message = send(FakeTwilio.AUTH_TOKEN, "Votre code Créneau : 123456");

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getTo()).isEqualTo(MOBILE);
    }

    @Test
    void keepsTheCodeOfTheBodyForItsRecipient() {
        send(FakeTwilio.AUTH_TOKEN, "Votre code Créneau : 123456");

        assertThat(twilio.latest(MOBILE).code()).isEqualTo("123456");
    }

    @Test
    void findsNoCodeOutsideTheBody() {
        send(FakeTwilio.AUTH_TOKEN, "Votre rendez-vous est confirmé");

        assertThat(twilio.latest(MOBILE)).isNull();
    }

    @Test
    void refusesAWrongAuthToken() {
        assertThatThrownBy(() -> send("wrong-token", "Votre code Créneau : 123456"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
        assertThat(twilio.received()).isZero();
    }

    private Message send(String authToken, String body) {
        TwilioRestClient client = new TwilioRestClient.Builder(FakeTwilio.ACCOUNT_SID, authToken)
                .httpClient(new ToFake(twilio.url())).build();
        return Message.creator(new PhoneNumber(MOBILE), new PhoneNumber(FakeTwilio.FROM), body).create(client);
    }

    /** The SDK's own client, sent to the fake with the same path, form and credentials. */
    private static final class ToFake extends NetworkHttpClient {

        private final String base;

        ToFake(String base) {
            this.base = base;
        }

        @Override
        public Response makeRequest(Request original) {
            Request request = new Request(original.getMethod(), base + original.constructURL().getPath());
            request.setAuth(original.getUsername(), original.getPassword());
            original.getPostParams().forEach((name, values) -> values.forEach(value -> request.addPostParam(name, value)));
            return super.makeRequest(request);
        }
    }
}
