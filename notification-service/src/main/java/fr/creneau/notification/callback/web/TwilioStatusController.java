package fr.creneau.notification.callback.web;

import fr.creneau.notification.callback.adapter.TwilioSignature;
import fr.creneau.notification.callback.command.DeliveryReports;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Twilio posts here each change of an SMS's status. The request is checked against Twilio's signature (computed
 * with the auth token over the configured callback URL), then recorded as an outcome of the notice.
 */
@RestController
class TwilioStatusController {

    private final DeliveryReports reports;
    private final TwilioSignature signatures;
    private final Clock clock;

    TwilioStatusController(DeliveryReports reports, TwilioSignature signatures, Clock clock) {
        this.reports = reports;
        this.signatures = signatures;
        this.clock = clock;
    }

    @PostMapping(path = "/api/notifications/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@RequestBody MultiValueMap<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!signatures.accepts(params, signature)) {
            throw new ForbiddenException("Signature Twilio absente ou invalide.");
        }
        String sid = params.get("MessageSid");
        String status = params.get("MessageStatus");
        if (sid == null || status == null) {
            throw new InvalidRequestException("MessageSid et MessageStatus sont obligatoires.");
        }
        String detail = "Twilio " + status + (params.containsKey("ErrorCode") ? " (erreur " + params.get("ErrorCode") + ")" : "");
        reports.record(sid, outcome(status), detail, params.get("ErrorCode"), clock.instant());
        return ResponseEntity.noContent().build();
    }

    private static NoticeStatus outcome(String status) {
        return switch (status) {
            case "delivered" -> NoticeStatus.DELIVERED;
            case "undelivered", "failed" -> NoticeStatus.UNDELIVERED;
            default -> null;
        };
    }
}
