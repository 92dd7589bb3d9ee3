package fr.creneau.booking.calendarfeed.view;

import fr.creneau.booking.shared.domain.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One secret token of 256 random bits per agent account; the table keeps its SHA-256 only, so the token is shown
 * once, when issued. A plain hash is enough: a random 256-bit token cannot be guessed from a dictionary.
 */
@Component
public class FeedTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretTokens tokens = new SecretTokens();

    FeedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the account, which replaces (and so revokes) the one it had. */
    public String issue(String accountId, FeedOwner owner) {
        String token = tokens.draw();
        jdbc.sql("""
                        INSERT INTO agent_calendar_feed (account_id, token_hash, commune_id, agent_id, created_at)
                        VALUES (:account, :hash, :commune, :agent, :now)
                        ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
                            commune_id = EXCLUDED.commune_id, agent_id = EXCLUDED.agent_id,
                            created_at = EXCLUDED.created_at""")
                .param("account", accountId).param("hash", SecretTokens.hash(token)).param("commune", owner.communeId())
                .param("agent", owner.agentId()).param("now", Timestamp.from(clock.instant())).update();
        return token;
    }

    /** When the account's feed was created, if it has one. */
    public Optional<Instant> createdAt(String accountId, String communeId) {
        return jdbc.sql("""
                        SELECT created_at FROM agent_calendar_feed WHERE account_id = :account AND commune_id = :commune""")
                .param("account", accountId).param("commune", communeId)
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).optional();
    }

    /** Whether there was a feed to revoke. */
    public boolean revoke(String accountId, String communeId) {
        return jdbc.sql("DELETE FROM agent_calendar_feed WHERE account_id = :account AND commune_id = :commune")
                .param("account", accountId).param("commune", communeId).update() > 0;
    }

    /** The commune's feeds, newest first, without their secret (the table has only its hash). */
    public List<ActiveFeed> ofCommune(String communeId) {
        return jdbc.sql("""
                        SELECT account_id, agent_id, created_at FROM agent_calendar_feed WHERE commune_id = :commune
                        ORDER BY created_at DESC, account_id""")
                .param("commune", communeId)
                .query((rs, row) -> new ActiveFeed(rs.getString("account_id"), rs.getString("agent_id"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Revokes the feeds of these accounts of the commune (disabled ones); how many there were. */
    public int revokeAll(String communeId, Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM agent_calendar_feed WHERE commune_id = :commune AND account_id IN (:accounts)")
                .param("commune", communeId).param("accounts", List.copyOf(accountIds)).update();
    }

    public Optional<FeedOwner> ownerOf(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT commune_id, agent_id FROM agent_calendar_feed WHERE token_hash = :hash")
                .param("hash", SecretTokens.hash(token))
                .query((rs, row) -> new FeedOwner(rs.getString("commune_id"), rs.getString("agent_id"))).optional();
    }
}
