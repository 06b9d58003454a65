package org.iwtraining.booking.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The judgement of where a webhook may be delivered: which addresses lie in the authority's own network (or the
 * host's) and so are refused as targets, and which host names are IP addresses in disguise. Plain Java, no DNS:
 * {@link #literal} parses a host only when it is written as an address, {@link #refusal} judges an address.
 * <p>
 * Refused: loopback, unspecified and "this network" (0/8, ::), private (10/8, 172.16/12, 192.168/16, fc00::/7, the
 * deprecated site-local fec0::/10), shared carrier-grade NAT (100.64/10), link-local (169.254/16 with the cloud
 * metadata address 169.254.169.254, fe80::/10), multicast (224/4, ff00::/8) and reserved/broadcast (240/4). An IPv4
 * address carried inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16)
 * is judged as the IPv4 address it carries.
 */
public final class TargetAddresses {

    private TargetAddresses() {
    }

    /** Why the address may not be a webhook target, or empty when it may. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? refusalV4(b) : refusalV6(b);
    }

    private static Optional<String> refusalV4(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (b0 == 127) {
            return Optional.of("loopback (127.0.0.0/8)");
        }
        if (b0 == 10) {
            return Optional.of("private (10.0.0.0/8)");
        }
        if (b0 == 172 && (b1 & 0xf0) == 16) {
            return Optional.of("private (172.16.0.0/12)");
        }
        if (b0 == 192 && b1 == 168) {
            return Optional.of("private (192.168.0.0/16)");
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return Optional.of("shared address space (100.64.0.0/10)");
        }
        if (b0 == 169 && b1 == 254) {
            return Optional.of("link-local (169.254.0.0/16)");
        }
        if ((b0 & 0xf0) == 224) {
            return Optional.of("multicast (224.0.0.0/4)");
        }
        if ((b0 & 0xf0) == 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(byte[] b) {
        if (allZero(b, 0, 16)) {
            return Optional.of("unspecified (::)");
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return Optional.of("loopback (::1)");
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return refusalV4(slice(b, 12)).map(r -> r + " as IPv4-mapped IPv6");
        }
        if (allZero(b, 0, 12)) {
            return refusalV4(slice(b, 12)).map(r -> r + " as IPv4-compatible IPv6");
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return refusalV4(slice(b, 12)).map(r -> r + " through NAT64 (64:ff9b::/96)");
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return refusalV4(slice(b, 2)).map(r -> r + " through 6to4 (2002::/16)");
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("private (fc00::/7)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("site-local (fec0::/10)");
        }
        if (b0 == 0xff) {
            return Optional.of("multicast (ff00::/8)");
        }
        return Optional.empty();
    }

    /**
     * The address a URL's host names when it is written as one, without asking DNS: an IPv6 literal (brackets and
     * a zone allowed) or an IPv4 address in any form a resolver accepts ({@code 127.0.0.1}, {@code 127.1},
     * {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}). Empty for a host name.
     *
     * @throws IllegalArgumentException a host that looks numeric but is no address (e.g. {@code 999.1.1.1})
     */
    public static Optional<InetAddress> literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.contains(":")) {
            int zone = h.indexOf('%');
            String address = zone < 0 ? h : h.substring(0, zone);
            if (!address.matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("not an IPv6 address: " + host);
            }
            return Optional.of(parse(address, host));
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length == 0 || !numeric(parts[parts.length - 1])) {
            return Optional.empty();
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + host);
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!numeric(parts[i])) {
                throw new IllegalArgumentException("not an IPv4 address: " + host);
            }
            values[i] = number(parts[i], host);
            if (i < parts.length - 1 && values[i] > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + host);
            }
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new IllegalArgumentException("not an IPv4 address: " + host);
        }
        long ip = last;
        for (int i = 0; i < parts.length - 1; i++) {
            ip |= values[i] << (8 * (3 - i));
        }
        byte[] bytes = { (byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip };
        return Optional.of(parse(bytes, host));
    }

    /** Decimal, 0x hex or 0-prefixed octal, as inet_aton reads it. */
    private static boolean numeric(String part) {
        return part.matches("0x[0-9a-f]*|[0-9]+");
    }

    private static long number(String part, String host) {
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IPv4 address: " + host, e);
        }
    }

    private static InetAddress parse(String ipv6, String host) {
        try {
            return InetAddress.getByName("[" + ipv6 + "]"); // a literal in brackets: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: " + host, e);
        }
    }

    private static InetAddress parse(byte[] ipv4, String host) {
        try {
            return InetAddress.getByAddress(ipv4);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv4 address: " + host, e);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] { b[from], b[from + 1], b[from + 2], b[from + 3] };
    }
}
