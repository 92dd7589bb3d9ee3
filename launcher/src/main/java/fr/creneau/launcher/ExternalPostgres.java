package fr.creneau.launcher;

import java.util.List;

/** A PostgreSQL server run by someone else (DATABASE_HOST...): the launcher only creates its databases there. */
record ExternalPostgres(String host, int port, String user, String password) implements Postgres {

    @Override
    public List<Long> processIds() {
        return List.of();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
