package fr.creneau.planning.importing.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.importing.command.PlanningImporter;
import fr.creneau.planning.importing.domain.PlanningFile;
import fr.creneau.planning.importing.domain.PlanningImportReport;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * One planning file of a commune moving in, as CSV in the body, run dry (the default) or for real: {@code lieux},
 * {@code types}, {@code semaines}, {@code guichets}, {@code agents}, in that order, as each names what the ones
 * before it created. For the operator, or the commune's administrator; the path names the commune {@code {commune}}
 * since the operator belongs to none.
 */
@RestController
class PlanningImportController {

    private final PlanningImporter importer;
    private final CommuneScope scope;

    PlanningImportController(PlanningImporter importer, CommuneScope scope) {
        this.importer = importer;
        this.scope = scope;
    }

    @PostMapping(path = "/api/planning/imports/communes/{commune}/{file}")
    @AgentRoles({Role.PLATFORM_ADMIN, Role.COMMUNE_ADMIN})
    PlanningImportReport run(@PathVariable String commune, @PathVariable String file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "fileName", required = false) String fileName,
            @RequestBody String body, AgentIdentity agent) {
        if (!agent.has(Role.PLATFORM_ADMIN) && !(agent.belongsTo(commune) && agent.has(Role.COMMUNE_ADMIN))) {
            throw new ForbiddenException("Seul l'administrateur de la plateforme ou un administrateur de la commune "
                    + "« %s » peut importer ses données.".formatted(commune));
        }
        PlanningFile kind = PlanningFile.byPathName(file).orElseThrow(() -> new NotFoundException(
                "Le fichier « %s » n'est pas un fichier d'import : lieux, types, semaines, guichets ou agents."
                        .formatted(file)));
        String name = fileName == null || fileName.isBlank() ? kind.pathName() + ".csv" : fileName.trim();
        if (name.length() > 200 || name.contains("/") || name.indexOf('\0') >= 0 || body.indexOf('\0') >= 0) {
            throw new InvalidRequestException("Le nom du fichier ou son contenu n'est pas un texte acceptable.");
        }
        CommuneView communeView = scope.commune(commune);
        return importer.run(communeView, kind, name, body, dryRun, () -> UUID.randomUUID().toString());
    }
}
