package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1, fd00::/8");

    @Test
    void ignoresAForgedLeftmostEntry() {
        // the client sent "X-Forwarded-For: 6.6.6.6", nginx appended the address it saw
        assertThat(proxies.client("127.0.0.1", List.of("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void walksPastEveryTrustedProxyFromTheRight() {
        assertThat(proxies.client("10.1.2.3", List.of("6.6.6.6, 203.0.113.7, 10.0.0.5, 10.9.9.9")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void readsSeveralHeadersAsOneList() {
        assertThat(proxies.client("127.0.0.1", List.of("6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void believesNoHeaderFromAnUntrustedPeer() {
        assertThat(proxies.client("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void keepsThePeerWhenATrustedProxySentNoHeader() {
        assertThat(proxies.client("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void stopsAtAnEntryThatIsNotAnAddress() {
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7, evil.example"))).isEqualTo("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7, unknown, 10.0.0.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void dropsPortsAndBracketsAndReadsIpv6() {
        assertThat(proxies.client("::1", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8::1");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7:5555"))).isEqualTo("203.0.113.7");
        assertThat(proxies.client("fd12::3", List.of("2001:db8::2"))).isEqualTo("2001:db8::2");
    }

    @Test
    void matchesCidrRangesBitByBit() {
        TrustedProxies narrow = TrustedProxies.parse("192.168.4.0/22");
        assertThat(narrow.trusts("192.168.7.255")).isTrue();
        assertThat(narrow.trusts("192.168.8.0")).isFalse();
        assertThat(narrow.trusts("::ffff:192.168.5.1")).isTrue();
        assertThat(narrow.trusts("not-an-address")).isFalse();
    }

    @Test
    void trustsNothingWhenTheListIsEmpty() {
        assertThat(TrustedProxies.parse("").client("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesAListEntryThatIsNotAnAddress() {
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
