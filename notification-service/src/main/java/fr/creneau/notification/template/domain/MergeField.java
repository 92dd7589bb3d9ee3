package fr.creneau.notification.template.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The fields a template may use, written {@code {name}} in its text, with the sample value used by previews. */
public enum MergeField {
    BENEFICIAIRE("beneficiaire", "Bénéficiaire du rendez-vous", "Jeanne Martin"),
    DATE("date", "Date du rendez-vous", "mardi 1 décembre 2026"),
    HEURE("heure", "Heure du rendez-vous", "09h20"),
    GUICHET("guichet", "Nom du guichet", "Guichet 1"),
    LIEU("lieu", "Nom du lieu de rendez-vous", "Mairie"),
    ADRESSE("adresse", "Adresse du lieu de rendez-vous", "1 place de la Mairie"),
    TYPE("type", "Type de rendez-vous", "Carte d'identité"),
    OPTION("option", "Option choisie", "CNI"),
    DUREE("duree", "Durée du rendez-vous", "20 min"),
    NOMBRE_PERSONNES("nombre_personnes", "Nombre de personnes", "1"),
    DATE_PRECEDENTE("date_precedente", "Précédente date du rendez-vous", "lundi 30 novembre 2026 à 14h00"),
    DATE_PROPOSEE("date_proposee", "Créneau plus tôt proposé (liste d'attente)", "lundi 30 novembre 2026 à 10h40"),
    HEURE_LIMITE("heure_limite", "Heure jusqu'à laquelle le créneau proposé peut être pris", "09h35"),
    LIEN_PROPOSITION("lien_proposition", "Lien pour accepter ou refuser le créneau proposé",
            "https://rdv.example.fr/gerer/exemple#proposition"),
    LIEN_GESTION("lien_gestion", "Lien pour modifier le rendez-vous", "https://rdv.example.fr/gerer/exemple"),
    LIEN_ANNULATION("lien_annulation", "Lien pour annuler le rendez-vous",
            "https://rdv.example.fr/gerer/exemple/annulation"),
    REFERENCE("reference", "Référence du rendez-vous (6 chiffres, à taper au téléphone)", "482913"),
    LIEN_PORTAIL("lien_portail", "Lien vers la prise de rendez-vous", "https://rdv.example.fr/"),
    DOCUMENTS("documents", "Documents à apporter", "photo d'identité, justificatif de domicile"),
    MOTIF("motif", "Motif de l'annulation ou du refus", "absence de l'agent"),
    CRENEAUX_PROPOSES("creneaux_proposes", "Créneaux proposés en remplacement",
            "- mercredi 2 décembre 2026 à 10h00 (Mairie) : https://rdv.example.fr/gerer/exemple?creneau=2026-12-02T09%3A00%3A00Z&guichet=g1"),
    CODE("code", "Code de confirmation", "123456"),
    VALIDITE_CODE("validite_code", "Heure limite de validité du code", "09h35"),
    LISTE_RENDEZ_VOUS("liste_rendez_vous", "Liste des rendez-vous du jour",
            "- 09h00 Carte d'identité, Jeanne Martin (Mairie, Guichet 1)"),
    CONSOMMATION_SMS("consommation_sms", "SMS du mois : dépense et budget", "56,00 € sur un budget de 70,00 € (80 %)"),
    SUITE_BUDGET_SMS("suite_budget_sms", "Ce qui se passe une fois le budget SMS atteint",
            "Une fois le budget atteint, les messages partiront par e-mail jusqu'à la fin du mois.");

    /** The samples that read differently in English: dates, times, and links that open the page in English. */
    private static final Map<String, String> ENGLISH_SAMPLES = Map.of(
            "date", "Tuesday 1 December 2026",
            "heure", "09:20",
            "date_precedente", "Monday 30 November 2026 at 14:00",
            "date_proposee", "Monday 30 November 2026 at 10:40",
            "heure_limite", "09:35",
            "validite_code", "09:35",
            "lien_proposition", "https://rdv.example.fr/gerer/exemple?lang=en#proposition",
            "lien_gestion", "https://rdv.example.fr/gerer/exemple?lang=en",
            "lien_annulation", "https://rdv.example.fr/gerer/exemple/annulation?lang=en",
            "creneaux_proposes", "- Wednesday 2 December 2026 at 10:00 (Mairie): "
                    + "https://rdv.example.fr/gerer/exemple?creneau=2026-12-02T09%3A00%3A00Z&guichet=g1&lang=en");

    private final String key;
    private final String label;
    private final String sample;

    MergeField(String key, String label, String sample) {
        this.key = key;
        this.label = label;
        this.sample = sample;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String sample() {
        return sample;
    }

    /** The sample value as a notice in that language would show it. */
    public String sample(Language language) {
        return language == Language.EN ? ENGLISH_SAMPLES.getOrDefault(key, sample) : sample;
    }

    public static Optional<MergeField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
