package org.iwtraining.booking.sessions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.attendance.CascadeDetection;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.bookings.Cancellation;
import org.iwtraining.booking.bookings.Refusal;
import org.iwtraining.booking.bookings.SessionLocks;
import org.iwtraining.booking.bookings.Waitlist;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CourseData;
import org.iwtraining.booking.client.ModuleData;
import org.iwtraining.booking.client.UnknownModuleException;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;

/** Sessions: created from catalogue modules or a course, changed under If-Match, cancelled, listed with counts. */
@ApplicationScoped
@Transactional
public class SessionService {

    static final BigDecimal DEFAULT_MAX_AGENCY_SHARE = new BigDecimal("0.4");
    static final int DEFAULT_MIN_AGENCIES = 3;
    static final int DEFAULT_MIN_SECTORS = 2;
    static final Duration DEFAULT_CAPS_LIFT_BEFORE_START = Duration.ofDays(7);

    private final CatalogueClient catalogue;
    private final BookingService bookings;
    private final BookingQueries placesRead;
    private final Waitlist waitlist;
    private final SessionLocks locks;
    private final Clock clock;
    private final OutboxEvents events;
    private final CascadeDetection cascades;
    private final SessionChecks checks;

    public SessionService(CatalogueClient catalogue, BookingService bookings, BookingQueries placesRead, Waitlist waitlist,
            SessionLocks locks, Clock clock, OutboxEvents events, CascadeDetection cascades, SessionChecks checks) {
        this.checks = checks;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.placesRead = placesRead;
        this.waitlist = waitlist;
        this.locks = locks;
        this.clock = clock;
        this.events = events;
        this.cascades = cascades;
    }

    public TrainingSession create(SessionDraft request) {
        List<SessionPart> parts = parts(request.startsAt(), request.endsAt(), request.parts());
        boolean byCourse = request.courseId() != null && !request.courseId().isBlank();
        boolean byModules = request.moduleRefs() != null && !request.moduleRefs().isEmpty();
        if (!byCourse && !byModules) {
            throw DomainException.invalid("moduleRefs", "give courseId, moduleRefs, or a course and a run of its modules");
        }
        if (byModules && new HashSet<>(request.moduleRefs()).size() != request.moduleRefs().size()) {
            throw DomainException.invalid("moduleRefs", "lists a module twice");
        }
        requireKnownTrainers(request.trainerHrIds());
        TrainingSession session = new TrainingSession();
        boolean wholeCourse = false;
        if (byCourse) {
            CourseData course = catalogue.course(request.courseId()).orElseThrow(() -> new DomainException(Kind.REFUSED,
                    "UNKNOWN_COURSE", "Unknown course", "The catalogue has no course '" + request.courseId() + "'",
                    List.of(new FieldError("courseId", "unknown course")), Map.of()));
            List<String> refs = byModules ? request.moduleRefs() : course.modules();
            List<ModuleData> modules = modules(refs, byModules ? "moduleRefs" : "courseId");
            wholeCourse = refs.equals(course.modules());
            session.courseId = course.id();
            session.moduleRefs.addAll(refs);
            session.process = processOf(course.process()).orElseGet(() -> derivedProcess(modules, request.process()));
            requireAudienceWhereKeptApart(modules, request.audience());
        } else {
            List<ModuleData> modules = modules(request.moduleRefs(), "moduleRefs");
            session.moduleRefs.addAll(request.moduleRefs());
            session.process = derivedProcess(modules, request.process());
            requireAudienceWhereKeptApart(modules, request.audience());
        }
        SessionChecks.Held held = checks.hold(new SessionChecks.Proposal(null, session.courseId, wholeCourse,
                List.copyOf(session.moduleRefs), session.process, request.audience(), request.capacity(),
                request.trainerHrIds(), request.roomId(), parts, request.overrideReason(), null, null));
        session.id = UUID.randomUUID().toString();
        session.title = request.title();
        session.venue = request.venue();
        session.joiningInstructions = request.joiningInstructions();
        session.roomId = request.roomId();
        session.trainerOverrideReason = held.trainerOverrideReason();
        session.rulesOverrideReason = held.rulesOverrideReason();
        session.entryRequirements = held.entryRequirements();
        session.audience = request.audience();
        session.capacity = request.capacity();
        session.trainerHrIds.addAll(request.trainerHrIds() == null ? List.of() : request.trainerHrIds());
        session.setParts(parts);
        applyPolicy(session, request.mixPolicy());
        session.status = SessionStatus.SCHEDULED;
        session.persist();
        cascades.tookPlace(session);
        return session;
    }

