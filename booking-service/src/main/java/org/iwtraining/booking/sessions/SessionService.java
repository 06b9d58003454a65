package org.iwtraining.booking.sessions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Sector;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.attendance.CascadeDetection;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.bookings.Refusal;
import org.iwtraining.booking.bookings.SessionLocks;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CourseData;
import org.iwtraining.booking.client.ModuleData;
import org.iwtraining.booking.client.UnknownModuleException;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.booking.rest.MixPolicyRequest;
import org.iwtraining.booking.rest.PartRequest;
import org.iwtraining.booking.rest.SessionRequest;
import org.iwtraining.booking.rest.SessionUpdateRequest;
import org.iwtraining.booking.service.Zones;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.FieldError;

/** Sessions: created from catalogue modules or a course, changed under If-Match, cancelled, listed with counts. */
@ApplicationScoped
@Transactional
public class SessionService {

    static final BigDecimal DEFAULT_MAX_AGENCY_SHARE = new BigDecimal("0.4");
    static final int DEFAULT_MIN_AGENCIES = 3;
    static final int DEFAULT_MIN_SECTORS = 2;
    static final Duration DEFAULT_CAPS_LIFT_BEFORE_START = Duration.ofDays(7);
    private static final String INTRODUCTION = "IW01";

    private final EntityManager em;
    private final CatalogueClient catalogue;
    private final BookingService bookings;
    private final SessionLocks locks;
    private final Clock clock;
    private final OutboxEvents events;
    private final CascadeDetection cascades;

    public SessionService(EntityManager em, CatalogueClient catalogue, BookingService bookings, SessionLocks locks, Clock clock,
            OutboxEvents events, CascadeDetection cascades) {
        this.em = em;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.locks = locks;
        this.clock = clock;
        this.events = events;
        this.cascades = cascades;
    }

