package org.ramsc.prescreen.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * On a new installation, creates the first admin from {@code APP_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code APP_BOOTSTRAP_ADMIN_PASSWORD} (config keys {@code app.bootstrap.admin-username} and
 * {@code app.bootstrap.admin-password}). Does nothing once any account exists, and there is no
 * default: without both settings nobody can sign in until they are given.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    /** Before the dev-mode demo accounts, so that configured settings win over them. */
    static final int PRIORITY = 100;

    @Inject AccountService accounts;
    @Inject AccountLogId logIds;
    @Inject BootstrapConfig config;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        Optional<String> username = config.adminUsername();
        Optional<String> password = config.adminPassword();
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        try {
            if (accounts.bootstrapAdmin(username, password)) {
                LOG.infof("Created the first admin account (%s) from app.bootstrap.admin-username; "
                        + "its password must be changed at the first sign-in", logIds.of(username.get()));
            }
        } catch (IllegalStateException badSettings) {
            throw badSettings;
        } catch (RuntimeException e) {
            if (accounts.count() == 0) {
                throw e;
            }
            // two instances started together and the other one created the account first
            LOG.infof("The first admin account was created by another instance (%s here)", e.getClass().getSimpleName());
        }
    }
}
