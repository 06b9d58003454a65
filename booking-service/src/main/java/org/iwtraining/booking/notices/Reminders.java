package org.iwtraining.booking.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.conventions.workingdays.WorkingCalendar;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reminders with joining instructions: each confirmed place on a scheduled session that has not started gets one,
 * {@code booking.reminders.days-before} working days before the session's first day (England and Wales working
 * days, Europe/London), or at the first run after that when the place was booked later; the attendee's manager a
 * copy when {@code booking.reminders.copy-manager} is on. A reminder is claimed by inserting its booking into
 * {@code booking_reminder} ({@code on conflict do nothing}) in the transaction that puts it into the outbox, so
 * however many instances run the job at once, each place is reminded once; a place cancelled before the mail
 * goes out is not reminded (the {@link MailReceiver} looks again).
 */
@ApplicationScoped
public class Reminders {

    private static final int BATCH = 200;
    private static final int MAX_BATCHES_PER_RUN = 50;
    /** Never more than this many days ahead, whatever the setting and the holidays. */
    private static final int MAX_LOOKAHEAD_DAYS = 60;

    private final EntityManager em;
    private final NoticeService notices;
    private final Clock clock;
    private final BookingConfig config;
    private final WorkingCalendar calendar = WorkingCalendar.statutory();

    public Reminders(EntityManager em, NoticeService notices, Clock clock, BookingConfig config) {
        this.em = em;
        this.notices = notices;
        this.clock = clock;
        this.config = config;
    }

    /** Claims and queues every reminder due now; answers how many this run claimed. */
    public int sendDue() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int[] selectedAndClaimed = QuarkusTransaction.requiringNew().call(this::batch);
            total += selectedAndClaimed[1];
            if (selectedAndClaimed[0] < BATCH) {
                break;
            }
        }
        return total;
    }

    /** The last session day whose reminder is due today: reminders are due from N working days before the day. */
    LocalDate lastDayDue(LocalDate today) {
        int n = config.reminders().daysBefore();
        LocalDate day = today;
        for (int i = 0; i < MAX_LOOKAHEAD_DAYS && !calendar.minusWorkingDays(day.plusDays(1), n).isAfter(today); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    private int[] batch() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Zones.LONDON).toLocalDate();
        Instant horizon = lastDayDue(today).plusDays(1).atStartOfDay(Zones.LONDON).toInstant();
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select b.id from booking b join training_session s on s.id = b.session_id "
                + "where b.status = 'CONFIRMED' and s.status = 'SCHEDULED' and s.starts_at > ?1 and s.starts_at < ?2 "
                + "and not exists (select 1 from booking_reminder r where r.booking_id = b.id) "
                + "order by s.starts_at, b.seq limit ?3")
                .setParameter(1, now).setParameter(2, horizon).setParameter(3, BATCH).getResultList();
        int claimed = 0;
        for (String bookingId : due) {
            int inserted = em.createNativeQuery("insert into booking_reminder (booking_id, reminded_at) values (?1, ?2) "
                    + "on conflict (booking_id) do nothing").setParameter(1, bookingId).setParameter(2, now).executeUpdate();
            if (inserted == 1) {
                remind(Booking.findById(bookingId));
                claimed++;
            }
        }
        return new int[] { due.size(), claimed };
    }

    private void remind(Booking booking) {
        TrainingSession session = TrainingSession.findById(booking.sessionId);
        Person person = Person.findById(booking.personId);
        notices.notify(NoticeKind.REMINDER, NoticeBooking.of(booking, session, person, null),
                NoticeDetails.reminder(session.joiningInstructions, null));
        if (!config.reminders().copyManager() || person.managerHrId == null) {
            return;
        }
        Person manager = Person.findById(person.managerHrId);
        if (manager != null && !manager.hasLeft()) {
            notices.notify(NoticeKind.REMINDER_MANAGER, NoticeBooking.to(manager, booking, session, person, null),
                    NoticeDetails.reminder(session.joiningInstructions, NoticeBooking.nameOf(person)));
        }
    }
}
