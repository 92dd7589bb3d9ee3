package fr.creneau.notification.agenda.command;

import fr.creneau.booking.api.Appointment;
import fr.creneau.notification.booking.view.AppointmentViews;
import fr.creneau.notification.contact.view.ContactBook;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.settings.command.AgentSettings;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.MergeField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Once the commune's chosen Paris time has passed, sends its agents the list of tomorrow's appointments. The
 * notice's event id is the commune and the day, so however often this runs the list goes once a day.
 */
@Service
public class DailyAgenda {

    private final AgentSettings agents;
    private final AppointmentViews appointments;
    private final ContactBook contacts;
    private final Notices notices;
    private final Clock clock;

    DailyAgenda(AgentSettings agents, AppointmentViews appointments, ContactBook contacts, Notices notices,
            Clock clock) {
        this.agents = agents;
        this.appointments = appointments;
        this.contacts = contacts;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void sendDue() {
        ZoneId zone = WallClock.PARIS;
        ZonedDateTime now = clock.instant().atZone(zone);
        for (AgentSettings.AgentSetting setting : agents.withDailyAgenda()) {
            if (!setting.emails().isEmpty() && !now.toLocalTime().isBefore(setting.dailyAgendaTime())) {
                send(setting, now.toLocalDate().plusDays(1), zone);
            }
        }
    }

    private void send(AgentSettings.AgentSetting setting, LocalDate day, ZoneId zone) {
        List<AppointmentViews.AppointmentView> list = appointments.standingBetween(setting.communeId(),
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        String lines = list.isEmpty() ? "Aucun rendez-vous."
                : list.stream().map(view -> line(view, zone)).collect(Collectors.joining("\n"));
        Map<String, Object> fields = Map.of(
                MergeField.DATE.key(), WallClock.date(day.atStartOfDay(zone).toInstant(), zone),
                MergeField.LISTE_RENDEZ_VOUS.key(), lines);
        notices.enqueue(new NewNotice("agenda/" + setting.communeId() + "/" + day, NoticeKind.AGENT_DAILY_AGENDA,
                MessageChannel.EMAIL, setting.communeId(), null, null, String.join(", ", setting.emails()), fields));
    }

    private String line(AppointmentViews.AppointmentView view, ZoneId zone) {
        Appointment appointment = view.appointment();
        String who = contacts.find(view.appointmentId()).map(c -> c.fullName()).orElse("bénéficiaire inconnu");
        String option = appointment.optionLabel() == null || appointment.optionLabel().isBlank()
                ? "" : " (" + appointment.optionLabel() + ")";
        return "- " + WallClock.time(appointment.start(), zone) + " " + appointment.appointmentTypeLabel() + option
                + ", " + who + ", " + appointment.persons() + " pers. - " + appointment.placeName() + ", "
                + appointment.counterName();
    }
}
