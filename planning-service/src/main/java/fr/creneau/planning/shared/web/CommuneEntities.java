package fr.creneau.planning.shared.web;

import fr.creneau.planning.view.PlanningViews;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The entities of one kind in a commune, as the CRUD endpoints treat them: an entity is found in the commune of the
 * path before a command is built for it (404 first), the command is sent and waited for, and the answer is the view
 * the command left (the views are written in the command's transaction).
 *
 * @param <V> the view of the kind
 */
public final class CommuneEntities<V> {

    private final CommandGateway commands;
    private final CommuneScope scope;
    private final PlanningViews views;
    private final String kind;
    private final Class<V> type;
    private final String what;

    /** {@code what} names one entity in French, with its article: "Le guichet". */
    public CommuneEntities(CommandGateway commands, CommuneScope scope, PlanningViews views, String kind, Class<V> type,
            String what) {
        this.commands = commands;
        this.scope = scope;
        this.views = views;
        this.kind = kind;
        this.type = type;
        this.what = what;
    }

    public V describe(String communeId, String id) {
        return scope.find(communeId, kind, id, type, what);
    }

    public List<V> list(String communeId) {
        scope.commune(communeId);
        return views.listInCommune(kind, communeId, type);
    }

    /** Sends the command that creates an entity under a new id, and describes it. */
    public V create(String communeId, Function<String, ?> command) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(command.apply(id));
        return describe(communeId, id);
    }

    /** Finds the entity, then builds and sends {@code command} (which may refuse), and describes the entity after. */
    public V change(String communeId, String id, Supplier<?> command) {
        send(communeId, id, command);
        return describe(communeId, id);
    }

    /** Finds the entity, then builds and sends {@code command} (which may refuse), for an answer without a body. */
    public void send(String communeId, String id, Supplier<?> command) {
        describe(communeId, id);
        commands.sendAndWait(command.get());
    }
}
