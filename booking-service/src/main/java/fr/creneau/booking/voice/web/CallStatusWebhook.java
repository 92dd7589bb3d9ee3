package fr.creneau.booking.voice.web;

import fr.creneau.booking.api.VoiceCallEnded;
import fr.creneau.booking.shared.adapter.KafkaPublisher;
import fr.creneau.booking.voice.view.VoiceLines;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Twilio's call-status callback, set on each line's number: once a call has ended ({@code completed}), its length
 * goes to {@code voice.calls} for the operator's usage report. Signed like every voice webhook ({@link TwilioSigned});
 * other statuses (busy, no answer) cost nothing and are only acknowledged.
 */
@Hidden
@RestController
class CallStatusWebhook {

    static final String VOICE_CALLS = "voiceCalls-out-0";
    private static final Pattern CALL_SID = Pattern.compile("CA[0-9a-f]{32}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,6}");

    private final VoiceLines lines;
    private final KafkaPublisher kafka;
    private final Clock clock;

    CallStatusWebhook(VoiceLines lines, KafkaPublisher kafka, Clock clock) {
        this.lines = lines;
        this.kafka = kafka;
        this.clock = clock;
    }

    @PostMapping(path = Twiml.BASE + "fin-appel", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ended(HttpServletRequest request) {
        if (!"completed".equals(request.getParameter("CallStatus"))) {
            return;
        }
        String callSid = request.getParameter("CallSid");
        String duration = request.getParameter("CallDuration");
        if (callSid == null || !CALL_SID.matcher(callSid).matches()) {
            throw new InvalidRequestException("Le champ « CallSid » doit être l'identifiant d'appel de Twilio (CA…).");
        }
        if (duration == null || !SECONDS.matcher(duration).matches()) {
            throw new InvalidRequestException("Le champ « CallDuration » doit être une durée en secondes.");
        }
        String to = request.getParameter("To");
        String communeId = lines.communeOfNumber(to == null ? "" : to.trim()).orElseThrow(() ->
                new NotFoundException("Le numéro appelé n'est la ligne d'aucune commune."));
        int seconds = Integer.parseInt(duration);
        kafka.send(VOICE_CALLS, communeId, new VoiceCallEnded(callSid, clock.instant(), communeId, seconds,
                VoiceCallEnded.billedMinutes(seconds)));
    }
}
