package fr.creneau.planning.importing.command;

import java.util.List;

/** The commands a file calls for, the entities they create, and the lines naming one that exists already. */
record Plan(List<Object> commands, int created, int alreadyPresent) {

    Plan {
        commands = List.copyOf(commands);
    }
}
