package org.iwtraining.followup.workingdays;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.workingdays.WorkingCalendar;
import org.iwtraining.followup.BankHolidayOverride;
import org.iwtraining.followup.OverrideKind;

/** Bank holidays: the statutory rules plus the one-off overrides recorded over the API. */
@ApplicationScoped
@Transactional
public class BankHolidayService {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** The working calendar as of now; overrides are few, so they are read whole each time. */
    public WorkingCalendar calendar() {
        Map<LocalDate, String> added = new HashMap<>();
        Set<LocalDate> removed = new HashSet<>();
        for (BankHolidayOverride o : BankHolidayOverride.<BankHolidayOverride>listAll()) {
            if (o.kind == OverrideKind.ADDED) {
                added.put(o.day, o.name);
            } else {
                removed.add(o.day);
            }
        }
        return new WorkingCalendar(added, removed);
    }

    public List<WorkingCalendar.BankHoliday> holidays(int year) {
        checkYear("year", year);
        return calendar().holidays(year);
    }

    public List<BankHolidayOverride> overrides(int year) {
        return BankHolidayOverride.list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    public Optional<BankHolidayOverride> override(LocalDate day) {
        return BankHolidayOverride.findByIdOptional(day);
    }

    /** Records a one-off day; answers whether it was new. Removing a day that is no statutory holiday is refused. */
    public boolean put(LocalDate day, OverrideKind kind, String name, String ifMatch) {
        checkYear("date", day.getYear());
        if (kind == OverrideKind.REMOVED && !WorkingCalendar.statutory().isBankHoliday(day)) {
            throw DomainException.refused("NOT_A_STATUTORY_HOLIDAY", "Not a statutory bank holiday",
                    day + " is not a bank holiday by the statutory rules, so there is nothing to remove");
        }
        BankHolidayOverride existing = BankHolidayOverride.findById(day);
        if (existing != null) {
            Preconditions.checkIfMatch(ifMatch, existing.version);
            existing.kind = kind;
            existing.name = name;
            return false;
        }
        BankHolidayOverride created = new BankHolidayOverride();
        created.day = day;
        created.kind = kind;
        created.name = name;
        created.persist();
        return true;
    }

    public boolean delete(LocalDate day) {
        return BankHolidayOverride.deleteById(day);
    }

    private static void checkYear(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(field, "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
