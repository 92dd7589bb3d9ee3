package fr.creneau.planning.commune.web;

public record CreateCommuneRequest(String slug, String name, String timeZone) {

    String timeZoneOrDefault() {
        return timeZone == null || timeZone.isBlank() ? "Europe/Paris" : timeZone;
    }
}
