package org.iwtraining.booking.venues;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Room;
import org.iwtraining.booking.Venue;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

/**
 * Venues and their rooms. A change lists the rooms the venue keeps: a room it leaves out is retired (sessions
 * may name it, no new one does), never deleted. Free times are the window less the parts of the sessions that
 * are not cancelled, room by room.
 */
@ApplicationScoped
@Transactional
public class VenueService {

    private final EntityManager em;

    public VenueService(EntityManager em) {
        this.em = em;
    }

    /** A venue with its rooms (retired ones left out), in order. */
    public record VenueWithRooms(Venue venue, List<Room> rooms) {
    }

    /** A span of time; {@code sessionId} names the session holding it, null for a free one. */
    public record Span(Instant startsAt, Instant endsAt, String sessionId) {
    }

    public record RoomAvailability(Room room, List<Span> busy, List<Span> free) {
    }

    public VenueWithRooms create(VenueDetails details) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID().toString();
        venue.name = details.name();
        venue.address = details.address();
        venue.persist();
        replaceRooms(venue, details.rooms());
        em.flush();
        return withRooms(venue);
    }

    public VenueWithRooms update(String id, String ifMatch, VenueDetails details) {
        Venue venue = em.find(Venue.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (venue == null) {
            throw DomainException.notFound("Venue", id);
        }
        Preconditions.requireIfMatch(ifMatch, venue.version);
        // the rooms are part of the venue's version: a change of rooms alone moves it too
        em.lock(venue, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        venue.name = details.name();
        venue.address = details.address();
        replaceRooms(venue, details.rooms());
        em.flush();
        return withRooms(venue);
    }

    private void replaceRooms(Venue venue, List<VenueDetails.RoomDetails> rooms) {
        Map<String, Room> existing = new HashMap<>();
        Room.<Room>list("venueId", venue.id).forEach(r -> existing.put(r.id, r));
        Set<String> kept = new HashSet<>();
        List<VenueDetails.RoomDetails> given = rooms == null ? List.of() : rooms;
        for (int i = 0; i < given.size(); i++) {
            VenueDetails.RoomDetails d = given.get(i);
            Room room;
            if (d.id() != null) {
                room = existing.get(d.id());
                if (room == null) {
                    throw DomainException.invalid("rooms[" + i + "].id", "no room '" + d.id() + "' in this venue");
                }
                if (!kept.add(d.id())) {
                    throw DomainException.invalid("rooms[" + i + "].id", "appears twice");
                }
            } else {
                room = new Room();
                room.id = UUID.randomUUID().toString();
                room.venueId = venue.id;
                kept.add(room.id);
            }
            room.position = i;
            room.name = d.name();
            room.seats = d.seats();
            room.stepFree = d.stepFree();
            room.hearingLoop = d.hearingLoop();
            room.notes = d.notes();
            room.retired = false;
            if (d.id() == null) {
                room.persist();
            }
        }
        existing.values().stream().filter(r -> !kept.contains(r.id)).forEach(r -> r.retired = true);
    }

    public Optional<VenueWithRooms> find(String id) {
        return Venue.<Venue>findByIdOptional(id).map(this::withRooms);
    }

    public VenueWithRooms require(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound("Venue", id));
    }

    /** Venues by id. */
    public Page<VenueWithRooms> list(PageRequest page) {
        List<Venue> venues = page.after() == null
                ? em.createQuery("select v from Venue v order by v.id", Venue.class).setMaxResults(page.fetchSize()).getResultList()
                : em.createQuery("select v from Venue v where v.id > :after order by v.id", Venue.class)
                        .setParameter("after", page.after()).setMaxResults(page.fetchSize()).getResultList();
        return page.page(venues, v -> v.id, this::withRooms);
    }

    /** The room, if it exists and is not retired. */
    public Optional<Room> room(String roomId) {
        return Room.<Room>findByIdOptional(roomId).filter(r -> !r.retired);
    }

    /** Each room's busy spans (parts of sessions not cancelled) and the free spans between them, within the window. */
    public List<RoomAvailability> availability(String venueId, Instant from, Instant to) {
        VenueWithRooms venue = require(venueId);
        if (from == null) {
            throw DomainException.invalid("from", "is required");
        }
        if (to == null) {
            throw DomainException.invalid("to", "is required");
        }
        if (!to.isAfter(from)) {
            throw DomainException.invalid("to", "must be after from");
        }
        if (java.time.Duration.between(from, to).toDays() > 366) {
            throw DomainException.invalid("to", "at most 366 days after from");
        }
        List<RoomAvailability> result = new ArrayList<>();
        for (Room room : venue.rooms()) {
            List<Span> busy = busy(room.id, from, to);
            List<Span> free = new ArrayList<>();
            Instant cursor = from;
            for (Span span : busy) {
                if (span.startsAt().isAfter(cursor)) {
                    free.add(new Span(cursor, span.startsAt(), null));
                }
                if (span.endsAt().isAfter(cursor)) {
                    cursor = span.endsAt();
                }
            }
            if (cursor.isBefore(to)) {
                free.add(new Span(cursor, to, null));
            }
            result.add(new RoomAvailability(room, busy, free));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Span> busy(String roomId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("select p.starts_at, p.ends_at, s.id from session_part p "
                + "join training_session s on s.id = p.session_id where s.room_id = :room and s.status <> 'CANCELLED' "
                + "and p.starts_at < :to and p.ends_at > :from order by p.starts_at, s.id")
                .setParameter("room", roomId).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new Span(instant(r[0]), instant(r[1]), (String) r[2])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private VenueWithRooms withRooms(Venue venue) {
        return new VenueWithRooms(venue, Room.<Room>list("venueId = ?1 and retired = false order by position", venue.id));
    }
}
