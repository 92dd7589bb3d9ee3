package fr.creneau.booking.importing.web;

import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.importing.command.ImportRuns;
import fr.creneau.booking.importing.command.ImportStore;
import fr.creneau.booking.importing.domain.ImportReport;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.util.IdGenerator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * A commune's future appointments from another tool: the file is declared, sent in parts (each at most a request's
 * size, in order, cut anywhere), then run, dry or real, as often as wanted; its report is read while it runs.
 * The path names the commune {@code {commune}}: the operator, who belongs to none, may import too.
 */
@RestController
@RequestMapping("/api/booking/imports/communes/{commune}/appointments")
class AppointmentImportController {

    private static final int MOST_PARTS = 2_000;

    private final ImportStore store;
    private final ImportRuns runs;
    private final Catalog catalog;
    private final IdGenerator ids;
    private final Clock clock;

    AppointmentImportController(ImportStore store, ImportRuns runs, Catalog catalog, IdGenerator ids, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.catalog = catalog;
        this.ids = ids;
        this.clock = clock;
    }

    record NewImport(
            @NotBlank(message = "le nom du fichier est obligatoire")
            @Size(max = 200, message = "le nom du fichier compte 200 caractères au plus")
            @Pattern(regexp = "^[^/\\\\]*$", message = "le nom du fichier ne contient pas de chemin") String fileName) {
    }

    record Run(Boolean dryRun, Boolean notifyCitizens) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> declare(@PathVariable String commune, @Valid @RequestBody NewImport file) {
        if (catalog.commune(commune).isEmpty()) {
            throw new NotFoundException("La commune « %s » est inconnue.".formatted(commune));
        }
        String importId = ids.generateId().toString();
        store.create(importId, commune, file.fileName(), clock.instant());
        return Map.of("importId", importId);
    }

    @PutMapping(path = "/{importId}/parts/{partNo}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void part(@PathVariable String commune, @PathVariable String importId, @PathVariable int partNo,
            @RequestBody String body) {
        if (partNo < 0 || partNo >= MOST_PARTS) {
            throw new InvalidRequestException("Le numéro de partie va de 0 à %d.".formatted(MOST_PARTS - 1));
        }
        if (body.indexOf('\0') >= 0) {
            throw new InvalidRequestException("Le fichier contient un caractère nul : ce n'est pas un texte CSV.");
        }
        store.putPart(file(commune, importId).importId(), partNo, body);
    }

    @PostMapping("/{importId}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportReport run(@PathVariable String commune, @PathVariable String importId, @RequestBody Run run) {
        return runs.start(file(commune, importId), !Boolean.FALSE.equals(run.dryRun()),
                Boolean.TRUE.equals(run.notifyCitizens()));
    }

    @GetMapping("/{importId}")
    ImportReport report(@PathVariable String commune, @PathVariable String importId) {
        return runs.report(file(commune, importId).importId());
    }

    private ImportStore.ImportFile file(String commune, String importId) {
        return store.find(commune, importId).orElseThrow(() ->
                new NotFoundException("L'import « %s » est inconnu dans cette commune.".formatted(importId)));
    }
}
