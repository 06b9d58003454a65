package org.iwtraining.booking.bookings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.conventions.sql.ManyIds;

/**
 * Everything {@link BookingRules} reads, by two statements whatever the number of pairs: one for the people, one for
 * the sessions, each on all their ids at once ({@code = any(?1)}). People, their places and the sessions are read as
 * plain rows, not entities: the persistence context (dirty-checked before every query) stays empty, and no entity is
 * hydrated for a booking's judgement or a cohort's.
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
        // one statement for all of them, whatever their number: each person with their live places, completions and
        // waivers aggregated (joined by the unit separator, which no id or module reference holds), where four queries
        // took four round trips
        List<Object[]> people = rowsOf(em, "select p.hr_id, p.audience, p.left_at is not null, p.version, "
                + "p.agency_code, p.given_name || ' ' || p.family_name, p.email, "
                + "(select string_agg(b.session_id || ':' || b.status, chr(31)) from booking b "
                + "where b.person_id = p.hr_id and b.status in ('CONFIRMED', 'WAITLISTED')), "
                + "(select string_agg(c.module_ref, chr(31)) from completion c where c.person_id = p.hr_id), "
                + "(select string_agg(w.module_ref, chr(31)) from waiver w where w.person_id = p.hr_id) "
                + "from person p where p.hr_id = any(?1)", ManyIds.of(personIds), "person", "booking", "completion",
                "waiver");
        for (Object[] r : people) {
            PersonFacts person = new PersonFacts(r[1] == null ? null : Audience.valueOf((String) r[1]), (Boolean) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6]);
            persons.put((String) r[0], person);
            for (String place : split(r[7])) {
                int colon = place.lastIndexOf(':');
                String sessionId = place.substring(0, colon);
                person.livePlaces.add(place);
                person.liveSessionIds.add(sessionId);
                sessionIds.add(sessionId);
                livePlaces.add(new Object[] {r[0], sessionId, BookingStatus.valueOf(place.substring(colon + 1))});
            }
            person.completed.addAll(split(r[8]));
            person.waived.addAll(split(r[9]));
        }
        Map<String, SessionFacts> sessions = new HashMap<>();
        Map<List<String>, Integer> moduleLists = new HashMap<>();
        // one statement, as for the people: the entity took four (the session and its three collections)
        // and its hydration; module lists and parts aggregated in their order, parts as epoch microseconds
        List<Object[]> sessionRows = rowsOf(em, "select s.id, s.status, s.starts_at, s.ends_at, s.audience, s.version, "
                + "s.title, s.venue, s.room_id, "
                + "(select string_agg(m.module_ref, chr(31) order by m.position) from session_module m "
                + "where m.session_id = s.id), "
                + "(select string_agg(((extract(epoch from p.starts_at) * 1000000)::bigint)::text || ' ' "
                + "|| ((extract(epoch from p.ends_at) * 1000000)::bigint)::text, chr(31) order by p.part_no) "
                + "from session_part p where p.session_id = s.id) "
                + "from training_session s where s.id = any(?1)", ManyIds.of(sessionIds), "training_session",
                "session_module", "session_part");
        for (Object[] r : sessionRows) {
            List<String> moduleRefs = List.copyOf(split(r[9]));
            int moduleList = moduleLists.computeIfAbsent(moduleRefs, l -> moduleLists.size());
            List<SessionPart> parts = split(r[10]).stream().map(part -> part.split(" "))
                    .map(micros -> new SessionPart(micros(micros[0]), micros(micros[1]))).toList();
            sessions.put((String) r[0], new SessionFacts((String) r[0], SessionStatus.valueOf((String) r[1]), instant(r[2]),
                    instant(r[3]), r[4] == null ? null : Audience.valueOf((String) r[4]), moduleRefs, parts, moduleList,
                    ((Number) r[5]).longValue(), (String) r[6], (String) r[7], (String) r[8]));
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

    /**
     * A native query on all the ids at once ({@code = any(?1)}), flushing first only what the tables it reads may
     * hold unflushed, as a query on their entities would: a booking made earlier in the transaction is read.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(EntityManager em, String sql, String[] ids, String... tables) {
        NativeQuery<Object[]> query = em.createNativeQuery(sql).setParameter(1, ids).unwrap(NativeQuery.class);
        for (String table : tables) {
            query.addSynchronizedQuerySpace(table);
        }
        return query.getResultList();
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split("\u001f"));
    }

    private static Instant micros(String sinceEpoch) {
        return Instant.EPOCH.plus(Long.parseLong(sinceEpoch), ChronoUnit.MICROS);
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
