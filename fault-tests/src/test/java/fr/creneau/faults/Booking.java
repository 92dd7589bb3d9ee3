package fr.creneau.faults;

import java.time.Instant;

/** One citizen's booking: held when the gateway answered 201, confirmed when it answered 200 to the code. */
final class Booking {

    final String appointmentId;
    final String mobile;
    final String email;
    final Instant heldAt;
    volatile Instant confirmedAt;
    volatile boolean codeNeverCame;

    Booking(String appointmentId, String mobile, String email, Instant heldAt) {
        this.appointmentId = appointmentId;
        this.mobile = mobile;
        this.email = email;
        this.heldAt = heldAt;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }
}
