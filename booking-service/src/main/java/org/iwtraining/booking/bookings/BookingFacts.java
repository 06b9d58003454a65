package org.iwtraining.booking.bookings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.Waiver;
import org.iwtraining.conventions.sql.Chunks;
import org.iwtraining.conventions.sql.ManyIds;

/**
 * Everything {@link BookingRules} reads, by a handful of set-based queries whatever the number of pairs: the people's
 * facts by one query each on all their ids ({@code = any(?1)}, the columns the rules read). People
 * and their places are read as plain rows, not entities, so the persistence context (dirty-checked before every
 * query) stays the size of the sessions involved.
 */
record BookingFacts(Map<String, PersonFacts> persons, Map<String, SessionFacts> sessions) {

    /**
     * A session as the rules read it; {@code moduleList} numbers the distinct module lists of one load. Equal by
     * identity: one load holds one instance per session, and the per-person caches key on lists of them.
     */
    record SessionFacts(String id, SessionStatus status, Instant startsAt, Instant endsAt, Audience audience,
            List<String> moduleRefs, List<SessionPart> parts, int moduleList, long version, String title, String venue,
            String roomId) {

        static SessionFacts of(TrainingSession session, int moduleList) {
            return new SessionFacts(session.id, session.status, session.startsAt, session.endsAt, session.audience,
                    List.copyOf(session.moduleRefs), List.copyOf(session.parts), moduleList, session.version, session.title,
                    session.venue, session.roomId);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * A person as the rules read it: live places (confirmed or waiting) and their sessions, those of the confirmed ones,
     * completions, waivers, and the profiles already numbered for sets of earlier places; with the row's version, agency,
     * name and address, which a booking checks again under the row lock and writes its notice from.
     */
    static final class PersonFacts {
        final Audience audience;
        final boolean left;
        final long version;
        final String agencyCode;
        final String name;
        final String email;
        /** The live places as {@code sessionId:STATUS}. */
        final Set<String> livePlaces = new HashSet<>();
        final Set<String> liveSessionIds = new HashSet<>();
        final List<SessionFacts> live = new ArrayList<>();
        final List<SessionFacts> confirmed = new ArrayList<>();
        final Set<String> completed = new HashSet<>();
        final Set<String> waived = new HashSet<>();
        final Map<List<SessionFacts>, Integer> profileIds = new HashMap<>();

        PersonFacts(Audience audience, boolean left, long version, String agencyCode, String name, String email) {
            this.audience = audience;
            this.left = left;
            this.version = version;
            this.agencyCode = agencyCode;
            this.name = name;
            this.email = email;
        }

        /**
         * Everything the rules read of this person (live places with their status, completions, waivers, audience,
         * leaver): two people with equal profiles get the same verdict on every session, so a cohort judges each
         * profile once. Read after {@link #load} has filled the person in.
         */
        Object rulesProfile() {
            return new RulesProfile(audience, left, livePlaces, completed, waived);
        }
    }

    private record RulesProfile(Audience audience, boolean left, Set<String> livePlaces, Set<String> completed,
            Set<String> waived) {
    }

    static BookingFacts load(EntityManager em, Collection<String> personIdsGiven, Collection<String> sessionIdsGiven) {
        List<String> personIds = List.copyOf(new LinkedHashSet<>(personIdsGiven));
        Set<String> sessionIds = new HashSet<>(sessionIdsGiven);
        Map<String, PersonFacts> persons = new HashMap<>();
        List<Object[]> livePlaces = new ArrayList<>();
        String[] ids = ManyIds.of(personIds);
        rowsOf(em, "select hr_id, audience, left_at, version, agency_code, given_name, family_name, email from person "
                + "where hr_id = any(?1)", ids, Person.class)
                .forEach(r -> persons.put((String) r[0], new PersonFacts(Audience.valueOf((String) r[1]), r[2] != null,
                        ((Number) r[3]).longValue(), (String) r[4], r[5] + " " + r[6], (String) r[7])));
        for (Object[] r : rowsOf(em, "select person_id, session_id, status from booking "
                + "where person_id = any(?1) and status in ('CONFIRMED', 'WAITLISTED')", ids, Booking.class)) {
            PersonFacts person = persons.get((String) r[0]);
            if (person != null) {
                r[2] = BookingStatus.valueOf((String) r[2]);
                person.livePlaces.add(r[1] + ":" + r[2]);
                person.liveSessionIds.add((String) r[1]);
                sessionIds.add((String) r[1]);
                livePlaces.add(r);
            }
        }
        rowsOf(em, "select person_id, module_ref from completion where person_id = any(?1)", ids, Completion.class)
                .forEach(r -> with(persons, r, person -> person.completed.add((String) r[1])));
        rowsOf(em, "select person_id, module_ref from waiver where person_id = any(?1)", ids, Waiver.class)
                .forEach(r -> with(persons, r, person -> person.waived.add((String) r[1])));
        Map<String, SessionFacts> sessions = new HashMap<>();
        Map<List<String>, Integer> moduleLists = new HashMap<>();
        for (List<String> chunk : Chunks.of(new ArrayList<>(sessionIds))) {
            for (TrainingSession session : TrainingSession.<TrainingSession>list("id in ?1", chunk)) {
                int moduleList = moduleLists.computeIfAbsent(List.copyOf(session.moduleRefs), l -> moduleLists.size());
                sessions.put(session.id, SessionFacts.of(session, moduleList));
            }
        }
        for (Object[] r : livePlaces) {
            PersonFacts person = persons.get((String) r[0]);
            SessionFacts session = sessions.get((String) r[1]);
            person.live.add(session);
            if (r[2] == BookingStatus.CONFIRMED) {
                person.confirmed.add(session);
            }
        }
        return new BookingFacts(persons, sessions);
    }

    private static void with(Map<String, PersonFacts> persons, Object[] row, Consumer<PersonFacts> action) {
        PersonFacts person = persons.get((String) row[0]);
        if (person != null) {
            action.accept(person);
        }
    }

    /**
     * A native query on all the ids at once ({@code = any(?1)}), flushing first only what the named entity's table
     * may hold unflushed, as a query on the entity would: a booking made earlier in the transaction is read.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(EntityManager em, String sql, String[] ids, Class<?> entity) {
        return em.createNativeQuery(sql).setParameter(1, ids).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(entity).getResultList();
    }
}
