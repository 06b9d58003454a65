package org.iwtraining.booking.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.Webhook;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPages;
import org.iwtraining.booking.outbox.Subscriptions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

/** HR systems' webhook subscriptions: which events go where, signed with which secret. */
@ApplicationScoped
@Transactional
public class WebhookService implements Subscriptions {

    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final EntityManager em;
    private final WebhookTargets targets;

    public WebhookService(Clock clock, EntityManager em, WebhookTargets targets) {
        this.clock = clock;
        this.em = em;
        this.targets = targets;
    }

    public Webhook create(String url, List<String> events) {
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID().toString();
        webhook.url = checkedUrl(url);
        webhook.events = String.join(",", checkedEvents(events));
        targets.checkSubscription(webhook.url);
        webhook.secret = newSecret();
        webhook.active = true;
        webhook.createdAt = clock.instant();
        webhook.persist();
        return webhook;
    }

    public Optional<Webhook> find(String id) {
        return Webhook.findByIdOptional(id);
    }

    public Page<Webhook> list(PageRequest page) {
        return OutboxPages.byCreation(em, Webhook.class, null, List.of(), page, w -> w.createdAt, w -> w.id);
    }

    /** Removes the subscription; what was still waiting for it fails visibly rather than vanishing. */
    public void delete(String id) {
        Webhook webhook = Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Webhook", id));
        OutboxEvent.update("status = ?1, lastError = ?2 where webhookId = ?3 and status = ?4", OutboxStatus.FAILED,
                "subscription deleted", id, OutboxStatus.PENDING);
        webhook.delete();
    }

    public Page<OutboxEvent> deliveries(String id, PageRequest page) {
        Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Webhook", id));
        return OutboxPages.byCreation(em, OutboxEvent.class, "e.webhookId = ?1", List.<Object>of(id), page, e -> e.createdAt, e -> e.id);
    }

    @Override
    public List<String> subscribersOf(OutboxEventType type) {
        return Webhook.<Webhook>list("active = true order by createdAt, id").stream()
                .filter(w -> w.eventTypes().contains(type.wireName())).map(w -> w.id).toList();
    }

    static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw DomainException.invalid("url", "must be an absolute http or https URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw DomainException.invalid("url", "must be an absolute http or https URL");
        }
    }

    private static List<String> checkedEvents(List<String> events) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String name = events.get(i);
            if (OutboxEventType.ofWireName(name).filter(OutboxEventType::subscribable).isEmpty()) {
                throw DomainException.invalid("events[" + i + "]", "is not an event type one may subscribe to; one of "
                        + subscribableNames());
            }
            types.add(name);
        }
        return new ArrayList<>(types);
    }

    static List<String> subscribableNames() {
        return Arrays.stream(OutboxEventType.values()).filter(OutboxEventType::subscribable)
                .map(OutboxEventType::wireName).toList();
    }
}
