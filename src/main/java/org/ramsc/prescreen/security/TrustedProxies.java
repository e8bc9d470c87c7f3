package org.ramsc.prescreen.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} entries are believed ({@code APP_TRUSTED_PROXIES}:
 * addresses or CIDR ranges, comma-separated), and the walk that finds the client behind them.
 * Knows nothing of HTTP, so that the parsing is tested without a server.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses {@code "10.0.0.0/8, 127.0.0.1, ::1"}; an entry that is not an address or range is an error. */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                String trimmed = entry.trim();
                if (!trimmed.isEmpty()) {
                    ranges.add(Range.parse(trimmed));
                }
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /**
     * The client's address: the peer of the connection, unless it is a trusted proxy; then the
     * {@code X-Forwarded-For} entries are read from the right (the one the nearest proxy appended)
     * and the first that is not a trusted proxy is the client. Entries left of it were written by
     * whoever sent the request and are never believed. An entry that is not an address ends the
     * walk at the last trusted hop, since nothing left of it can be told apart from a forgery.
     *
     * @param peer the connection's remote address
     * @param forwardedFor every {@code X-Forwarded-For} header, in the order received
     */
    public String client(String peer, List<String> forwardedFor) {
        if (peer == null || !trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        String current = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = normalise(hops.get(i));
            if (hop.isEmpty()) {
                return current;
            }
            current = hop.get();
            if (!trusts(current)) {
                return current;
            }
        }
        return current;
    }

    /** An address as it may appear in the header ({@code 1.2.3.4:5678}, {@code [::1]:80}) without its port. */
    static Optional<String> normalise(String hop) {
        String value = hop;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            value = value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return literal(value).isPresent() ? Optional.of(value.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The bytes of an IP literal; never a DNS lookup, so a header cannot make the app resolve names. */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        boolean v4 = IPV4.matcher(address).matches();
        boolean v6 = !v4 && address.indexOf(':') >= 0 && IPV6.matcher(address).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // a literal (checked above) is parsed, not resolved
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address).orElseThrow(
                    () -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            byte[] candidate = address;
            if (candidate.length != network.length) {
                // IPv4-mapped IPv6 (::ffff:a.b.c.d) against an IPv4 range
                if (candidate.length == 16 && network.length == 4 && isMappedV4(candidate)) {
                    candidate = java.util.Arrays.copyOfRange(candidate, 12, 16);
                } else {
                    return false;
                }
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (network[full] & mask);
        }

        private static boolean isMappedV4(byte[] v6) {
            for (int i = 0; i < 10; i++) {
                if (v6[i] != 0) {
                    return false;
                }
            }
            return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
        }
    }
}
