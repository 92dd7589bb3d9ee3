package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.onetimecode.domain.PendingCode;

/** A code just stored as its hash, not sent yet: the code itself lives only here until it leaves on Kafka. */
public record IssuedCode(String code, PendingCode pending) {

    @Override
    public String toString() {
        return "IssuedCode[" + pending.appointmentId() + "]";
    }
}
