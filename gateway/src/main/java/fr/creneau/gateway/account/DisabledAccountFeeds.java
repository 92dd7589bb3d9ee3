package fr.creneau.gateway.account;

import fr.creneau.gateway.instances.ServiceAddresses;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells booking-service a commune's disabled accounts, whose calendar feeds it then revokes, every
 * {@code creneau.gateway.accounts.disabled-every} (10 minutes) besides each change; nothing when none is disabled.
 */
@Component
class DisabledAccountFeeds extends CommuneAccountsPush {

    static final String PATH = "/internal/booking/communes/{communeId}/disabled-accounts";

    DisabledAccountFeeds(AccountStore store, ServiceAddresses addresses, SignedPut put) {
        super(store, addresses.services().getOrDefault("booking", List.of()), PATH, put);
    }

    @Override
    Optional<Object> body(List<Account> accountsOfTheCommune) {
        List<String> disabled = accountsOfTheCommune.stream().filter(account -> !account.enabled())
                .map(account -> account.id().toString()).toList();
        return disabled.isEmpty() ? Optional.empty() : Optional.of(Map.of("accountIds", disabled));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${creneau.gateway.accounts.disabled-every:PT10M}",
            initialDelayString = "${creneau.gateway.accounts.disabled-every:PT10M}")
    void tellEveryCommuneNow() {
        tellEveryCommune();
    }
}
