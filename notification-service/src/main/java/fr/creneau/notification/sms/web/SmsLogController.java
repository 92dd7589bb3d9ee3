package fr.creneau.notification.sms.web;

import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.sms.view.SmsLog;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A commune's SMS over a period of Paris days (the current month by default), with totals. */
@RestController
class SmsLogController {

    private final SmsLog log;
    private final Clock clock;

    SmsLogController(SmsLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/api/notifications/communes/{communeId}/sms-log")
    SmsReport report(@PathVariable String communeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ZoneId zone = WallClock.PARIS;
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw new InvalidRequestException("La date de fin (« to ») précède la date de début (« from »).");
        }
        List<SmsLog.SentSms> messages = log.between(communeId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        return new SmsReport(communeId, first, last, messages.size(),
                messages.stream().mapToInt(SmsLog.SentSms::segments).sum(),
                messages.stream().map(SmsLog.SentSms::cost).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add),
                messages);
    }

    record SmsReport(String communeId, LocalDate from, LocalDate to, int count, int segments, BigDecimal cost,
                     List<SmsLog.SentSms> messages) {
    }
}
