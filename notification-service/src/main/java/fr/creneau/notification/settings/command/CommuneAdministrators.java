package fr.creneau.notification.settings.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The e-mail addresses of a commune's administrators, as the gateway, which owns their accounts, last said. */
@Repository
public class CommuneAdministrators {

    private final JdbcClient jdbc;

    CommuneAdministrators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> emails(String communeId) {
        return jdbc.sql("SELECT email FROM commune_administrator WHERE commune_id = :c ORDER BY email")
                .param("c", communeId).query(String.class).list();
    }

    @Transactional
    public void replace(String communeId, List<String> emails) {
        jdbc.sql("DELETE FROM commune_administrator WHERE commune_id = :c").param("c", communeId).update();
        emails.stream().distinct().forEach(email -> jdbc.sql(
                        "INSERT INTO commune_administrator (commune_id, email) VALUES (:c, :email)")
                .param("c", communeId).param("email", email).update());
    }
}
