package fr.creneau.booking.search.view;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** Token hashes as one parameter of PostgreSQL's type {@code bytea[]}. */
final class HashArray extends AbstractSqlTypeValue {

    private final byte[][] hashes;

    HashArray(Collection<byte[]> hashes) {
        this.hashes = hashes.toArray(byte[][]::new);
    }

    boolean isEmpty() {
        return hashes.length == 0;
    }

    @Override
    protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
        return connection.createArrayOf("bytea", hashes);
    }
}
