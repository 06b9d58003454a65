package org.iwtraining.booking.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Agency;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.PersonSource;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.sql.Chunks;

/**
 * The HR system's bulk upsert: every row is judged on its own (created, updated, unchanged, or rejected with
 * the reason), valid rows apply even when others are rejected, and the same file sent twice changes nothing.
 * An import names its source ({@link PersonSource}): an HR file's ids are HR ids (never {@code P-}), a partner file's
 * are {@code P-<agency>-} ids of each row's agency. In full mode, people the file does not name become leavers,
 * only of that source: an HR file makes no partner person a leaver, and a partner file only the partner people of
 * the agencies its accepted rows name. A dry run answers what the import would do, leavers included, and
 * applies nothing.
 */
@ApplicationScoped
@Transactional
public class PersonImport {

    public static final int MAX_ROWS = 10_000;
    private static final int FLUSH_EVERY = 500;

    private final EntityManager em;
    private final PersonService people;
    private final BookingService bookings;
    private final Clock clock;
    private final TransactionManager transactions;

    public PersonImport(EntityManager em, PersonService people, BookingService bookings, Clock clock,
            TransactionManager transactions) {
        this.em = em;
        this.people = people;
        this.bookings = bookings;
        this.clock = clock;
        this.transactions = transactions;
    }

    public enum RowResult {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /**
     * One row's outcome; {@code row} is where a person finds it ({@link ImportRow#line()}), {@code problems} every
     * fault of a rejected row ({@code "field: message"}), {@code reason} the same joined into one sentence.
     */
    public record Row(int row, String hrId, RowResult result, String reason, List<String> problems) {
    }

    public record Outcome(PersonSource source, boolean dryRun, int created, int updated, int unchanged, int rejected,
            List<String> leavers, List<Row> rows) {
    }

    /** An upsert import of HR people, applied. */
    public Outcome importRows(List<ImportRow> rows, boolean full) {
        return importRows(rows, full, PersonSource.HR, false);
    }

    /** @param rows the body's rows as read, JSON or CSV alike */
    public Outcome importRows(List<ImportRow> rows, boolean full, PersonSource source, boolean dryRun) {
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("body", "at most " + MAX_ROWS + " rows per import");
        }
        Map<String, Person> existing = new HashMap<>();
        List<String> ids = rows.stream().map(ImportRow::hrId).filter(id -> id != null && !id.isBlank()).distinct().toList();
        for (List<String> chunk : Chunks.of(ids)) {
            Person.<Person>list("hrId in ?1", chunk).forEach(p -> existing.put(p.hrId, p));
        }
        Set<String> agencies = Agency.<Agency>listAll().stream().map(a -> a.code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        Set<String> named = new TreeSet<>();
        List<Row> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            String hrId = row.hrId();
            List<String> problems = problemsWith(row, seen, agencies);
            if (problems.isEmpty() && row.person() != null) {
                String outside = outsideSource(hrId, row.person().agencyCode(), source);
                if (outside != null) {
                    problems = List.of(outside);
                }
            }
            if (hrId != null) {
                seen.add(hrId);
            }
            if (!problems.isEmpty()) {
                results.add(new Row(row.line(), hrId, RowResult.REJECTED, String.join("; ", problems), problems));
                continue;
            }
            named.add(row.person().agencyCode());
            UpsertResult result = people.apply(existing.get(hrId), hrId, row.person());
            results.add(new Row(row.line(), hrId, RowResult.valueOf(result.name()), null, List.of()));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        em.flush();
        List<String> leavers = full ? markLeavers(seen, source, named) : List.of();
        Map<RowResult, Long> counts = results.stream().collect(Collectors.groupingBy(Row::result, Collectors.counting()));
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("a dry run could not be rolled back", e);
            }
        }
        return new Outcome(source, dryRun, count(counts, RowResult.CREATED), count(counts, RowResult.UPDATED),
                count(counts, RowResult.UNCHANGED), count(counts, RowResult.REJECTED), leavers, results);
    }

    /** People of the source (for partners: of the agencies named) whom the file does not name. */
    private List<String> markLeavers(Set<String> present, PersonSource source, Set<String> agencies) {
        if (source == PersonSource.PARTNER && agencies.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String agencyFilter = source == PersonSource.PARTNER ? " and p.agencyCode in :agencies" : "";
        TypedQuery<String> query = em.createQuery("select p.hrId from Person p where p.leftAt is null and p.source = :source"
                + agencyFilter + " order by p.hrId", String.class).setParameter("source", source);
        if (source == PersonSource.PARTNER) {
            query.setParameter("agencies", agencies);
        }
        List<String> leavers = query.getResultList().stream().filter(id -> !present.contains(id)).toList();
        leavers.forEach(id -> bookings.leave(id, now));
        return leavers;
    }

    /** Why the row's id is not of the import's source, or null when it is. */
    private static String outsideSource(String hrId, String agencyCode, PersonSource source) {
        if (source == PersonSource.HR && PersonIds.partner(hrId)) {
            return "hrId: an HR id never begins with " + PersonIds.PARTNER_PREFIX + " (" + PersonIds.PARTNER_MESSAGE + ")";
        }
        if (source == PersonSource.PARTNER && !PersonIds.partnerOf(hrId, agencyCode)) {
            return "hrId: must be " + PersonIds.PARTNER_PREFIX + agencyCode + "-<id> (" + PersonIds.PARTNER_MESSAGE + ")";
        }
        return null;
    }

    /** Every fault of the row: its id (or its clash with an earlier row), its details, its agency. */
    private static List<String> problemsWith(ImportRow row, Set<String> seen, Set<String> agencies) {
        if (!row.object()) {
            return List.of("row: must be an object");
        }
        List<String> problems = new ArrayList<>();
        String hrId = row.hrId();
        if (hrId == null || hrId.isBlank()) {
            problems.add("hrId: must not be blank");
        } else if (hrId.length() > 100) {
            problems.add("hrId: size must be between 0 and 100");
        } else if (!PersonIds.valid(hrId)) {
            problems.add("hrId: must be " + PersonIds.MESSAGE);
        } else if (seen.contains(hrId)) {
            problems.add("hrId: appears more than once in this import");
        }
        problems.addAll(row.invalid());
        if (row.agencyCode() != null && !agencies.contains(row.agencyCode())
                && problems.stream().noneMatch(p -> p.startsWith("agencyCode:"))) {
            problems.add("agencyCode: unknown agency");
        }
        return problems;
    }

    private static int count(Map<RowResult, Long> counts, RowResult result) {
        return counts.getOrDefault(result, 0L).intValue();
    }
}
