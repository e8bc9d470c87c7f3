package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A database that quarkus:dev once used holds accounts whose passwords are printed in the README;
 * the prod profile must refuse to start on it and say what to do.
 */
@QuarkusTest
class DemoAccountCheckTest {

    private final DemoAccountCheck check;
    private final AccountService accounts;

    DemoAccountCheckTest(DemoAccountCheck check, AccountService accounts) {
        this.check = check;
        this.accounts = accounts;
    }

    @Test
    void findsAnAccountThatStillHasItsPublishedDemoPasswordAndSaysWhatToDo() {
        assertThat(check.accountsWithPublishedPasswords()).isEmpty();
        QuarkusTransaction.requiringNew().run(() ->
                accounts.createUnchecked("staff", false, DevAccounts.PUBLISHED.get("staff"), false));
        try {
            assertThat(check.accountsWithPublishedPasswords()).containsExactly("staff");
            assertThat(DemoAccountCheck.problem(check.accountsWithPublishedPasswords()))
                    .contains("Refusing to start", "staff", "demo password", "Delete or re-password");
            // a changed password is no longer a published one
            QuarkusTransaction.requiringNew().run(() -> Account.findByUsername("staff").orElseThrow().passwordHash =
                    io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("a-private-password-now-9"));
            assertThat(check.accountsWithPublishedPasswords()).isEmpty();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Account.delete("username", "staff"));
        }
    }
}
