package org.iwtraining.followup.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.access.Reach;
import org.iwtraining.followup.access.Reaches;
import org.iwtraining.followup.access.Requester;

/**
 * Follow-up figures, computed by PostgreSQL: one pass over the cases with grouping sets for the per-module and
 * per-agency figures, one for the cycle's counts, and the reach of the cascades kept.
 */
@ApplicationScoped
@Transactional
public class StatsService {

    private static final String FIGURES = """
            SELECT module_ref, agency_code, GROUPING(module_ref) AS by_module, GROUPING(agency_code) AS by_agency,
                   count(*) FILTER (WHERE status = 'OPEN'),
                   count(*) FILTER (WHERE status = 'CLOSED'),
                   avg(call_number - 1) FILTER (WHERE status = 'CLOSED'),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY cascade_started_on - training_ended_on)
                       FILTER (WHERE status = 'CLOSED' AND cascade_started_on IS NOT NULL)
            FROM followup_case
            GROUP BY GROUPING SETS ((), (module_ref), (agency_code))
            ORDER BY by_module DESC, by_agency DESC, module_ref, agency_code
            """;

    private static final String CYCLE = """
            SELECT count(*) FILTER (WHERE closed_reason = 'CASCADE_STARTED'),
                   count(*) FILTER (WHERE closed_reason = 'CASCADE_SESSION'),
                   count(*) FILTER (WHERE closed_reason = 'LEFT'),
                   count(*) FILTER (WHERE closed_reason = 'REVOKED'),
                   count(*) FILTER (WHERE closed_reason = 'CLOSED_BY_ADMIN'),
                   count(*) FILTER (WHERE closed_reason = 'ERASED'),
                   count(*) FILTER (WHERE call_number > 1),
                   count(*) FILTER (WHERE status = 'OPEN' AND CAST(:today AS date) - training_ended_on < 14),
                   count(*) FILTER (WHERE status = 'OPEN' AND CAST(:today AS date) - training_ended_on >= 14
                                    AND CAST(:today AS date) - training_ended_on < 28),
                   count(*) FILTER (WHERE status = 'OPEN' AND CAST(:today AS date) - training_ended_on >= 28
                                    AND CAST(:today AS date) - training_ended_on < 56),
                   count(*) FILTER (WHERE status = 'OPEN' AND CAST(:today AS date) - training_ended_on >= 56),
                   count(*) FILTER (WHERE status = 'OPEN' AND phase = 'STALLED'),
                   count(*) FILTER (WHERE stalled_on IS NOT NULL),
                   percentile_cont(0.5) WITHIN GROUP
                       (ORDER BY least(cascade_detected_on, cascade_started_on) - training_ended_on)
                       FILTER (WHERE least(cascade_detected_on, cascade_started_on) IS NOT NULL)
            FROM followup_case
            """;

    /** The funnel's four steps in one pass, overall, by module and by agency (a case without an agency is in none). */
    private static final String FUNNEL = """
            SELECT module_ref, agency_code, GROUPING(module_ref) AS by_module, GROUPING(agency_code) AS by_agency,
                   count(*),
                   count(*) FILTER (WHERE call_number > 1),
                   count(*) FILTER (WHERE coalesce(cascade_started_on, cascade_detected_on) IS NOT NULL),
                   coalesce(sum(colleagues_reached), 0)
            FROM followup_case
            WHERE closed_reason IS DISTINCT FROM 'REVOKED'
            GROUP BY GROUPING SETS ((), (module_ref), (agency_code))
            ORDER BY by_module DESC, by_agency DESC, module_ref, agency_code
            """;

    /** Open cases whose reach falls short of their target pro rata (as FollowupCase.behindTarget). */
    private static final String BEHIND_TARGET = """
            SELECT id FROM followup_case
            WHERE status = 'OPEN' AND target_colleagues IS NOT NULL AND colleagues_reached < target_colleagues
              AND (CAST(:today AS date) >= target_by
                   OR CAST(colleagues_reached AS bigint) * (target_by - training_ended_on)
                      < CAST(target_colleagues AS bigint) * (CAST(:today AS date) - training_ended_on))
            ORDER BY id
            """;

    private final EntityManager em;
    private final Clock clock;
    private final Reaches reaches;

    public StatsService(EntityManager em, Clock clock, Reaches reaches) {
        this.em = em;
        this.clock = clock;
        this.reaches = reaches;
    }

