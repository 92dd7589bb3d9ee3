package fr.creneau.booking.voice.web;

import fr.creneau.booking.portal.view.Portal;
import fr.creneau.booking.voice.domain.CallState;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The caller's keys up to the chosen slot: reason, option, persons, ANTS numbers, then a slot among those read out. */
@Component
class BookingAnswers {

    private final Questions questions;
    private final PhoneTypes types;
    private final Confirming confirming;
    private final AntsAnswers ants;

    BookingAnswers(Questions questions, PhoneTypes types, Confirming confirming, AntsAnswers ants) {
        this.questions = questions;
        this.types = types;
        this.confirming = confirming;
        this.ants = ants;
    }

    String reason(Call call) {
        List<Portal.AppointmentType> offered = types.of(call.communeId());
        int key = call.key();
        if (key == 0) {
            return questions.reference(call.with(call.state().understood()), "");
        }
        if (key < 1 || key > offered.size()) {
            return questions.retry(call, "motif");
        }
        Portal.AppointmentType type = offered.get(key - 1);
        Call next = call.with(call.state().withType(type.appointmentTypeId()));
        return type.options().isEmpty() ? afterOption(next, type) : questions.option(next, type.label() + ".");
    }

    String option(Call call) {
        Optional<Portal.AppointmentType> type = types.find(call.communeId(), call.state().typeId());
        int key = call.key();
        if (type.isEmpty() || key < 1 || key > Math.min(9, type.get().options().size())) {
            return type.isEmpty() ? questions.reason(call.with(CallState.NEW), "") : questions.retry(call, "option");
        }
        return afterOption(call.with(call.state().withOption(type.get().options().get(key - 1).optionId())), type.get());
    }

    String persons(Call call) {
        int max = types.find(call.communeId(), call.state().typeId()).map(t -> Math.min(9, t.maxPersons())).orElse(1);
        int key = call.key();
        if (key < 1 || key > max) {
            return questions.retry(call, "personnes");
        }
        return ants.thenSlots(call.with(call.state().withPersons(key)), "");
    }

    String slot(Call call) {
        int key = call.key();
        List<CallState.OfferedSlot> offered = call.state().offered();
        if (key == 9) {
            return questions.slots(call.with(call.state().understood()), "", offered.isEmpty() ? 0 : call.state().page() + 1);
        }
        if (key < 1 || key > offered.size()) {
            return questions.retry(call, "creneaux");
        }
        return questions.mobile(call.with(call.state().withSlot(offered.get(key - 1))), "");
    }

    String mobile(Call call) {
        return switch (call.key()) {
            case 1 -> call.callerMobile() == null ? questions.retry(call, "mobile")
                    : confirming.book(call, call.callerMobile(), true);
            case 2 -> questions.number(call.with(call.state().understood()), "");
            default -> questions.retry(call, "mobile");
        };
    }

    String number(Call call) {
        String mobile = MobileNumbers.national(call.digits());
        if (mobile == null) {
            return questions.retry(call, "numero");
        }
        return confirming.book(call, mobile, mobile.equals(call.callerMobile()));
    }

    private String afterOption(Call call, Portal.AppointmentType type) {
        return type.maxPersons() > 1 ? questions.persons(call, type.label() + ".")
                : ants.thenSlots(call, type.label() + ".");
    }
}
