package fr.creneau.notification.delivery.adapter;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.delivery.domain.MessageSender;
import fr.creneau.notification.delivery.domain.Receipt;
import fr.creneau.notification.notice.domain.MessageChannel;

import java.net.URI;

/** SMS through Twilio's Messages API, with a status callback when a public URL for it is configured. */
class TwilioSmsSender implements MessageSender {

    private final TwilioRestClient client;
    private final NotificationProperties.Twilio settings;

    TwilioSmsSender(NotificationProperties.Twilio settings) {
        this.settings = settings;
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken());
        if (settings.apiUrl() != null && !settings.apiUrl().isBlank()) {
            builder.httpClient(new BaseUrlHttpClient(settings.apiUrl()));
        }
        this.client = builder.build();
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.SMS;
    }

    @Override
    public Receipt send(OutboundMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        String from = settings.from();
        MessageCreator creator = from.startsWith("MG")
                ? Message.creator(to, from, message.body())
                : Message.creator(to, new PhoneNumber(from), message.body());
        if (settings.statusCallbackUrl() != null && !settings.statusCallbackUrl().isBlank()) {
            creator.setStatusCallback(URI.create(settings.statusCallbackUrl()));
        }
        return new Receipt("TWILIO", creator.create(client).getSid());
    }
}