    public TrainingSession create(SessionRequest request) {
        List<SessionPart> parts = parts(request.startsAt(), request.endsAt(), request.parts());
        boolean byCourse = request.courseId() != null && !request.courseId().isBlank();
        boolean byModules = request.moduleRefs() != null && !request.moduleRefs().isEmpty();
        if (byCourse == byModules) {
            throw ApiException.invalidField("moduleRefs", "give either courseId or moduleRefs");
        }
        if (byModules && new HashSet<>(request.moduleRefs()).size() != request.moduleRefs().size()) {
            throw ApiException.invalidField("moduleRefs", "lists a module twice");
        }
        requireKnownTrainers(request.trainerHrIds());
        TrainingSession session = new TrainingSession();
        if (byCourse) {
            CourseData course = catalogue.course(request.courseId()).orElseThrow(() -> new ApiException(422,
                    "UNKNOWN_COURSE", "Unknown course", "The catalogue has no course '" + request.courseId() + "'",
                    List.of(new FieldError("courseId", "unknown course")), Map.of()));
            List<ModuleData> modules = modules(course.modules(), "courseId");
            session.courseId = course.id();
            session.moduleRefs.addAll(course.modules());
            session.process = processOf(course.process()).orElseGet(() -> derivedProcess(modules, request.process()));
            requireAudienceWhereKeptApart(modules, request.audience());
        } else {
            List<ModuleData> modules = modules(request.moduleRefs(), "moduleRefs");
            session.moduleRefs.addAll(request.moduleRefs());
            session.process = derivedProcess(modules, request.process());
            requireAudienceWhereKeptApart(modules, request.audience());
        }
        session.id = UUID.randomUUID().toString();
        session.title = request.title();
        session.venue = request.venue();
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

    public TrainingSession update(String id, String ifMatch, SessionUpdateRequest request) {
        List<SessionPart> parts = parts(request.startsAt(), request.endsAt(), request.parts());
        if (locks.lockSessions(List.of(id)).isEmpty()) {
            throw ApiException.notFound("Session", id);
        }
        TrainingSession session = TrainingSession.findById(id);
        Preconditions.requireIfMatch(ifMatch, session.version);
        if (session.status == SessionStatus.CANCELLED) {
            throw Refusal.SESSION_CLOSED.toException(List.of());
        }
        int confirmed = bookings.confirmedByAgency(id).values().stream().mapToInt(Integer::intValue).sum();
        if (request.capacity() < confirmed) {
            throw new ApiException(409, "CAPACITY_BELOW_CONFIRMED", "Capacity below confirmed places",
                    "The session already has " + confirmed + " confirmed places; confirmed places are never removed",
                    List.of(new FieldError("capacity", "below the " + confirmed + " confirmed places")), Map.of());
        }
        requireKnownTrainers(request.trainerHrIds());
        Instant oldCapsLiftAt = session.capsLiftAt;
        events.sessionChanging(session, request.venue(), parts);
        session.title = request.title();
        session.venue = request.venue();
        session.capacity = request.capacity();
        session.trainerHrIds.clear();
        session.trainerHrIds.addAll(request.trainerHrIds() == null ? List.of() : request.trainerHrIds());
        session.setParts(parts);
        applyPolicy(session, request.mixPolicy());
        if (!session.capsLiftAt.equals(oldCapsLiftAt)) {
            session.capsLifted = false;
        }
        em.flush();
        bookings.promote(session, clock.instant());
        cascades.tookPlace(session);
        return session;
    }

    /** Cancels a session that has not started, and every place on it; cancelling twice changes nothing. */
    public TrainingSession cancel(String id) {
        if (locks.lockSessions(List.of(id)).isEmpty()) {
            throw ApiException.notFound("Session", id);
        }
        TrainingSession session = TrainingSession.findById(id);
        if (session.status == SessionStatus.CANCELLED) {
            return session;
        }
        if (!clock.instant().isBefore(session.startsAt)) {
            throw new ApiException(409, "SESSION_STARTED", "Session started", "A session that has started cannot be cancelled");
        }
        session.status = SessionStatus.CANCELLED;
        bookings.cancelAllOn(session);
        return session;
    }

    public Optional<SessionSnapshot> snapshot(String id) {
        return TrainingSession.<TrainingSession>findByIdOptional(id).map(s -> snapshots(List.of(s)).get(0));
    }

    /** Snapshots of many sessions with one counting query, in the order given. */
    public List<SessionSnapshot> snapshots(List<TrainingSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> confirmed = new HashMap<>();
        Map<String, Map<String, Sector>> sectors = new HashMap<>();
        Map<String, Integer> waitlisted = new HashMap<>();
        List<Object[]> rows = em.createQuery("select b.sessionId, b.agencyCode, a.sector, b.status, count(b) "
                + "from Booking b, Agency a where a.code = b.agencyCode and b.sessionId in ?1 and b.status in ?2 "
                + "group by b.sessionId, b.agencyCode, a.sector, b.status", Object[].class)
                .setParameter(1, sessions.stream().map(s -> s.id).toList())
                .setParameter(2, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)).getResultList();
        for (Object[] row : rows) {
            String sessionId = (String) row[0];
            int count = ((Number) row[4]).intValue();
            if (row[3] == BookingStatus.CONFIRMED) {
                confirmed.computeIfAbsent(sessionId, k -> new TreeMap<>()).put((String) row[1], count);
                sectors.computeIfAbsent(sessionId, k -> new TreeMap<>()).put((String) row[1], (Sector) row[2]);
            } else {
                waitlisted.merge(sessionId, count, Integer::sum);
            }
        }
        Instant now = clock.instant();
        return sessions.stream().map(s -> new SessionSnapshot(s, confirmed.getOrDefault(s.id, Map.of()),
                sectors.getOrDefault(s.id, Map.of()), waitlisted.getOrDefault(s.id, 0), !s.capsHold(now))).toList();
    }

