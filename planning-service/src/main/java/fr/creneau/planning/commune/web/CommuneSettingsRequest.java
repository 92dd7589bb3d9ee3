package fr.creneau.planning.commune.web;

/** What is left out stays as it is. The time zone cannot change: every opening hour depends on it. */
public record CommuneSettingsRequest(String name, Integer retentionMonths) {
}
