package org.iwtraining.followup.callers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.security.SecretTokens;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.access.Reach;
import org.iwtraining.followup.access.Reaches;
import org.iwtraining.followup.access.Requester;
import org.iwtraining.followup.cases.Locks;
import org.iwtraining.followup.config.FollowupConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Callers, the default caller from configuration, each caller's queue of due and overdue calls, and the secret
 * token of each caller's calendar feed. A caller asking about another caller is answered as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class CallerService {

    private final Clock clock;
    private final FollowupConfig config;
    private final Reaches reaches;
    private final EntityManager em;

    public CallerService(Clock clock, FollowupConfig config, Reaches reaches, EntityManager em) {
        this.clock = clock;
        this.config = config;
        this.reaches = reaches;
        this.em = em;
    }

    /** The default caller row follows the configuration, so a changed address takes effect on restart. */
    void syncDefaultCaller(@Observes StartupEvent start) {
        Caller caller = Caller.findById(Caller.DEFAULT_ID);
        boolean missing = caller == null;
        if (missing) {
            caller = new Caller();
            caller.id = Caller.DEFAULT_ID;
            caller.createdAt = OffsetDateTime.now(clock);
        }
        caller.name = config.defaultCaller().name();
        caller.email = config.defaultCaller().email();
        caller.managerEmail = config.defaultCaller().managerEmail().orElse(null);
        caller.subject = config.defaultCaller().subject().orElse(null);
        if (caller.subject != null && Caller.count("subject = ?1 and id <> ?2", caller.subject, Caller.DEFAULT_ID) > 0) {
            throw new IllegalStateException("followup.default-caller.subject '" + caller.subject
                    + "' is the subject of another caller: give the default caller a subject of its own");
        }
        if (missing) {
            caller.persist();
        }
    }

    /** A new caller; its subject is nobody else's (409 SUBJECT_TAKEN). */
    public Caller create(CallerDraft request) {
        Locks.lock(em, "caller-subject:" + request.subject());
        if (Caller.count("subject", request.subject()) > 0) {
            throw DomainException.conflict("SUBJECT_TAKEN", "Subject taken",
                    "Another caller already has that subject: one person's token finds one caller");
        }
        Caller caller = new Caller();
        caller.id = UUID.randomUUID().toString();
        caller.subject = request.subject();
        caller.name = request.name();
        caller.email = request.email();
        caller.managerEmail = request.managerEmail();
        caller.agencies = new ArrayList<>(new LinkedHashSet<>(request.agencies()));
        caller.processes = new ArrayList<>(new LinkedHashSet<>(request.processes()));
        caller.createdAt = OffsetDateTime.now(clock);
        caller.persist();
        return caller;
    }

    /** A caller, if within the requester's reach (a caller reaches only their own record). */
    public Optional<Caller> get(String id, Requester requester) {
        Reach reach = reaches.reading(requester);
        return Caller.<Caller>findByIdOptional(id).filter(c -> reach.covers(c.id));
    }

    /**
     * The caller record of the person asking, found by their token's subject: how a caller's screen learns its own
     * caller id. Empty when no caller has that subject.
     */
    public Optional<Caller> bySubject(Requester requester) {
        if (requester.subject() == null) {
            return Optional.empty();
        }
        return Caller.<Caller>find("subject", requester.subject()).firstResultOptional();
    }

    public Page<Caller> list(PageRequest page) {
        List<Caller> rows = page.after() == null
                ? Caller.<Caller>find("order by id").range(0, page.limit()).list()
                : Caller.<Caller>find("id > ?1 order by id", page.after()).range(0, page.limit()).list();
        return page.page(rows, c -> c.id, Function.identity());
    }

    /**
     * The calls due on the date and the overdue ones, oldest first (the key is due date, then case id). The queue is
     * read on every refresh of a caller's screen, so it costs one statement: read without a transaction (no BEGIN,
     * no COMMIT) and read-only (no snapshots kept, nothing checked for changes), and the caller's record is looked
     * up only for an empty page, because no case is assigned to a caller that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QueueItem> queue(String callerId, LocalDate date, PageRequest page, Requester requester) {
        Reach reach = reaches.reading(requester);
        if (!reach.covers(callerId)) {
            throw DomainException.notFound("Caller", callerId);
        }
        LocalDate day = date == null ? LocalDate.ofInstant(clock.instant(), Zones.LONDON) : date;
        Map<String, Object> params = new HashMap<>();
        params.put("caller", callerId);
        params.put("open", CaseStatus.OPEN);
        params.put("day", day);
        String where = "callerId = :caller and status = :open and nextCallDue <= :day";
        Optional<Keyset> after = Keyset.after(page);
        if (after.isPresent()) {
            where += " and (nextCallDue > :afterDue or (nextCallDue = :afterDue and id > :afterId))";
            params.put("afterDue", dateOf(after.get()));
            params.put("afterId", after.get().id());
        }
        List<FollowupCase> rows = FollowupCase.<FollowupCase>find(where + " order by nextCallDue, id", params)
                .withHint(HibernateHints.HINT_READ_ONLY, true).range(0, page.limit()).list();
        if (rows.isEmpty()) {
            requireCaller(callerId, reach);
        }
        return page.page(rows, c -> Keyset.key(c.nextCallDue, c.id),
                c -> new QueueItem(c, c.nextCallDue.isBefore(day), c.behindTarget(day)));
    }

    /** A queue cursor holds a due date; one that does not is not a cursor this service issued. */
    private static LocalDate dateOf(Keyset key) {
        try {
            return LocalDate.parse(key.value());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    /**
     * A new secret for the caller's calendar feed, returned once and kept only as its hash: the one before stops
     * working at once. The caller themself or a coordinator may ask.
     */
    public String rotateCalendarToken(String callerId, Requester requester) {
        Caller caller = requireCaller(callerId, reaches.changing(requester));
        String secret = SecretTokens.generate();
        caller.calendarTokenHash = SecretTokens.hash(secret);
        return secret;
    }

    /** The caller, when it exists and is within reach; otherwise 404, the same either way. */
    public static Caller requireCaller(String callerId, Reach reach) {
        Caller caller = Caller.findById(callerId);
        if (caller == null || !reach.covers(caller.id)) {
            throw DomainException.notFound("Caller", callerId);
        }
        return caller;
    }
}
