package org.iwtraining.booking.cohorts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Agency;
import org.iwtraining.booking.AllocationStrategy;
import org.iwtraining.booking.Cohort;
import org.iwtraining.booking.CohortProposal;
import org.iwtraining.booking.CohortStatus;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.Sector;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.bookings.BookingRules;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.bookings.Candidate;
import org.iwtraining.booking.bookings.Refusal;
import org.iwtraining.booking.bookings.Verdict;
import org.iwtraining.booking.bookings.VerdictTable;
import org.iwtraining.booking.cohorts.allocation.Allocation;
import org.iwtraining.booking.cohorts.allocation.CandidateSession;
import org.iwtraining.booking.cohorts.allocation.CohortAllocator;
import org.iwtraining.booking.cohorts.allocation.Nominee;
import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.booking.sessions.SessionQueries;
import org.iwtraining.booking.sessions.SessionSnapshot;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.sql.Chunks;
import org.iwtraining.conventions.sql.ManyIds;
import org.jboss.logging.Logger;

/**
 * Cohorts: who of the nominees may book which candidate session is decided by {@link BookingRules} — the
 * same code as a single booking — then {@link CohortAllocator} shares the places out optimally. A proposal
 * books nothing; confirming it books every placement through {@link BookingService#confirmAll}, all or
 * nothing, under the same locks and invariants as a single booking.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    private static final Logger LOG = Logger.getLogger(CohortService.class);

    private final EntityManager em;
    private final BookingRules rules;
    private final SessionQueries sessions;
    private final BookingService bookings;
    private final Clock clock;
    private final Duration computeLimit;
    private final CohortAllocator allocator = new CohortAllocator();

    public CohortService(EntityManager em, BookingRules rules, SessionQueries sessions, BookingService bookings,
                         Clock clock, BookingConfig config) {
        this.em = em;
        this.rules = rules;
        this.sessions = sessions;
        this.bookings = bookings;
        this.clock = clock;
        this.computeLimit = config.cohorts().computeLimit();
    }

    /**
     * Runs under the default transaction timeout (a minute), like every write, whether it starts its own
     * transaction or joins the Idempotency-Key store's: 20,000 nominees × 250 sessions take seconds, and a
     * claim unfinished after a minute may be taken over by a retry anyway. An agency-bound asker (an agency
     * lead) nominates people of their own agency only: any other nominee, known or not, is refused (422
     * {@code NOMINEE_NOT_OWN_AGENCY} naming it) before anything is judged. The proposer's subject is stored.
     * A proposal still computing after {@code booking.cohorts.compute-limit} is refused (422 {@code COHORT_TOO_LARGE},
     * nothing stored) rather than left to the transaction timeout, which would answer 500 after all the work.
     */
    public Cohort propose(String name, List<String> nomineeIds, List<String> sessionIds, AllocationStrategy strategy,
                          Requester requester) {
        long started = System.nanoTime();
        BooleanSupplier overTime = () -> System.nanoTime() - started > computeLimit.toNanos();
        List<String> nominees = nomineeIds.stream().distinct().toList();
        Map<String, String> agencyOf = agencies(nominees);
        if (requester.agencyBound()) {
            checkOwnAgency(nomineeIds, agencyOf, requester);
        }
        List<SessionSnapshot> snapshots = sessions.snapshots(candidateSessions(sessionIds, clock.instant())).stream()
                .sorted(Comparator.comparing((SessionSnapshot s) -> s.session().startsAt)
                        .thenComparing(s -> s.session().id))
                .toList();
        Eligibility eligibility = eligibility(nominees, snapshots.stream().map(s -> s.session().id).toList());
        long rulesDone = System.nanoTime();
        if (overTime.getAsBoolean()) {
            throw tooLarge(nominees.size(), snapshots.size());
        }

        List<Nominee> allocatable = new ArrayList<>();
        for (int p = 0; p < nominees.size(); p++) {
            String person = nominees.get(p);
            if (agencyOf.containsKey(person)) {
                allocatable.add(new Nominee(person, agencyOf.get(person), eligibility.bookable(p)));
            }
        }
        Allocation allocation;
        try {
            allocation = allocator.allocate(snapshots.stream().map(CohortService::candidate).toList(), allocatable,
                    strategy, overTime);
        } catch (CohortAllocator.Stopped e) {
            throw tooLarge(nominees.size(), snapshots.size());
        }
        LOG.infof("cohort of %d nominees over %d sessions: rules %d ms, allocation %d ms", nominees.size(),
                snapshots.size(), (rulesDone - started) / 1_000_000, (System.nanoTime() - rulesDone) / 1_000_000);

        Map<String, String> reasons = new HashMap<>();
        allocation.unplaced().forEach(u -> reasons.put(u.personId(), u.reason().name()));
        for (int p = 0; p < nominees.size(); p++) {
            Set<Refusal> refusals = eligibility.refusals(p);
            if (!refusals.isEmpty()) {
                reasons.put(nominees.get(p), refusals.size() == 1 ? refusals.iterator().next().name() : "NO_ELIGIBLE_SESSION");
            }
        }
        List<CohortProposal.Unplaced> unplaced = reasons.entrySet().stream()
                .map(e -> new CohortProposal.Unplaced(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CohortProposal.Unplaced::personId)).toList();
        List<CohortProposal.Placement> placements = allocation.placements().stream()
                .map(p -> new CohortProposal.Placement(p.personId(), p.sessionId())).toList();

        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID().toString();
        cohort.name = name;
        cohort.strategy = strategy;
        cohort.status = CohortStatus.PROPOSED;
        cohort.placed = allocation.objective().placed();
        cohort.sumOfSquares = allocation.objective().sumOfSquares();
        cohort.proposal = new CohortProposal(placements, unplaced, mixes(snapshots, allocation, agencyOf));
        cohort.proposedBy = requester.subject();
        cohort.createdAt = clock.instant();
        cohort.computeMillis = (System.nanoTime() - started) / 1_000_000;
        cohort.persist();
        return cohort;
    }

    private DomainException tooLarge(int nominees, int sessionCount) {
        LOG.warnf("cohort of %d nominees over %d sessions refused: still computing after %s", nominees, sessionCount,
                computeLimit);
        return new DomainException(Kind.REFUSED, "COHORT_TOO_LARGE", "Cohort too large",
                "The proposal of " + nominees + " nominees over " + sessionCount + " sessions did not finish within "
                        + computeLimit.toSeconds() + " s; nothing was stored. Propose fewer nominees or sessions at once",
                List.of(), Map.of());
    }

    /** A cohort as a list shows it: no placements, which may run to thousands. */
    public record CohortSummary(String id, String name, CohortStatus status, AllocationStrategy strategy, int placed,
            Instant createdAt, Instant confirmedAt) {
    }

    /**
     * Cohorts newest first, to find a proposal whose id was lost: by status, and by a part of the name (any
     * case). An agency lead sees the cohorts they proposed only.
     */
    public Page<CohortSummary> list(CohortStatus status, String name, Requester requester, PageRequest page) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        if (name != null) {
            where.append(" and lower(c.name) like :name escape '\\'");
            params.put("name", "%" + name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (requester.agencyBound()) {
            where.append(" and c.proposedBy = :proposer");
            params.put("proposer", requester.subject());
        }
        Keyset.after(page).ifPresent(after -> {
            params.put("afterCreated", after.instant());
            params.put("afterId", after.id());
            where.append(" and (c.createdAt < :afterCreated or (c.createdAt = :afterCreated and c.id < :afterId))");
        });
        TypedQuery<CohortSummary> query = em.createQuery("select new " + CohortSummary.class.getName()
                + "(c.id, c.name, c.status, c.strategy, c.placed, c.createdAt, c.confirmedAt) from Cohort c " + where
                + " order by c.createdAt desc, c.id desc", CohortSummary.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return page.page(query.getResultList(), c -> Keyset.key(c.createdAt(), c.id()), c -> c);
    }

    /** A cohort, if the asker may see it: an agency lead sees the cohorts they proposed only. */
    public Optional<Cohort> find(String id, Requester requester) {
        return Cohort.<Cohort>findByIdOptional(id).filter(c -> requester.owns(c.proposedBy));
    }

    /**
     * Books every placement in this transaction; a placement that no longer fits undoes them all (409). An agency
     * lead confirms the cohorts they proposed only (another's is 404).
     */
    public Cohort confirm(String id, Requester requester) {
        Cohort cohort = locked(id, requester);
        if (cohort.status == CohortStatus.CONFIRMED) {
            throw DomainException.conflict("COHORT_CONFIRMED", "Cohort already confirmed",
                    "This cohort's placements are already booked");
        }
        if (cohort.proposal.placements().isEmpty()) {
            throw new DomainException(Kind.REFUSED, "COHORT_EMPTY", "Nothing to book",
                    "The proposal places nobody: see why each nominee is unplaced, then propose again", List.of(),
                    Map.of());
        }
        bookings.confirmAll(cohort.proposal.placements().stream()
                .map(p -> new Candidate(p.personId(), p.sessionId())).toList());
        cohort.status = CohortStatus.CONFIRMED;
        cohort.confirmedAt = clock.instant();
        return cohort;
    }

    /** Drops a proposal; a confirmed cohort's places are bookings, cancelled one by one. Agency leads: as confirm. */
    public void delete(String id, Requester requester) {
        Cohort cohort = locked(id, requester);
        if (cohort.status == CohortStatus.CONFIRMED) {
            throw DomainException.conflict("COHORT_CONFIRMED", "Cohort already confirmed",
                    "A confirmed cohort's places are bookings; cancel them one by one");
        }
        cohort.delete();
    }

    private static Cohort locked(String id, Requester requester) {
        return Cohort.<Cohort>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> requester.owns(c.proposedBy))
                .orElseThrow(() -> DomainException.notFound("Cohort", id));
    }

    /** Every nominee must be a person of the asker's agency; an unknown id is refused the same way. */
    private static void checkOwnAgency(List<String> nomineeIds, Map<String, String> agencyOf, Requester requester) {
        for (int i = 0; i < nomineeIds.size(); i++) {
            if (!agencyOf.containsKey(nomineeIds.get(i)) || !requester.sees(agencyOf.get(nomineeIds.get(i)))) {
                throw new DomainException(Kind.REFUSED, "NOMINEE_NOT_OWN_AGENCY", "Nominee not of your agency",
                        "An agency lead nominates people of their own agency only",
                        List.of(new FieldError("nominees[" + i + "]", "not a person of your agency")), Map.of());
            }
        }
    }

    /**
     * The candidate sessions, each named once and still open to booking: an unknown one, one named twice, and one
     * that has started or was cancelled are refused (422 naming {@code sessions[i]}) rather than silently dropped.
     */
    private static List<TrainingSession> candidateSessions(List<String> sessionIds, Instant now) {
        Map<String, TrainingSession> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(sessionIds.stream().distinct().toList())) {
            TrainingSession.<TrainingSession>list("id in ?1", chunk).forEach(s -> found.put(s.id, s));
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < sessionIds.size(); i++) {
            String id = sessionIds.get(i);
            TrainingSession session = found.get(id);
            if (session == null) {
                throw candidateRefused("UNKNOWN_SESSION", "Unknown session", "No session has id " + id, i,
                        "unknown session");
            }
            if (!named.add(id)) {
                throw candidateRefused("DUPLICATE_SESSION", "Session named twice", "Session " + id
                        + " is named more than once", i, "names the same session as an earlier entry");
            }
            if (session.status == SessionStatus.CANCELLED || !now.isBefore(session.startsAt)) {
                throw candidateRefused("SESSION_CLOSED", "Session closed", "Session " + id
                        + " has started or was cancelled: nobody can be placed on it", i, "has started or was cancelled");
            }
        }
        return sessionIds.stream().map(found::get).toList();
    }

    private static DomainException candidateRefused(String code, String title, String detail, int index, String message) {
        return new DomainException(Kind.REFUSED, code, title, detail,
                List.of(new FieldError("sessions[" + index + "]", message)), Map.of());
    }

    /**
     * Every nominee against every session, by the booking rules: once per profile of equal facts, whose nominees
     * share one set of bookable sessions (the allocator groups them by it) and one set of refusals.
     */
    private Eligibility eligibility(List<String> nominees, List<String> sessionIds) {
        VerdictTable verdicts = rules.checkAll(nominees, sessionIds);
        List<Set<String>> bookable = new ArrayList<>(verdicts.profiles());
        List<Set<Refusal>> refusals = new ArrayList<>(verdicts.profiles());
        for (int profile = 0; profile < verdicts.profiles(); profile++) {
            List<String> sessions = new ArrayList<>();
            Set<Refusal> refused = EnumSet.noneOf(Refusal.class);
            for (int s = 0; s < sessionIds.size(); s++) {
                Verdict verdict = verdicts.profileVerdict(profile, s);
                if (verdict.bookable()) {
                    sessions.add(sessionIds.get(s));
                } else {
                    refused.add(verdict.refusal());
                }
            }
            bookable.add(Set.copyOf(sessions));
            refusals.add(sessions.isEmpty() ? refused : Set.of());
        }
        return new Eligibility(verdicts, bookable, refusals);
    }

    /**
     * Who may book what, and for those who may book nothing, every refusal they met; by profile. The sets are
     * immutable and shared, so a {@link Nominee} keeps the instance rather than copying it.
     */
    private record Eligibility(VerdictTable verdicts, List<Set<String>> byProfile, List<Set<Refusal>> refusalsByProfile) {

        /** The sessions the {@code p}-th nominee may book. */
        Set<String> bookable(int p) {
            return byProfile.get(verdicts.profileOf(p));
        }

        /** Every refusal the {@code p}-th nominee met, when they may book no session; empty otherwise. */
        Set<Refusal> refusals(int p) {
            return refusalsByProfile.get(verdicts.profileOf(p));
        }
    }

    /** Read as rows, not entities, in one query: thousands of people need not be dirty-checked when the cohort is stored. */
    private Map<String, String> agencies(List<String> personIds) {
        Map<String, String> agencyOf = new HashMap<>();
        List<?> rows = em.createNativeQuery("select hr_id, agency_code from person where hr_id = any(?1)")
                .setParameter(1, ManyIds.of(personIds)).getResultList();
        rows.forEach(row -> agencyOf.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        return agencyOf;
    }

    private static CandidateSession candidate(SessionSnapshot snapshot) {
        TrainingSession session = snapshot.session();
        return new CandidateSession(session.id, session.startsAt, session.capacity - snapshot.confirmed(),
                snapshot.confirmedByAgency(),
                snapshot.capsLifted() ? OptionalInt.empty() : OptionalInt.of(snapshot.agencyCap()));
    }

    private static List<CohortProposal.SessionMix> mixes(List<SessionSnapshot> snapshots, Allocation allocation,
                                                       Map<String, String> agencyOf) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Sector> sectorOf = new HashMap<>();
        for (SessionSnapshot snapshot : snapshots) {
            counts.put(snapshot.session().id, new TreeMap<>(snapshot.confirmedByAgency()));
            sectorOf.putAll(snapshot.sectorOf());
        }
        for (Allocation.Placement placement : allocation.placements()) {
            counts.get(placement.sessionId()).merge(agencyOf.get(placement.personId()), 1, Integer::sum);
        }
        Set<String> unknownSectors = counts.values().stream().flatMap(m -> m.keySet().stream())
                .filter(code -> !sectorOf.containsKey(code)).collect(Collectors.toSet());
        for (List<String> chunk : Chunks.of(new ArrayList<>(unknownSectors))) {
            Agency.<Agency>list("code in ?1", chunk).forEach(a -> sectorOf.put(a.code, a.sector));
        }
        List<CohortProposal.SessionMix> mixes = new ArrayList<>();
        for (SessionSnapshot snapshot : snapshots) {
            TrainingSession session = snapshot.session();
            Map<String, Integer> agencies = counts.get(session.id);
            int sectors = (int) agencies.keySet().stream().map(sectorOf::get).distinct().count();
            boolean atRisk = agencies.size() < session.minAgencies || sectors < session.minSectors;
            mixes.add(new CohortProposal.SessionMix(session.id, agencies, agencies.size(), sectors,
                    agencies.values().stream().mapToInt(Integer::intValue).sum(), session.capacity,
                    atRisk ? "AT_RISK" : "OK"));
        }
        return mixes;
    }
}