    /**
     * {@code currentTag} gives the session's entity tag as it is once locked: a digest of its representation, which
     * shows its live counts too, so If-Match fails when anything a client saw has changed since.
     */
    public TrainingSession update(String id, String ifMatch, Supplier<String> currentTag, SessionChange request) {
        List<SessionPart> parts = parts(request.startsAt(), request.endsAt(), request.parts());
        if (locks.lockSessions(List.of(id)).isEmpty()) {
            throw DomainException.notFound("Session", id);
        }
        TrainingSession session = TrainingSession.findById(id);
        Preconditions.requireIfMatch(ifMatch, currentTag.get());
        if (session.status == SessionStatus.CANCELLED) {
            throw Refusal.SESSION_CLOSED.toException(List.of());
        }
        int confirmed = placesRead.confirmedByAgency(id).values().stream().mapToInt(Integer::intValue).sum();
        if (request.capacity() < confirmed) {
            throw new DomainException(Kind.CONFLICT, "CAPACITY_BELOW_CONFIRMED", "Capacity below confirmed places",
                    "The session already has " + confirmed + " confirmed places; confirmed places are never removed",
                    List.of(new FieldError("capacity", "below the " + confirmed + " confirmed places")), Map.of());
        }
        requireKnownTrainers(request.trainerHrIds());
        SessionChecks.Held held = checks.hold(new SessionChecks.Proposal(session.id, session.courseId, false,
                List.copyOf(session.moduleRefs), session.process, session.audience, request.capacity(),
                request.trainerHrIds(), request.roomId(), parts, request.overrideReason(), session.trainerOverrideReason,
                session.rulesOverrideReason));
        Instant oldCapsLiftAt = session.capsLiftAt;
        events.sessionChanging(session, request.venue(), parts);
        session.title = request.title();
        session.venue = request.venue();
        session.joiningInstructions = request.joiningInstructions();
        session.roomId = request.roomId();
        session.trainerOverrideReason = held.trainerOverrideReason();
        session.rulesOverrideReason = held.rulesOverrideReason();
        session.entryRequirements = held.entryRequirements();
        session.capacity = request.capacity();
        session.trainerHrIds.clear();
        session.trainerHrIds.addAll(request.trainerHrIds() == null ? List.of() : request.trainerHrIds());
        session.setParts(parts);
        applyPolicy(session, request.mixPolicy());
        waitlist.sessionChanged(session, oldCapsLiftAt);
        cascades.tookPlace(session);
        return session;
    }

    /**
     * Cancels a session that has not started, and every place on it, recording why and by whom; every attendee
     * and trainer is told why. Cancelling twice changes nothing (the first reason stays).
     */
    public TrainingSession cancel(String id, Cancellation why) {
        if (locks.lockSessions(List.of(id)).isEmpty()) {
            throw DomainException.notFound("Session", id);
        }
        TrainingSession session = TrainingSession.findById(id);
        if (session.status == SessionStatus.CANCELLED) {
            return session;
        }
        if (!clock.instant().isBefore(session.startsAt)) {
            throw DomainException.conflict("SESSION_STARTED", "Session started", "A session that has started cannot be cancelled");
        }
        session.status = SessionStatus.CANCELLED;
        session.cancelReason = why.reason();
        session.cancelNote = why.note();
        session.cancelledBy = why.by();
        session.cancelledAt = clock.instant();
        bookings.cancelAllOn(session, why);
        events.sessionCancelled(session);
        return session;
    }

    private static List<SessionPart> parts(Instant startsAt, Instant endsAt, List<PartTimes> parts) {
        List<SessionPart> result = new ArrayList<>();
        if (parts != null && !parts.isEmpty()) {
            if (startsAt != null || endsAt != null) {
                throw DomainException.invalid("parts", "give either startsAt/endsAt or parts");
            }
            for (int i = 0; i < parts.size(); i++) {
                PartTimes part = parts.get(i);
                if (!part.endsAt().isAfter(part.startsAt())) {
                    throw DomainException.invalid("parts[" + i + "].endsAt", "must be after startsAt");
                }
                if (i > 0 && part.startsAt().isBefore(result.get(i - 1).endsAt)) {
                    throw DomainException.invalid("parts[" + i + "].startsAt", "must not be before the previous part ends");
                }
                result.add(new SessionPart(part.startsAt(), part.endsAt()));
            }
            return result;
        }
        if (startsAt == null) {
            throw DomainException.invalid("startsAt", "give startsAt and endsAt, or parts");
        }
        if (endsAt == null) {
            throw DomainException.invalid("endsAt", "give startsAt and endsAt, or parts");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("endsAt", "must be after startsAt");
        }
        result.add(new SessionPart(startsAt, endsAt));
        return result;
    }

