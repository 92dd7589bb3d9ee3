package fr.creneau.planning.commune.domain;

/** {@code retentionMonths}: how long the commune keeps finished appointments before erasing them. */
public record CommuneSettingsChanged(String communeId, String name, int retentionMonths) {
}
