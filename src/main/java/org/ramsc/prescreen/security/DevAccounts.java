package org.ramsc.prescreen.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Demo accounts for {@code quarkus:dev} only: {@code admin / admin-demo-1234} and
 * {@code staff / staff-demo-1234}, when there is no account yet. {@link IfBuildProfile} leaves this
 * bean out of test and production builds altogether, so these passwords cannot exist there. Both
 * passwords are also on the list that {@link PasswordRules} refuses.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevAccounts {

    private static final Logger LOG = Logger.getLogger(DevAccounts.class);

    private final AccountService accounts;

    public DevAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Transactional
    void onStart(@Observes @Priority(BootstrapAdmin.PRIORITY + 1) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        accounts.createUnchecked("admin", true, "admin-demo-1234", false);
        accounts.createUnchecked("staff", false, "staff-demo-1234", false);
        LOG.info("Dev mode: created demo accounts admin / admin-demo-1234 and staff / staff-demo-1234");
    }
}