    public Stats stats() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        Figures overall = Figures.NONE;
        Map<String, Figures> byModule = new LinkedHashMap<>();
        Map<String, Figures> byAgency = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIGURES).getResultList();
        for (Object[] row : rows) {
            Figures figures = new Figures(((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(), rounded(row[6]), rounded(row[7]));
            boolean allModules = ((Number) row[2]).intValue() == 1;
            boolean allAgencies = ((Number) row[3]).intValue() == 1;
            if (allModules && allAgencies) {
                overall = figures;
            } else if (allAgencies) {
                byModule.put((String) row[0], figures);
            } else {
                byAgency.put((String) row[1], figures);
            }
        }
        Object[] cycle = (Object[]) em.createNativeQuery(CYCLE).setParameter("today", today).getSingleResult();
        long[] n = new long[13];
        for (int i = 0; i < 13; i++) {
            n[i] = ((Number) cycle[i]).longValue();
        }
        Stats.Closures closures = new Stats.Closures(n[0] + n[1], n[0], n[1], n[2], n[3], n[4], n[5]);
        Map<String, Long> age = new LinkedHashMap<>();
        age.put("0-2", n[7]);
        age.put("2-4", n[8]);
        age.put("4-8", n[9]);
        age.put("8+", n[10]);
        @SuppressWarnings("unchecked")
        List<String> behind = em.createNativeQuery(BEHIND_TARGET).setParameter("today", today).getResultList();
        return new Stats(overall, byModule, byAgency, closures, n[6], age, n[11], n[12], rounded(cycle[13]),
                behind.size(), behind, reach());
    }

    public Funnel funnel() {
        Funnel.Steps overall = Funnel.Steps.NONE;
        Map<String, Funnel.Steps> byModule = new LinkedHashMap<>();
        Map<String, Funnel.Steps> byAgency = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FUNNEL).getResultList();
        for (Object[] row : rows) {
            Funnel.Steps steps = new Funnel.Steps(((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue(), ((Number) row[7]).longValue());
            boolean allModules = ((Number) row[2]).intValue() == 1;
            boolean allAgencies = ((Number) row[3]).intValue() == 1;
            if (allModules && allAgencies) {
                overall = steps;
            } else if (allAgencies) {
                byModule.put((String) row[0], steps);
            } else if (row[1] != null) {
                byAgency.put((String) row[1], steps);
            }
        }
        return new Funnel(overall, byModule, byAgency);
    }

    private Stats.Reach reach() {
        Object[] total = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(attendees), 0) FROM cascade")
                .getSingleResult();
        Map<String, Stats.Count> byModule = counts(em.createNativeQuery("""
                SELECT module_ref, count(*), coalesce(sum(attendees), 0) FROM (
                    SELECT DISTINCT c.module_ref, k.id, k.attendees FROM cascade k
                    JOIN case_cascade cc ON cc.cascade_id = k.id JOIN followup_case c ON c.id = cc.case_id) m
                GROUP BY module_ref ORDER BY module_ref""").getResultList());
        Map<String, Stats.Count> byProcess = counts(em.createNativeQuery("""
                SELECT process, count(*), coalesce(sum(attendees), 0) FROM cascade GROUP BY process ORDER BY process""")
                .getResultList());
        return new Stats.Reach(new Stats.Count(((Number) total[0]).longValue(), ((Number) total[1]).longValue()),
                byModule, byProcess, sums("by_agency", null), sums("by_sector", null));
    }

    /** Cascades by a JSON column's keys (attendees by agency or sector), all or one person's. */
    private Map<String, Long> sums(String column, String personId) {
        String where = personId == null ? "" : " WHERE k.person_id = :person";
        var query = em.createNativeQuery("SELECT e.key, sum(CAST(e.value AS bigint)) FROM cascade k, jsonb_each_text(k."
                + column + ") e" + where + " GROUP BY e.key ORDER BY e.key");
        if (personId != null) {
            query.setParameter("person", personId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> sums = new LinkedHashMap<>();
        rows.forEach(r -> sums.put((String) r[0], ((Number) r[1]).longValue()));
        return sums;
    }

    private static Map<String, Stats.Count> counts(List<?> rows) {
        Map<String, Stats.Count> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new Stats.Count(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counts;
    }

    /**
     * What a trainer's cascades reached; a caller asks only about a trainer with a case assigned to them. Empty
     * when followup-service knows neither a case nor a cascade of the person (or the caller may not see them).
     */
    public Optional<TrainerReach> reach(String personId, Requester requester) {
        Reach reach = reaches.reading(requester);
        List<FollowupCase> cases = FollowupCase.list("personId", personId);
        boolean visible = reach.everything() ? true : cases.stream().anyMatch(c -> reach.covers(c.callerId));
        if (!visible) {
            return Optional.empty();
        }
        Object[] total = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE source = 'BOOKING'), "
                + "coalesce(sum(attendees), 0) FROM cascade WHERE person_id = :person").setParameter("person", personId)
                .getSingleResult();
        long sessions = ((Number) total[0]).longValue();
        if (cases.isEmpty() && sessions == 0) {
            return Optional.empty();
        }
        Map<String, Stats.Count> byProcess = counts(em.createNativeQuery("SELECT process, count(*), "
                + "coalesce(sum(attendees), 0) FROM cascade WHERE person_id = :person GROUP BY process ORDER BY process")
                .setParameter("person", personId).getResultList());
        return Optional.of(new TrainerReach(personId, sessions, ((Number) total[1]).longValue(),
                ((Number) total[2]).longValue(), sums("by_agency", personId), sums("by_sector", personId), byProcess));
    }

    private static Double rounded(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
