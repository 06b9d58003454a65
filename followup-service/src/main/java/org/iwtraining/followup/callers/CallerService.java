package org.iwtraining.followup.callers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.config.FollowupConfig;

import io.quarkus.runtime.StartupEvent;

/** Callers, the default caller from configuration, and each caller's queue of due and overdue calls. */
@ApplicationScoped
@Transactional
public class CallerService {

    private final Clock clock;
    private final FollowupConfig config;

    public CallerService(Clock clock, FollowupConfig config) {
        this.clock = clock;
        this.config = config;
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
        if (missing) {
            caller.persist();
        }
    }

    public Caller create(CallerDraft request) {
        Caller caller = new Caller();
        caller.id = UUID.randomUUID().toString();
        caller.name = request.name();
        caller.email = request.email();
        caller.managerEmail = request.managerEmail();
        caller.createdAt = OffsetDateTime.now(clock);
        caller.persist();
        return caller;
    }

    public Optional<Caller> get(String id) {
        return Caller.findByIdOptional(id);
    }

    public Page<Caller> list(PageRequest page) {
        List<Caller> rows = page.after() == null
                ? Caller.<Caller>find("order by id").range(0, page.limit()).list()
                : Caller.<Caller>find("id > ?1 order by id", page.after()).range(0, page.limit()).list();
        return page.page(rows, c -> c.id, Function.identity());
    }

    /** The calls due on the date and the overdue ones, oldest first (the key is due date, then case id). */
    public Page<QueueItem> queue(String callerId, LocalDate date, PageRequest page) {
        requireCaller(callerId);
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
                .range(0, page.limit()).list();
        return page.page(rows, c -> Keyset.key(c.nextCallDue, c.id), c -> new QueueItem(c, c.nextCallDue.isBefore(day)));
    }

    /** A queue cursor holds a due date; one that does not is not a cursor this service issued. */
    private static LocalDate dateOf(Keyset key) {
        try {
            return LocalDate.parse(key.value());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    public static void requireCaller(String callerId) {
        if (Caller.findById(callerId) == null) {
            throw DomainException.notFound("Caller", callerId);
        }
    }
}
