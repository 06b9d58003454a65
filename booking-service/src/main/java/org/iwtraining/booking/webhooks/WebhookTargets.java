package org.iwtraining.booking.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.FieldError;

/**
 * Where a webhook may be delivered (a request-forgery defence): https to a public address, unless
 * {@code booking.webhooks.allow-hosts} lists the URL's host. Judged on the URL when subscribing, and again before
 * each delivery on every address the host then resolves to, so a name that later resolves inward is caught.
 */
@ApplicationScoped
public class WebhookTargets {

    static final String REFUSED = "WEBHOOK_TARGET_REFUSED";

    private final Set<String> allowHosts;
    private final HostResolver resolver;

    @Inject
    public WebhookTargets(BookingConfig config, HostResolver resolver) {
        this(config.webhooks().allowHosts().orElse(List.of()), resolver);
    }

    WebhookTargets(List<String> allowHosts, HostResolver resolver) {
        this.allowHosts = allowHosts.stream().map(WebhookTargets::normalised).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Subscribing: refuses (422, naming {@code url}) a target that is not allowed; no DNS is asked. */
    public void checkSubscription(String url) {
        URI uri = URI.create(url);
        refusalOfUrl(uri).ifPresent(reason -> {
            throw new DomainException(DomainException.Kind.REFUSED, REFUSED, "Webhook target refused",
                    "url: " + reason, List.of(new FieldError("url", reason)), Map.of());
        });
    }

    /**
     * Delivering: why the target may not be sent to now, or empty. The host is resolved and every address judged
     * (an unresolvable host is the sender's ordinary failure, an {@link UnknownHostException}).
     */
    public Optional<String> refusalAtDelivery(String url) throws UnknownHostException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
        Optional<String> byUrl = refusalOfUrl(uri);
        if (byUrl.isPresent() || allowed(uri.getHost())) {
            return byUrl;
        }
        String host = uri.getHost();
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(name)) {
            Optional<String> refusal = TargetAddresses.refusal(address);
            if (refusal.isPresent()) {
                return Optional.of("the host " + host + " resolves to " + address.getHostAddress() + ", " + refusal.get()
                        + "; not listed in booking.webhooks.allow-hosts");
            }
        }
        return Optional.empty();
    }

    /** The URL alone: scheme, and a host written as an address or naming this machine. */
    Optional<String> refusalOfUrl(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("must be an absolute http or https URL");
        }
        if (allowed(host)) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be https (plain http only to a host listed in booking.webhooks.allow-hosts)");
        }
        String name = normalised(host);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of("the host " + host + " is loopback; not listed in booking.webhooks.allow-hosts");
        }
        Optional<InetAddress> literal;
        try {
            literal = TargetAddresses.literal(host);
        } catch (IllegalArgumentException e) {
            return Optional.of("the host " + host + " is neither a name nor a valid address");
        }
        return literal.flatMap(TargetAddresses::refusal)
                .map(r -> "the host " + host + " is " + r + "; not listed in booking.webhooks.allow-hosts");
    }

    private boolean allowed(String host) {
        return host != null && allowHosts.contains(normalised(host));
    }

    /** Lower case, without IPv6 brackets or a trailing dot: the host as it is compared with the allow-list. */
    static String normalised(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
