package fr.creneau.stats.sms.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The SMS figures of a commune changed on the day it sent one (a new SMS, or news of its delivery). */
public record SmsChanged(String communeId, LocalDate sentDate, Instant occurredAt) {
}
