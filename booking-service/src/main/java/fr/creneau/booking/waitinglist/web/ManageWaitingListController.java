package fr.creneau.booking.waitinglist.web;

import fr.creneau.booking.manage.view.ManageTokens;
import fr.creneau.booking.waitinglist.command.WaitingList;
import fr.creneau.booking.waitinglist.view.WaitingListEntries;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's manage link and the waiting list: ask for an earlier slot, withdraw, take or decline an offer. */
@RestController
@RequestMapping("/api/booking/manage/{token}/waiting-list")
class ManageWaitingListController {

    private final ManageTokens tokens;
    private final WaitingList waitingList;
    private final WaitingListEntries entries;

    ManageWaitingListController(ManageTokens tokens, WaitingList waitingList, WaitingListEntries entries) {
        this.tokens = tokens;
        this.waitingList = waitingList;
        this.entries = entries;
    }

    @GetMapping
    WaitingListView view(@PathVariable String token) {
        String appointmentId = appointmentOf(token);
        return WaitingListView.of(appointmentId, entries.find(appointmentId).orElse(null));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WaitingListView join(@PathVariable String token) {
        String appointmentId = appointmentOf(token);
        return WaitingListView.of(appointmentId, waitingList.join(appointmentId));
    }

    @DeleteMapping
    WaitingListView leave(@PathVariable String token) {
        String appointmentId = appointmentOf(token);
        waitingList.leave(appointmentId);
        return WaitingListView.of(appointmentId, null);
    }

    @PostMapping("/offer/acceptance")
    MovedAppointment accept(@PathVariable String token) {
        return MovedAppointment.of(waitingList.accept(appointmentOf(token)));
    }

    @PostMapping("/offer/declination")
    WaitingListView decline(@PathVariable String token) {
        String appointmentId = appointmentOf(token);
        waitingList.decline(appointmentId);
        return WaitingListView.of(appointmentId, entries.find(appointmentId).orElse(null));
    }

    private String appointmentOf(String token) {
        return tokens.appointmentOf(token).orElseThrow(() -> new NotFoundException(
                "Ce lien de gestion de rendez-vous n'est pas valide."));
    }
}
