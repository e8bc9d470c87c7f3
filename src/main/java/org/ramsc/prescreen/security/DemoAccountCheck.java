package org.ramsc.prescreen.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Stops a production start while an account still has a demo password from the README (a data
 * directory that {@code quarkus:dev} once used, or a copied database): anyone who has read the
 * README could sign in to it.
 */
@ApplicationScoped
public class DemoAccountCheck {

    /** After the bootstrap admin and before anything serves requests. */
    static final int PRIORITY = BootstrapAdmin.PRIORITY + 10;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            List<String> names = accountsWithPublishedPasswords();
            if (!names.isEmpty()) {
                throw new IllegalStateException(problem(names));
            }
        }
    }

    /**
     * The enabled or disabled accounts whose password is still a published demo password. One SQL
     * query: this runs before the app is ready, where the first HQL query would cost a few hundred
     * milliseconds of parser start-up that no request is waiting for yet.
     */
    @Transactional
    public List<String> accountsWithPublishedPasswords() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Account.getEntityManager()
                .createNativeQuery("SELECT username, password_hash FROM account WHERE username IN (:names)")
                .setParameter("names", DevAccounts.PUBLISHED.keySet())
                .getResultList();
        return rows.stream()
                .filter(row -> BcryptUtil.matches(DevAccounts.PUBLISHED.get((String) row[0]), (String) row[1]))
                .map(row -> (String) row[0]).sorted().toList();
    }

    static String problem(List<String> names) {
        return "Refusing to start: the account(s) " + String.join(", ", names) + " still have the demo password"
                + " printed in the README (this database was used by quarkus:dev). Delete or re-password them"
                + " (psql, see README \"Reaching the embedded database\"), or point the app at another database.";
    }
}
