package fr.creneau.planning.importing.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The planning files a commune moving in sends, in the order they depend on each other, with their columns. */
public enum PlanningFile {
    LIEUX(List.of("nom", "adresse"), List.of("latitude", "longitude", "visible")),
    TYPES(List.of("libelle", "duree"), List.of("details", "horizon", "delai", "options", "personnes_max",
            "duree_par_personne", "visible", "validation", "documents", "rgpd", "ants")),
    SEMAINES(List.of("nom", "jour", "plages"), List.of()),
    GUICHETS(List.of("nom", "lieu"), List.of("types", "semaine", "du", "au", "agents")),
    // identifiant, email, role: the agent's account, which the gateway creates from the same file
    AGENTS(List.of("nom"), List.of("guichets", "identifiant", "email", "role"));

    private final Set<String> required;
    private final Set<String> known;

    PlanningFile(List<String> required, List<String> optional) {
        this.required = new LinkedHashSet<>(required);
        this.known = new LinkedHashSet<>(required);
        this.known.addAll(optional);
    }

    public Set<String> required() {
        return required;
    }

    public Set<String> known() {
        return known;
    }

    /** The name in the path: {@code lieux}, {@code types}, {@code semaines}, {@code guichets}, {@code agents}. */
    public String pathName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<PlanningFile> byPathName(String name) {
        return Arrays.stream(values()).filter(file -> file.pathName().equals(name)).findFirst();
    }
}
