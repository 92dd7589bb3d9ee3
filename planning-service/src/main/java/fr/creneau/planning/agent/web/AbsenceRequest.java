package fr.creneau.planning.agent.web;

import java.time.LocalDateTime;

/** Local time of the commune: from {@code start} to {@code end} ({@code 2026-12-07T09:00}). */
public record AbsenceRequest(LocalDateTime start, LocalDateTime end, String reason) {
}
