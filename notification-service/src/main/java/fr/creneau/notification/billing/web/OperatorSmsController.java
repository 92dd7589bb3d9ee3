package fr.creneau.notification.billing.web;

import fr.creneau.identity.Role;
import fr.creneau.notification.billing.command.SmsBudgets;
import fr.creneau.notification.billing.domain.SmsBudget;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The platform operator's SMS endpoints: each commune's monthly budget, and its usage of a month for invoicing (with
 * its voice line's minutes). The
 * path names the commune {@code {commune}}: the platform administrator belongs to no commune.
 */
@RestController
@RequestMapping("/api/notifications/operator")
class OperatorSmsController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SmsBudgets budgets;
    private final UsageReports reports;
    private final Clock clock;

    OperatorSmsController(SmsBudgets budgets, UsageReports reports, Clock clock) {
        this.budgets = budgets;
        this.reports = reports;
        this.clock = clock;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/communes/{commune}/sms-budget")
    SmsBudget budget(@PathVariable String commune) {
        return budgets.of(checked(commune)).orElseThrow(() -> new NotFoundException(
                "La commune « %s » n'a pas de budget SMS.".formatted(commune)));
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @PutMapping("/communes/{commune}/sms-budget")
    SmsBudget setBudget(@PathVariable String commune, @RequestBody SmsBudgetRequest request) {
        SmsBudget budget = request.budget();
        budgets.save(checked(commune), budget);
        return budget;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @DeleteMapping("/communes/{commune}/sms-budget")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeBudget(@PathVariable String commune) {
        budgets.remove(checked(commune));
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/communes/{commune}/sms-usage")
    UsageReport usage(@PathVariable String commune, @RequestParam(required = false) String month) {
        return reports.of(checked(commune), month(month));
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/communes/{commune}/sms-usage.csv")
    ResponseEntity<byte[]> usageCsv(@PathVariable String commune, @RequestParam(required = false) String month) {
        YearMonth chosen = month(month);
        return csv(List.of(reports.of(checked(commune), chosen)), "sms-" + commune + "-" + chosen);
    }

    /** Every commune that sent a message, or whose voice line was called, in the month. */
    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/sms-usage")
    List<UsageReport> all(@RequestParam(required = false) String month) {
        return reports.all(month(month));
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/sms-usage.csv")
    ResponseEntity<byte[]> allCsv(@RequestParam(required = false) String month) {
        YearMonth chosen = month(month);
        return csv(reports.all(chosen), "sms-" + chosen);
    }

    private static ResponseEntity<byte[]> csv(List<UsageReport> reports, String name) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(UsageCsv.write(reports).getBytes(StandardCharsets.UTF_8));
    }

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(clock.instant().atZone(WallClock.PARIS));
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Le paramètre « month » attend un mois au format AAAA-MM (par exemple 2026-12).");
        }
    }

    private static String checked(String commune) {
        if (commune.length() > 60 || !SLUG.matcher(commune).matches()) {
            throw new InvalidRequestException("L'identifiant de commune « %s » est invalide.".formatted(commune));
        }
        return commune;
    }
}
