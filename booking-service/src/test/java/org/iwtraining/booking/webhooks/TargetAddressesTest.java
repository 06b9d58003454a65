package org.iwtraining.booking.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.iwtraining.conventions.problem.DomainException;

/** The table of refused and accepted webhook targets: addresses, disguised addresses, URLs. Plain Java, no DNS. */
class TargetAddressesTest {

    private static InetAddress address(String literal) {
        return TargetAddresses.literal(literal).orElseThrow();
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1            | loopback (127.0.0.0/8)
            127.255.255.254      | loopback (127.0.0.0/8)
            10.0.0.1             | private (10.0.0.0/8)
            10.255.255.255       | private (10.0.0.0/8)
            172.16.0.1           | private (172.16.0.0/12)
            172.31.255.255       | private (172.16.0.0/12)
            192.168.1.1          | private (192.168.0.0/16)
            169.254.169.254      | link-local (169.254.0.0/16)
            169.254.0.1          | link-local (169.254.0.0/16)
            0.0.0.0              | unspecified (0.0.0.0/8)
            100.64.0.1           | shared address space (100.64.0.0/10)
            224.0.0.1            | multicast (224.0.0.0/4)
            239.255.255.250      | multicast (224.0.0.0/4)
            255.255.255.255      | reserved or broadcast (240.0.0.0/4)
            ::1                  | loopback (::1)
            [::1]                | loopback (::1)
            0:0:0:0:0:0:0:1      | loopback (::1)
            ::                   | unspecified (::)
            fc00::1              | private (fc00::/7)
            fd12:3456:789a::1    | private (fc00::/7)
            fe80::1              | link-local (fe80::/10)
            [fe80::1%25eth0]     | link-local (fe80::/10)
            febf::1              | link-local (fe80::/10)
            fec0::1              | site-local (fec0::/10)
            ff02::1              | multicast (ff00::/8)
            ::ffff:127.0.0.1     | loopback (127.0.0.0/8)
            ::ffff:7f00:1        | loopback (127.0.0.0/8)
            ::ffff:169.254.169.254 | link-local (169.254.0.0/16)
            ::ffff:10.0.0.1      | private (10.0.0.0/8)
            ::127.0.0.1          | loopback (127.0.0.0/8) as IPv4-compatible IPv6
            64:ff9b::a9fe:a9fe   | link-local (169.254.0.0/16) through NAT64 (64:ff9b::/96)
            2002:7f00:1::1       | loopback (127.0.0.0/8) through 6to4 (2002::/16)
            2130706433           | loopback (127.0.0.0/8)
            0x7f000001           | loopback (127.0.0.0/8)
            0X7F.1               | loopback (127.0.0.0/8)
            0177.0.0.1           | loopback (127.0.0.0/8)
            127.1                | loopback (127.0.0.0/8)
            127.0.0.1.           | loopback (127.0.0.0/8)
            2852039166           | link-local (169.254.0.0/16)
            0xa9.0xfe.0xa9.0xfe  | link-local (169.254.0.0/16)
            10.1                 | private (10.0.0.0/8)
            """)
    void shouldRefuseAddressesInsideTheNetwork(String host, String reason) {
        assertEquals(Optional.of(reason), TargetAddresses.refusal(address(host)).map(r -> r.replace(" as IPv4-mapped IPv6", "")));
    }

    @ParameterizedTest(name = "{0} is a public address")
    @CsvSource(textBlock = """
            93.184.216.34
            8.8.8.8
            172.15.255.255
            172.32.0.1
            192.167.255.255
            192.169.0.1
            169.253.255.255
            100.63.255.255
            100.128.0.1
            11.0.0.1
            223.255.255.255
            2606:2800:220:1:248:1893:25c8:1946
            2001:4860:4860::8888
            fbff::1
            ::ffff:93.184.216.34
            1572395042
            """)
    void shouldAcceptPublicAddresses(String host) {
        assertEquals(Optional.empty(), TargetAddresses.refusal(address(host)));
    }

    @ParameterizedTest(name = "{0} is a name, not an address")
    @CsvSource(textBlock = """
            hr.example.org
            localhost
            10.example.org
            0x7f.example
            """)
    void shouldLeaveNamesToDns(String host) {
        assertEquals(Optional.empty(), TargetAddresses.literal(host));
    }

    @ParameterizedTest(name = "{0} is no address at all")
    @CsvSource(textBlock = """
            999.1.1.1
            1.2.3.4.5
            4294967296
            08.0.0.1
            1.2.70000
            a.1.2.3
            """)
    void shouldRejectMalformedNumericHosts(String host) {
        assertThrows(IllegalArgumentException.class, () -> TargetAddresses.literal(host));
    }

    // --- the URL, as subscribing and delivering judge it

    /** DNS as the table says: no lookup leaves the test. */
    private static final class TableDns extends HostResolver {
        private final Map<String, List<String>> answers;

        TableDns(Map<String, List<String>> answers) {
            this.answers = answers;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            List<String> found = answers.get(host);
            if (found == null) {
                throw new UnknownHostException(host);
            }
            return found.stream().map(TargetAddressesTest::address).toArray(InetAddress[]::new);
        }
    }

    private static final TableDns DNS = new TableDns(Map.of(
            "hr.example.org", List.of("93.184.216.34"),
            "rebound.example.org", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example.org", List.of("169.254.169.254"),
            "mapped.example.org", List.of("::ffff:127.0.0.1"),
            "internal-hr.authority", List.of("10.20.30.40")));

    private static final WebhookTargets TARGETS = new WebhookTargets(List.of("internal-hr.authority", "[::1]", "127.0.0.1"), DNS);
    private static final WebhookTargets NONE_ALLOWED = new WebhookTargets(List.of(), DNS);

    @ParameterizedTest(name = "subscribing to {0} is refused")
    @CsvSource(textBlock = """
            http://hr.example.org/hooks
            HTTP://hr.example.org/hooks
            https://10.0.0.1/hooks
            https://169.254.169.254/latest/meta-data/
            https://192.168.1.1:8443/x
            https://172.20.0.5/x
            https://[fc00::5]/x
            https://[fe80::1%25eth0]/x
            https://[::ffff:127.0.0.2]/x
            https://[::]/x
            https://0.0.0.0/x
            https://2130706433/
            https://0x7f000002/
            https://0177.0.0.2/
            https://127.2/
            https://good.example@127.0.0.2/
            https://127.0.0.1@10.0.0.1/
            https://localhost/x
            https://LOCALHOST./x
            https://evil.localhost/x
            https://999.1.1.1/x
            https://224.0.0.251/x
            """)
    void shouldRefuseSubscribingToTargetsInsideTheNetwork(String url) throws Exception {
        DomainException refusal = assertThrows(DomainException.class, () -> TARGETS.checkSubscription(url));
        assertEquals("WEBHOOK_TARGET_REFUSED", refusal.code());
        assertEquals(DomainException.Kind.REFUSED, refusal.kind());
        assertTrue(TARGETS.refusalAtDelivery(url).isPresent(), "and refused again at delivery");
    }

    @ParameterizedTest(name = "subscribing to {0} is accepted")
    @CsvSource(textBlock = """
            https://hr.example.org/hooks
            https://93.184.216.34/hooks
            https://[2606:2800:220:1:248:1893:25c8:1946]/x
            https://user@hr.example.org/x
            http://internal-hr.authority/hooks
            https://INTERNAL-HR.authority./hooks
            http://127.0.0.1:9471/hooks
            http://[::1]:9471/hooks
            https://not-in-dns.example.org/x
            """)
    void shouldAcceptPublicHttpsAndListedHosts(String url) {
        TARGETS.checkSubscription(url);
    }

    @Test
    void shouldNotAllowAnotherSpellingOfAListedAddress() {
        assertThrows(DomainException.class, () -> TARGETS.checkSubscription("http://2130706433:9471/"));
        assertThrows(DomainException.class, () -> TARGETS.checkSubscription("http://127.0.0.2:9471/"));
        assertThrows(DomainException.class, () -> NONE_ALLOWED.checkSubscription("http://127.0.0.1:9471/"));
    }

    @Test
    void shouldJudgeEveryAddressTheHostResolvesToWhenDelivering() throws Exception {
        assertEquals(Optional.empty(), TARGETS.refusalAtDelivery("https://hr.example.org/hooks"));
        assertEquals(Optional.of("the host rebound.example.org resolves to 10.0.0.7, private (10.0.0.0/8); not listed in "
                + "booking.webhooks.allow-hosts"), TARGETS.refusalAtDelivery("https://rebound.example.org/hooks"));
        assertTrue(TARGETS.refusalAtDelivery("https://metadata.example.org/").orElseThrow().contains("link-local"));
        assertTrue(TARGETS.refusalAtDelivery("https://mapped.example.org/").orElseThrow().contains("loopback"));
        assertEquals(Optional.empty(), TARGETS.refusalAtDelivery("http://internal-hr.authority/hooks"), "listed: not judged");
        assertTrue(NONE_ALLOWED.refusalAtDelivery("https://internal-hr.authority/hooks").isPresent(), "unlisted again");
        assertThrows(UnknownHostException.class, () -> TARGETS.refusalAtDelivery("https://not-in-dns.example.org/x"));
    }
}