    private static void applyPolicy(TrainingSession session, MixPolicy policy) {
        MixPolicy p = policy == null ? MixPolicy.DEFAULTS : policy;
        session.maxAgencyShare = p.maxAgencyShare() == null ? DEFAULT_MAX_AGENCY_SHARE : p.maxAgencyShare();
        session.minAgencies = p.minAgencies() == null ? DEFAULT_MIN_AGENCIES : p.minAgencies();
        session.minSectors = p.minSectors() == null ? DEFAULT_MIN_SECTORS : p.minSectors();
        session.capsLiftAt = p.capsLiftAt() == null ? session.startsAt.minus(DEFAULT_CAPS_LIFT_BEFORE_START)
                : p.capsLiftAt();
    }

    private List<ModuleData> modules(List<String> refs, String field) {
        List<ModuleData> modules = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            String at = "moduleRefs".equals(field) ? field + "[" + i + "]" : field;
            ModuleData module = catalogue.module(ref).orElseThrow(() -> new UnknownModuleException(ref, at));
            if (module.retired()) {
                throw new DomainException(Kind.REFUSED, "MODULE_RETIRED", "Module retired", "Module '" + ref + "' is retired",
                        List.of(new FieldError(at, "retired module")), Map.of());
            }
            modules.add(module);
        }
        return modules;
    }

    /** The process of the modules other than IW01 (IW for IW01 alone); named by the coordinator when they span several. */
    private static TrainingProcess derivedProcess(List<ModuleData> modules, TrainingProcess named) {
        Set<TrainingProcess> processes = new LinkedHashSet<>();
        modules.stream().filter(m -> !TrainingProcess.INTRODUCTION.equals(m.ref()))
                .forEach(m -> processOf(m.process()).ifPresent(processes::add));
        if (processes.isEmpty()) {
            processes.add(TrainingProcess.IW);
        }
        if (processes.size() == 1) {
            TrainingProcess only = processes.iterator().next();
            if (named != null && named != only) {
                throw new DomainException(Kind.REFUSED, "PROCESS_MISMATCH", "Process mismatch", "The modules belong to process " + only,
                        List.of(new FieldError("process", "the modules belong to " + only)), Map.of());
            }
            return only;
        }
        if (named == null) {
            throw new DomainException(Kind.REFUSED, "PROCESS_REQUIRED", "Process required",
                    "The modules span processes " + processes + "; name the session's process",
                    List.of(new FieldError("process", "required when modules span several processes")), Map.of());
        }
        return named;
    }

    private static Optional<TrainingProcess> processOf(String code) {
        try {
            return Optional.ofNullable(code).map(TrainingProcess::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireAudienceWhereKeptApart(List<ModuleData> modules, Audience audience) {
        if (audience != null) {
            return;
        }
        modules.stream().filter(ModuleData::keepAudiencesApart).findFirst().ifPresent(m -> {
            throw new DomainException(Kind.REFUSED, "AUDIENCE_REQUIRED", "Audience required",
                    "Module " + m.ref() + " keeps its audiences apart: restrict the session to one audience",
                    List.of(new FieldError("audience", "required by " + m.ref())), Map.of());
        });
    }

    private static void requireKnownTrainers(List<String> trainerHrIds) {
        if (trainerHrIds == null || trainerHrIds.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(Person.<Person>list("hrId in ?1", trainerHrIds).stream().map(p -> p.hrId).toList());
        for (int i = 0; i < trainerHrIds.size(); i++) {
            if (!known.contains(trainerHrIds.get(i))) {
                throw new DomainException(Kind.REFUSED, "UNKNOWN_TRAINER", "Unknown trainer",
                        "No person '" + trainerHrIds.get(i) + "' is known",
                        List.of(new FieldError("trainerHrIds[" + i + "]", "unknown person")), Map.of());
            }
        }
    }
}
