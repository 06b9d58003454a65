package org.iwtraining.booking.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Requester;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.time.Zones;

/**
 * The figures a children's trust board asks for (issue 13), each one SQL aggregate over the period: nothing is
 * loaded row by row into Java. Days are Europe/London; a session belongs to the period of its first part's day.
 * An agency-bound asker (an agency lead) gets every report limited to their own agency.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** A period may span ten years at most: the reports are for boards, not archaeology. */
    private static final int MAX_YEARS = 10;

    private final EntityManager em;
    private final Clock clock;

    public ReportService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The period from the days asked for, each defaulting to this calendar year's first or last day (Europe/London). */
    public Period period(LocalDate from, LocalDate to) {
        int year = clock.instant().atZone(Zones.LONDON).getYear();
        return new Period(from == null ? LocalDate.of(year, 1, 1) : from, to == null ? LocalDate.of(year, 12, 31) : to);
    }

    /** The period asked for: [from, to] as days, checked. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (from.isAfter(to)) {
                throw DomainException.invalid("to", "must not be before from");
            }
            if (from.plusYears(MAX_YEARS).isBefore(to)) {
                throw DomainException.invalid("to", "a period spans " + MAX_YEARS + " years at most");
            }
        }

        Instant start() {
            return from.atStartOfDay(Zones.LONDON).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(Zones.LONDON).toInstant();
        }
    }

    public List<CompletionFigures> completions(Period period, ReportGrouping by, Requester requester) {
        Optional<String> scope = requester.agencyScope();
        String agencyFilter = scope.isPresent() ? " and p.agency_code = ?3" : "";
        String group = by.column();
        Query query = em.createNativeQuery("with people as (select " + group + " as grp, count(*) as n from person p "
                + "join agency a on a.code = p.agency_code where p.left_at is null" + agencyFilter + " group by 1), "
                + "trained as (select " + group + " as grp, c.module_ref, count(distinct c.person_id) as n, "
                + "count(distinct c.person_id) filter (where p.left_at is null) as staying "
                + "from completion c join person p on p.hr_id = c.person_id join agency a on a.code = p.agency_code "
                + "where c.completed_on between ?1 and ?2" + agencyFilter + " group by 1, 2) "
                + "select t.grp, t.module_ref, t.n, coalesce(pe.n, 0), t.staying from trained t "
                + "left join people pe on pe.grp = t.grp order by 1, 2")
                .setParameter(1, period.from()).setParameter(2, period.to());
        scope.ifPresent(agency -> query.setParameter(3, agency));
        return rows(query).stream().map(r -> {
            long people = number(r[3]);
            return new CompletionFigures((String) r[0], (String) r[1], number(r[2]), people, ratio(number(r[4]), people));
        }).toList();
    }

    public List<SessionFigures> sessions(Period period, Requester requester) {
        Optional<String> scope = requester.agencyScope();
        Query query = em.createNativeQuery("with s as (select id, title, starts_at, status, capacity, min_agencies, min_sectors "
                + "from training_session where starts_at >= ?1 and starts_at < ?2), "
                + "places as (select b.session_id, count(*) filter (where b.status = 'CONFIRMED') as confirmed, "
                + "count(*) filter (where b.late_cancellation) as late from booking b join s on s.id = b.session_id"
                + (scope.isPresent() ? " where b.agency_code = ?3" : "") + " group by 1), "
                + "mix as (select b.session_id, count(distinct b.agency_code) as agencies, count(distinct a.sector) as sectors "
                + "from booking b join s on s.id = b.session_id join agency a on a.code = b.agency_code "
                + "where b.status = 'CONFIRMED' group by 1), "
                + "came as (select t.session_id, count(*) filter (where t.status = 'ATTENDED') as attended, "
                + "count(*) filter (where t.status = 'PARTIAL') as partial, count(*) filter (where t.status = 'NO_SHOW') as no_shows "
                + "from attendance t join s on s.id = t.session_id"
                + (scope.isPresent() ? " join person p on p.hr_id = t.person_id where p.agency_code = ?3" : "") + " group by 1) "
                + "select s.id, s.title, s.starts_at, s.status, s.capacity, coalesce(pl.confirmed, 0), coalesce(c.attended, 0), "
                + "coalesce(c.partial, 0), coalesce(c.no_shows, 0), coalesce(pl.late, 0), coalesce(m.agencies, 0), "
                + "coalesce(m.sectors, 0), s.min_agencies, s.min_sectors from s left join places pl on pl.session_id = s.id "
                + "left join mix m on m.session_id = s.id left join came c on c.session_id = s.id order by s.starts_at, s.id")
                .setParameter(1, period.start()).setParameter(2, period.end());
        scope.ifPresent(agency -> query.setParameter(3, agency));
        return rows(query).stream().map(r -> {
            int capacity = ((Number) r[4]).intValue();
            long confirmed = number(r[5]);
            long agencies = number(r[10]);
            long sectors = number(r[11]);
            String mix = agencies < ((Number) r[12]).intValue() || sectors < ((Number) r[13]).intValue() ? "AT_RISK" : "OK";
            return new SessionFigures((String) r[0], (String) r[1], instant(r[2]), (String) r[3], capacity, confirmed,
                    number(r[6]), number(r[7]), number(r[8]), number(r[9]), ratio(confirmed, capacity), agencies, sectors, mix);
        }).toList();
    }

    public List<AgencyFigures> agencies(Period period, Requester requester) {
        Optional<String> scope = requester.agencyScope();
        Query query = em.createNativeQuery("with s as (select id from training_session where starts_at >= ?1 and starts_at < ?2), "
                + "places as (select b.agency_code as code, count(*) filter (where b.status = 'CONFIRMED') as booked, "
                + "count(*) filter (where b.late_cancellation) as late, count(*) filter (where b.status = 'CANCELLED') as cancelled "
                + "from booking b join s on s.id = b.session_id group by 1), "
                + "came as (select p.agency_code as code, count(*) filter (where t.status = 'ATTENDED') as attended, "
                + "count(*) filter (where t.status = 'PARTIAL') as partial, count(*) filter (where t.status = 'NO_SHOW') as no_shows "
                + "from attendance t join s on s.id = t.session_id join person p on p.hr_id = t.person_id group by 1) "
                + "select a.code, a.name, a.sector, coalesce(pl.booked, 0), coalesce(c.attended, 0), coalesce(c.partial, 0), "
                + "coalesce(c.no_shows, 0), coalesce(pl.late, 0), coalesce(pl.cancelled, 0) from agency a "
                + "left join places pl on pl.code = a.code left join came c on c.code = a.code where "
                + (scope.isPresent() ? "a.code = ?3" : "(pl.code is not null or c.code is not null)") + " order by a.code")
                .setParameter(1, period.start()).setParameter(2, period.end());
        scope.ifPresent(agency -> query.setParameter(3, agency));
        return rows(query).stream().map(r -> new AgencyFigures((String) r[0], (String) r[1], (String) r[2], number(r[3]),
                number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
