package fr.creneau.gateway.account;

import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * Creates the platform administrator named by CRENEAU_ADMIN_USERNAME when no account has that name, so that a new
 * installation can be used at all, with the password of CRENEAU_ADMIN_PASSWORD, which has no default: without it the
 * first start stops. An existing account is left as it is: its password is changed through the API.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountStore store;
    private final Accounts accounts;
    private final AccountProperties.BootstrapAdmin admin;

    BootstrapAdmin(AccountStore store, Accounts accounts, AccountProperties properties) {
        this.store = store;
        this.accounts = accounts;
        this.admin = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.credentialsOf(admin.username()).isPresent()) {
            warnIfDevelopmentPasswordWorks();
            return;
        }
        if (admin.password() == null || admin.password().isBlank()) {
            throw new MissingSetting(("CRENEAU_ADMIN_PASSWORD n'est pas défini : il faut le mot de passe du premier "
                    + "administrateur de la plateforme (« %s »), que la passerelle crée à son premier démarrage.")
                    .formatted(admin.username()),
                    "Donnez-lui un mot de passe à vous dans CRENEAU_ADMIN_PASSWORD (il n'a pas de valeur par défaut, "
                            + "sauf avec ./creneau sur un poste de développement). Une fois le compte créé, la "
                            + "variable n'est plus lue : le mot de passe se change par l'API des comptes.");
        }
        Account account = new Account(UUID.randomUUID(), admin.username(), "Administrateur de la plateforme", null,
                null, Set.of(Role.PLATFORM_ADMIN), null, true);
        try {
            accounts.create(account, admin.password()).block();
            log.info("Platform administrator '{}' created", admin.username());
        } catch (DuplicateKeyException e) {
            // two gateways started together on a new database: the other one created it a moment ago
            log.info("Platform administrator '{}' created by another gateway", admin.username());
        }
        warnIfDevelopmentPasswordWorks();
    }

    private void warnIfDevelopmentPasswordWorks() {
        String development = AccountProperties.BootstrapAdmin.DEVELOPMENT_PASSWORD;
        if (accounts.authenticate(admin.username(), development).blockOptional().isPresent()) {
            log.warn("The platform administrator '{}' still has the development password: change it in production",
                    admin.username());
        }
    }
}
