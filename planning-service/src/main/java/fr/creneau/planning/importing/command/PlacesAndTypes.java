package fr.creneau.planning.importing.command;

import fr.creneau.planning.appointmenttype.command.CreateAppointmentType;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.domain.TypeOption;
import fr.creneau.planning.place.command.CreatePlace;
import fr.creneau.planning.place.domain.PlaceDetails;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The places file ({@code lieux}) and the appointment types file ({@code types}, with their settings). */
final class PlacesAndTypes {

    private PlacesAndTypes() {
    }

    static Plan places(String communeId, String fileName, List<CsvLine> lines, CommuneNames names,
            List<LineError> errors, Supplier<String> ids) {
        return OneEntityALine.plan(fileName, lines, "nom", name -> names.place(name).isPresent(),
                (line, id) -> List.of(new CreatePlace(id, communeId, new PlaceDetails(line.get("nom"),
                        line.get("adresse"), Cells.decimal(line, "latitude"), Cells.decimal(line, "longitude"),
                        Cells.yesNo(line, "visible", true)))), errors, ids);
    }

    static Plan types(String communeId, String fileName, List<CsvLine> lines, CommuneNames names,
            List<LineError> errors, Supplier<String> ids) {
        return OneEntityALine.plan(fileName, lines, "libelle", name -> names.type(name).isPresent(),
                (line, id) -> List.of(new CreateAppointmentType(id, communeId, settings(line, ids))), errors, ids);
    }

    private static AppointmentTypeSettings settings(CsvLine line, Supplier<String> ids) {
        Integer duration = Cells.number(line, "duree");
        if (duration == null) {
            throw new IllegalArgumentException("La durée en minutes (colonne « duree ») est obligatoire.");
        }
        Integer maxPersons = Cells.number(line, "personnes_max");
        List<TypeOption> options = Cells.list(line, "options").stream()
                .map(label -> new TypeOption(ids.get(), label)).toList();
        return new AppointmentTypeSettings(line.get("libelle"), line.get("details"), duration,
                Objects.requireNonNullElse(line.get("horizon"), "2m"), Objects.requireNonNullElse(line.get("delai"), "60m"),
                options, maxPersons == null ? 1 : maxPersons, Cells.yesNo(line, "duree_par_personne", false),
                Cells.yesNo(line, "visible", true), List.of(), Cells.yesNo(line, "validation", false),
                line.get("documents"), line.get("rgpd"), List.of(), null, Cells.yesNo(line, "ants", false));
    }
}
