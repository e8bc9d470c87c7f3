package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Calls the service directly inside a transaction that is rolled back afterwards, so that it can
 * start from "no account at all" without disturbing the accounts of other tests.
 */
@QuarkusTest
class BootstrapAdminTest {

    private final AccountService accounts;

    BootstrapAdminTest(AccountService accounts) {
        this.accounts = accounts;
    }

    @Test
    @TestTransaction
    void createsTheFirstAdminOnlyWhenNoAccountExists() {
        Account.deleteAll();

        assertThat(accounts.bootstrapAdmin(Optional.of("Root"), Optional.of("first-admin-password-9"))).isTrue();
        assertThat(accounts.bootstrapAdmin(Optional.of("second"), Optional.of("second-admin-password-9"))).isFalse();

        assertThat(Account.count()).isEqualTo(1);
        Account admin = Account.findByUsername("root").orElseThrow();
        assertThat(admin.roleList()).containsExactlyInAnyOrder("staff", "admin");
        assertThat(admin.mustChangePassword).isTrue();
        assertThat(admin.passwordHash).startsWith("$2").doesNotContain("first-admin-password-9");
    }

    @Test
    @TestTransaction
    void createsNothingWithoutBothSettings() {
        Account.deleteAll();

        assertThat(accounts.bootstrapAdmin(Optional.empty(), Optional.empty())).isFalse();
        assertThat(accounts.bootstrapAdmin(Optional.of("root"), Optional.empty())).isFalse();
        assertThat(Account.count()).isZero();
    }

    @Test
    @TestTransaction
    void refusesAWeakBootstrapPassword() {
        Account.deleteAll();

        assertThatThrownBy(() -> accounts.bootstrapAdmin(Optional.of("root"), Optional.of("short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("app.bootstrap.admin-password")
                .hasMessageNotContaining("short\"");
    }
}
