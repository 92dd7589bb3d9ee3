package fr.creneau.booking.voice.web;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import fr.creneau.booking.voice.adapter.VoiceSettings;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.booking.voice.domain.VoiceLine;
import org.springframework.stereotype.Component;

/** The TwiML answers, built with the SDK's builders only, spoken in French. */
@Component
class Twiml {

    static final String BASE = "/api/booking/voice/";
    /** Answers not understood in a row before the caller is put through: the question is asked three times. */
    static final int MISSES_BEFORE_TRANSFER = 3;

    private final VoiceSettings settings;

    Twiml(VoiceSettings settings) {
        this.settings = settings;
    }

    /** Says {@code text} and waits for {@code digits} keys (or # before), then posts them to {@code step}. */
    String ask(String intro, String text, String step, CallState state, int digits) {
        Gather.Builder gather = new Gather.Builder().action(settings.url(BASE + step + state.query()))
                .method(HttpMethod.POST).numDigits(digits).timeout(settings.gatherTimeout())
                .actionOnEmptyResult(true).language(Gather.Language.FR_FR).say(say(text));
        if (digits > 1) {
            gather.finishOnKey("#");
        }
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (intro != null && !intro.isBlank()) {
            response.say(say(intro));
        }
        return response.gather(gather.build()).build().toXml();
    }

    String sayAndHangUp(String text) {
        return new VoiceResponse.Builder().say(say(text)).hangup(new Hangup.Builder().build()).build().toXml();
    }

    /** Says why, the mairie's opening hours, then puts the caller through to the commune's switchboard. */
    String transfer(String why, VoiceLine line) {
        VoiceResponse.Builder response = new VoiceResponse.Builder().say(say(why));
        if (line.openingHours() != null && !line.openingHours().isBlank()) {
            response.say(say("La mairie vous répond " + line.openingHours() + "."));
        }
        if (line.transferNumber() == null || line.transferNumber().isBlank()) {
            return response.say(say("Au revoir.")).hangup(new Hangup.Builder().build()).build().toXml();
        }
        return response.say(say("Je vous mets en relation avec la mairie."))
                .dial(new Dial.Builder(line.transferNumber()).build()).build().toXml();
    }

    private static Say say(String text) {
        return new Say.Builder(text).language(Say.Language.FR_FR).build();
    }
}
