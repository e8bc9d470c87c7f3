package org.ramsc.prescreen.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
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

    /** The demo accounts and their passwords, printed in the README: {@link DemoAccountCheck} refuses them in prod. */
    public static final Map<String, String> PUBLISHED = Map.of("admin", "admin-demo-1234", "staff", "staff-demo-1234");

    @Inject AccountService accounts;

    @Transactional
    void onStart(@Observes @Priority(BootstrapAdmin.PRIORITY + 1) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        accounts.createUnchecked("admin", true, PUBLISHED.get("admin"), false);
        accounts.createUnchecked("staff", false, PUBLISHED.get("staff"), false);
        LOG.info("Dev mode: created demo accounts admin / admin-demo-1234 and staff / staff-demo-1234");
    }
}
