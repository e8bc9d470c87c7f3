package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginOriginCheckTest {

    @Test
    void allowsOwnFormsTypedAddressesAndClientsWithoutFetchMetadata() {
        assertThat(LoginOriginCheck.allowed("same-origin")).isTrue();
        assertThat(LoginOriginCheck.allowed("none")).isTrue();
        assertThat(LoginOriginCheck.allowed(null)).isTrue();
    }

    @Test
    void refusesPostsFromOtherSites() {
        assertThat(LoginOriginCheck.allowed("cross-site")).isFalse();
        assertThat(LoginOriginCheck.allowed("same-site")).isFalse();
    }
}
