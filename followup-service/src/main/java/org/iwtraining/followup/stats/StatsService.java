package org.iwtraining.followup.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Follow-up figures, computed by PostgreSQL in one pass over the cases (grouping sets). */
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

    private final EntityManager em;

    public StatsService(EntityManager em) {
        this.em = em;
    }

    public Stats stats() {
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
        return new Stats(overall, byModule, byAgency);
    }

    private static Double rounded(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
