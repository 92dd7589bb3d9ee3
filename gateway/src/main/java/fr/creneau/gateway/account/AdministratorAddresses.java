package fr.creneau.gateway.account;

import fr.creneau.gateway.instances.ServiceAddresses;
import fr.creneau.identity.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells notification-service the e-mail addresses of a commune's enabled administrators (its SMS budget alerts go to
 * them), every {@code creneau.gateway.accounts.administrators-every} (10 minutes) besides each change; an empty list
 * too, as the last administrator may have gone.
 */
@Component
class AdministratorAddresses extends CommuneAccountsPush {

    AdministratorAddresses(AccountStore store, ServiceAddresses addresses, SignedPut put) {
        super(store, addresses.services().getOrDefault("notifications", List.of()),
                "/internal/notifications/communes/{communeId}/administrators", put);
    }

    @Override
    Optional<Object> body(List<Account> accountsOfTheCommune) {
        return Optional.of(Map.of("emails", accountsOfTheCommune.stream()
                .filter(account -> account.enabled() && account.has(Role.COMMUNE_ADMIN) && account.email() != null)
                .map(Account::email).toList()));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${creneau.gateway.accounts.administrators-every:PT10M}",
            initialDelayString = "${creneau.gateway.accounts.administrators-every:PT10M}")
    void tellEveryCommuneNow() {
        tellEveryCommune();
    }
}
