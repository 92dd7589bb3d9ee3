package fr.creneau.booking.duplicates.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an ANTS pre-application number is already claimed by an active appointment (see {@link ActiveClaims}). */
@Component
public class ClaimedAntsNumbers {

    private final JdbcClient jdbc;

    ClaimedAntsNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean claimed(String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ants_claim WHERE ants_number = :number)").param("number", number)
                .query(Boolean.class).single();
    }
}
