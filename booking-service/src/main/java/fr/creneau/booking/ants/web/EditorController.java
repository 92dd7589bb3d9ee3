package fr.creneau.booking.ants.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.ants.domain.AntsTimes;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.view.ApplicationSearch;
import fr.creneau.booking.ants.view.MeetingPoints;
import fr.creneau.booking.ants.view.TimeSlots;
import fr.creneau.booking.ants.adapter.AntsProperties;
import fr.creneau.platform.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three endpoints every editor offers the ANTS, in its names and shapes, behind its token ({@link EditorToken}). */
@RestController
@RequestMapping("/api/booking/ants")
class EditorController {

    private static final int MAX_IDS = 200;

    record MeetingPointView(String id, String name, Double longitude, Double latitude,
            @JsonProperty("public_entry_address") String publicEntryAddress,
            @JsonProperty("zip_code") String zipCode, @JsonProperty("city_name") String cityName) {
    }

    record AppointmentView(@JsonProperty("meeting_point") String meetingPoint,
            @JsonProperty("meeting_point_id") String meetingPointId, String datetime,
            @JsonProperty("management_url") String managementUrl, @JsonProperty("cancel_url") String cancelUrl) {
    }

    private final MeetingPoints meetingPoints;
    private final TimeSlots timeSlots;
    private final ApplicationSearch applications;
    private final AntsProperties properties;
    private final ObjectMapper json;

    EditorController(MeetingPoints meetingPoints, TimeSlots timeSlots,
            ApplicationSearch applications, AntsProperties properties, ObjectMapper json) {
        this.meetingPoints = meetingPoints;
        this.timeSlots = timeSlots;
        this.applications = applications;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/getManagedMeetingPoints")
    List<MeetingPointView> managedMeetingPoints() {
        return meetingPoints.all().stream()
                .map(point -> new MeetingPointView(point.id(), point.name(), point.longitude(), point.latitude(),
                        point.address(), point.zipCode(), point.cityName()))
                .toList();
    }

    @GetMapping("/availableTimeSlots")
    void availableTimeSlots(@RequestParam("meeting_point_ids") List<String> meetingPointIds,
            @RequestParam("start_date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam("end_date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            @RequestParam(value = "reason", defaultValue = "CNI") String reason,
            @RequestParam(value = "documents_number", defaultValue = "1") int documents,
            HttpServletResponse response) throws IOException {
        assertFewIds(meetingPointIds, "meeting_point_ids");
        if (end.isBefore(start)) {
            throw new InvalidRequestException("La date de fin (end_date) précède la date de début (start_date).");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > properties.maxDays()) {
            throw new InvalidRequestException("La période demandée dépasse %d jours.".formatted(properties.maxDays()));
        }
        if (documents < 1 || documents > 20) {
            throw new InvalidRequestException("Le nombre de personnes (documents_number) doit être compris entre 1 et 20.");
        }
        Reason wanted = Reason.fromWire(reason).orElseThrow(() -> new InvalidRequestException(
                "Le motif (reason) doit être CNI, PASSPORT ou CNI-PASSPORT."));
        List<TimeSlots.PointSlots> points = timeSlots.find(meetingPointIds, start, end, wanted, documents);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        SlotsJson.write(json.getFactory(), points, response.getOutputStream());
    }

    @GetMapping("/searchApplicationIds")
    Map<String, List<AppointmentView>> searchApplicationIds(
            @RequestParam("application_ids") List<String> applicationIds) {
        assertFewIds(applicationIds, "application_ids");
        Map<String, List<AppointmentView>> answer = new LinkedHashMap<>();
        applications.find(applicationIds).forEach((number, found) -> answer.put(number, found.stream()
                .map(appointment -> new AppointmentView(appointment.meetingPoint(), appointment.meetingPointId(),
                        AntsTimes.slot(appointment.start()), appointment.managementUrl(),
                        appointment.managementUrl() + "/annulation"))
                .toList()));
        return answer;
    }

    private static void assertFewIds(List<String> ids, String name) {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new InvalidRequestException("Indiquez de 1 à %d valeurs de « %s ».".formatted(MAX_IDS, name));
        }
    }
}
