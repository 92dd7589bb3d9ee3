package fr.creneau.gateway.account;

import fr.creneau.identity.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The account table, in plain SQL. Blocking: callers on the event loop go through {@link Accounts}. */
@Repository
class AccountStore {

    private static final String COLUMNS =
            "id, username, display_name, email, commune_id, roles, agent_id, enabled, password_hash, service_ids, partner_type";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Credentials> credentialsOf(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(CREDENTIALS).optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id)
                .query(ACCOUNT).optional();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(email) = lower(:email)").param("email", email)
                .query(ACCOUNT).optional();
    }

    List<Account> ofCommune(String communeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE commune_id = :commune ORDER BY lower(username)")
                .param("commune", communeId)
                .query(ACCOUNT).list();
    }

    List<String> communes() {
        return jdbc.sql("SELECT DISTINCT commune_id FROM account WHERE commune_id IS NOT NULL ORDER BY commune_id")
                .query(String.class).list();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the username or the e-mail is taken */
    void insert(Account account, String passwordHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, email, password_hash, commune_id, roles, agent_id,
                                     enabled, created_at, updated_at, service_ids, partner_type)
                VALUES (:id, :username, :displayName, :email, :hash, :commune, :roles, :agentId, :enabled, :now, :now,
                        :services, :partnerType)
                """)
                .param("id", account.id())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("email", account.email())
                .param("hash", passwordHash)
                .param("commune", account.communeId())
                .param("roles", rolesColumn(account.roles()))
                .param("agentId", account.agentId())
                .param("enabled", account.enabled())
                .param("now", now)
                .param("services", String.join(",", account.serviceIds()))
                .param("partnerType", account.partnerType())
                .update();
    }

    /** Changes what an administrator may change; the password only when a new hash is given. */
    void update(Account account, String newPasswordHash) {
        jdbc.sql("""
                UPDATE account SET display_name = :displayName, email = :email, roles = :roles, agent_id = :agentId,
                       enabled = :enabled, password_hash = coalesce(:hash, password_hash), updated_at = :now,
                       service_ids = :services, partner_type = :partnerType
                WHERE id = :id
                """)
                .param("id", account.id())
                .param("displayName", account.displayName())
                .param("email", account.email())
                .param("roles", rolesColumn(account.roles()))
                .param("agentId", account.agentId())
                .param("enabled", account.enabled())
                .param("hash", newPasswordHash)
                .param("now", OffsetDateTime.now(clock))
                .param("services", String.join(",", account.serviceIds()))
                .param("partnerType", account.partnerType())
                .update();
    }

    private static String rolesColumn(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static final RowMapper<Account> ACCOUNT = (row, n) -> new Account(
            row.getObject("id", UUID.class),
            row.getString("username"),
            row.getString("display_name"),
            row.getString("email"),
            row.getString("commune_id"),
            Arrays.stream(row.getString("roles").split(",")).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
            row.getString("agent_id"),
            row.getBoolean("enabled"),
            row.getString("service_ids").isEmpty() ? List.of() : List.of(row.getString("service_ids").split(",")),
            row.getString("partner_type"));

    private static final RowMapper<Credentials> CREDENTIALS =
            (row, n) -> new Credentials(ACCOUNT.mapRow(row, n), row.getString("password_hash"));

    /** An account and its password hash (null for an account that signs in only through ProConnect). */
    record Credentials(Account account, String passwordHash) {
    }
}
