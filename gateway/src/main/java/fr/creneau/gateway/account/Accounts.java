package fr.creneau.gateway.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The accounts for the reactive gateway: every JDBC call and every password hash runs on the bounded elastic
 * scheduler, never on the event loop.
 */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    // checked when the username is unknown, so that an unknown name takes as long as a wrong password
    private final String decoyHash;

    private final AdministratorAddresses administrators;
    private final DisabledAccountFeeds feeds;

    Accounts(AccountStore store, PasswordEncoder passwords, AdministratorAddresses administrators,
            DisabledAccountFeeds feeds) {
        this.store = store;
        this.administrators = administrators;
        this.feeds = feeds;
        this.passwords = passwords;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The enabled account with this username and password, or empty. */
    public Mono<Account> authenticate(String username, String password) {
        return offloaded(() -> {
            Optional<AccountStore.Credentials> credentials = store.credentialsOf(username);
            String hash = credentials.map(AccountStore.Credentials::passwordHash).orElse(null);
            boolean matches = passwords.matches(password, hash != null ? hash : decoyHash) && hash != null;
            return credentials.filter(found -> matches && found.account().enabled())
                    .map(AccountStore.Credentials::account).orElse(null);
        });
    }

    /** The account as it is now, if it still exists and is enabled. */
    public Mono<Account> current(UUID id) {
        return offloaded(() -> store.find(id).filter(Account::enabled).orElse(null));
    }

    public Mono<Account> enabledWithEmail(String email) {
        return offloaded(() -> store.findByEmail(email).filter(Account::enabled).orElse(null));
    }

    Mono<Account> find(UUID id) {
        return offloaded(() -> store.find(id).orElse(null));
    }

    Mono<List<Account>> ofCommune(String communeId) {
        return offloaded(() -> store.ofCommune(communeId));
    }

    Mono<Account> create(Account account, String password) {
        return offloaded(() -> {
            store.insert(account, password == null ? null : passwords.encode(password));
            return account;
        }).doOnSuccess(created -> administrators.tell(created.communeId()));
    }

    Mono<Account> update(Account account, String newPassword) {
        return offloaded(() -> {
            store.update(account, newPassword == null ? null : passwords.encode(newPassword));
            return account;
        }).doOnSuccess(updated -> {
            administrators.tell(updated.communeId());
            if (!updated.enabled()) {
                feeds.tell(updated.communeId());
            }
        });
    }

    private static <T> Mono<T> offloaded(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
