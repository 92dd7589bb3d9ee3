package fr.creneau.planning.appointmenttype.domain;

/** One choice inside a type (CNI, passeport...): the citizen picks one when booking. */
public record TypeOption(String optionId, String label) {

    public TypeOption {
        if (optionId == null || optionId.isBlank()) {
            throw new IllegalArgumentException("Chaque option doit avoir un identifiant.");
        }
        if (label == null || label.isBlank() || label.length() > 120) {
            throw new IllegalArgumentException("Chaque option doit avoir un libellé (120 caractères au plus).");
        }
        label = label.trim();
    }
}