    /** Sessions by start, then id; filters are optional. Dates are local-authority days (Europe/London). */
    public Page<SessionSnapshot> list(String module, TrainingProcess process, LocalDate from, LocalDate to,
            Boolean hasSpace, String trainer, PageRequest page) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (module != null) {
            where.append(" and :module member of s.moduleRefs");
            params.put("module", module);
        }
        if (trainer != null) {
            where.append(" and :trainer member of s.trainerHrIds");
            params.put("trainer", trainer);
        }
        if (process != null) {
            where.append(" and s.process = :process");
            params.put("process", process);
        }
        if (from != null) {
            where.append(" and s.startsAt >= :from");
            params.put("from", from.atStartOfDay(Zones.LONDON).toInstant());
        }
        if (to != null) {
            where.append(" and s.startsAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(Zones.LONDON).toInstant());
        }
        if (hasSpace != null) {
            where.append(" and s.status = :scheduled and (select count(b) from Booking b where b.sessionId = s.id "
                    + "and b.status = :confirmed) ").append(hasSpace ? "<" : ">=").append(" s.capacity");
            params.put("scheduled", SessionStatus.SCHEDULED);
            params.put("confirmed", BookingStatus.CONFIRMED);
        }
        if (page.after() != null) {
            String[] key = page.after().split("\\|", 2);
            try {
                params.put("afterStart", Instant.parse(key[0]));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw ApiException.invalidField("cursor", "is not a cursor this service issued");
            }
            params.put("afterId", key.length > 1 ? key[1] : "");
            where.append(" and (s.startsAt > :afterStart or (s.startsAt = :afterStart and s.id > :afterId))");
        }
        TypedQuery<TrainingSession> query = em.createQuery("select s from TrainingSession s " + where
                + " order by s.startsAt, s.id", TrainingSession.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        List<TrainingSession> rows = query.getResultList();
        Page<TrainingSession> sessions = page.page(rows, s -> s.startsAt + "|" + s.id, s -> s);
        return new Page<>(snapshots(sessions.items()), sessions.next());
    }

    private static List<SessionPart> parts(OffsetDateTime startsAt, OffsetDateTime endsAt, List<PartRequest> parts) {
        List<SessionPart> result = new ArrayList<>();
        if (parts != null && !parts.isEmpty()) {
            if (startsAt != null || endsAt != null) {
                throw ApiException.invalidField("parts", "give either startsAt/endsAt or parts");
            }
            for (int i = 0; i < parts.size(); i++) {
                PartRequest part = parts.get(i);
                if (!part.endsAt().isAfter(part.startsAt())) {
                    throw ApiException.invalidField("parts[" + i + "].endsAt", "must be after startsAt");
                }
                if (i > 0 && part.startsAt().toInstant().isBefore(result.get(i - 1).endsAt)) {
                    throw ApiException.invalidField("parts[" + i + "].startsAt", "must not be before the previous part ends");
                }
                result.add(new SessionPart(part.startsAt().toInstant(), part.endsAt().toInstant()));
            }
            return result;
        }
        if (startsAt == null) {
            throw ApiException.invalidField("startsAt", "give startsAt and endsAt, or parts");
        }
        if (endsAt == null) {
            throw ApiException.invalidField("endsAt", "give startsAt and endsAt, or parts");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw ApiException.invalidField("endsAt", "must be after startsAt");
        }
        result.add(new SessionPart(startsAt.toInstant(), endsAt.toInstant()));
        return result;
    }

    private static void applyPolicy(TrainingSession session, MixPolicyRequest policy) {
        MixPolicyRequest p = policy == null ? new MixPolicyRequest(null, null, null, null) : policy;
        session.maxAgencyShare = p.maxAgencyShare() == null ? DEFAULT_MAX_AGENCY_SHARE : p.maxAgencyShare();
        session.minAgencies = p.minAgencies() == null ? DEFAULT_MIN_AGENCIES : p.minAgencies();
        session.minSectors = p.minSectors() == null ? DEFAULT_MIN_SECTORS : p.minSectors();
        session.capsLiftAt = p.capsLiftAt() == null ? session.startsAt.minus(DEFAULT_CAPS_LIFT_BEFORE_START)
                : p.capsLiftAt().toInstant();
    }

    private List<ModuleData> modules(List<String> refs, String field) {
        List<ModuleData> modules = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            String at = "moduleRefs".equals(field) ? field + "[" + i + "]" : field;
            ModuleData module = catalogue.module(ref).orElseThrow(() -> new UnknownModuleException(ref, at));
            if (module.retired()) {
                throw new ApiException(422, "MODULE_RETIRED", "Module retired", "Module '" + ref + "' is retired",
                        List.of(new FieldError(at, "retired module")), Map.of());
            }
            modules.add(module);
        }
        return modules;
    }

    /** The process of the modules other than IW01 (IW for IW01 alone); named by the coordinator when they span several. */
    private static TrainingProcess derivedProcess(List<ModuleData> modules, TrainingProcess named) {
        Set<TrainingProcess> processes = new LinkedHashSet<>();
        modules.stream().filter(m -> !INTRODUCTION.equals(m.ref()))
                .forEach(m -> processOf(m.process()).ifPresent(processes::add));
        if (processes.isEmpty()) {
            processes.add(TrainingProcess.IW);
        }
        if (processes.size() == 1) {
            TrainingProcess only = processes.iterator().next();
            if (named != null && named != only) {
                throw new ApiException(422, "PROCESS_MISMATCH", "Process mismatch", "The modules belong to process " + only,
                        List.of(new FieldError("process", "the modules belong to " + only)), Map.of());
            }
            return only;
        }
        if (named == null) {
            throw new ApiException(422, "PROCESS_REQUIRED", "Process required",
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
            throw new ApiException(422, "AUDIENCE_REQUIRED", "Audience required",
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
                throw new ApiException(422, "UNKNOWN_TRAINER", "Unknown trainer",
                        "No person '" + trainerHrIds.get(i) + "' is known",
                        List.of(new FieldError("trainerHrIds[" + i + "]", "unknown person")), Map.of());
            }
        }
    }
}
