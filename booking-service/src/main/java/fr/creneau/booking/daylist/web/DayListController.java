package fr.creneau.booking.daylist.web;

import fr.creneau.booking.availability.query.BookingRules;
import fr.creneau.booking.daylist.query.DayList;
import fr.creneau.booking.daylist.query.DayListLine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static fr.creneau.platform.text.Texts.blankToNull;

/** The day's list of a commune, to read on screen, print, or open in a spreadsheet. */
@RestController
@RequestMapping("/api/booking/agent/communes/{communeId}")
class DayListController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DayList dayList;
    private final BookingRules rules;

    DayListController(DayList dayList, BookingRules rules) {
        this.dayList = dayList;
        this.rules = rules;
    }

    @GetMapping("/day-list")
    List<DayListLine> lines(@PathVariable String communeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String counterId, @RequestParam(required = false) String agentId) {
        return dayList.of(communeId, date, rules.zoneOf(communeId), blankToNull(counterId), blankToNull(agentId));
    }

    @GetMapping("/appointments.csv")
    ResponseEntity<byte[]> csv(@PathVariable String communeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String counterId, @RequestParam(required = false) String agentId) {
        ZoneId zone = rules.zoneOf(communeId);
        String csv = DayListCsv.write(dayList.of(communeId, date, zone, blankToNull(counterId), blankToNull(agentId)), zone);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"liste-du-jour-" + date + ".csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
