package org.iwtraining.console.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.ServiceRefusedException;
import org.iwtraining.console.layout.Viewer;
import org.iwtraining.console.people.People;
import org.iwtraining.console.people.PersonLine;
import org.iwtraining.console.sessions.SessionDetail;
import org.iwtraining.console.sessions.Sessions;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A session (coordinator; an agency lead sees their agency's places): its places and waitlist, booking a person found
 * by name or HR id, cancelling a place with a reason, giving a waiting person a place, taking attendance per part. Every form answers with a redirect
 * (post, redirect, get), or shows the page again with its errors.
 */
@Path("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    /** The reasons a person chooses from when cancelling a place (the others are the service's own). */
    static final Map<String, String> CANCEL_REASONS = reasons();

    private final Sessions sessions;
    private final People people;
    private final Viewer viewer;

    SessionPages(Sessions sessions, People people, Viewer viewer) {
        this.sessions = sessions;
        this.people = people;
        this.viewer = viewer;
    }

    @CheckedTemplate(basePath = "sessions")
    static class Templates {
        static native TemplateInstance session(SessionDetail session, String q, Page<PersonLine> found,
                String idempotencyKey, String banner, FormErrors errors, boolean giveAPlace);

        static native TemplateInstance cancel(SessionDetail session, SessionDetail.Place place,
                Map<String, String> reasons, String reason, String note, FormErrors errors);

        static native TemplateInstance attendance(SessionDetail session, List<Integer> parts, FormErrors errors);
    }

    @GET
    public TemplateInstance session(@PathParam("id") String id, @RestQuery String q, @RestQuery String booked,
            @RestQuery String cancelled, @RestQuery String attendance) {
        SessionDetail session = sessions.detail(id, viewer.has("coordinator"));
        return page(session, q, banner(session, booked, cancelled, attendance), FormErrors.none());
    }

    @POST
    @Path("bookings")
    public Response book(@PathParam("id") String id, @RestForm String personId, @RestForm String idempotencyKey,
            @RestForm String q) {
        if (SessionsPages.blankToNull(personId) == null) {
            return Response.status(422).entity(page(sessions.detail(id, viewer.has("coordinator")), q, null,
                    FormErrors.none().add("q", "Search for the person to book by name or HR id"))).build();
        }
        try {
            sessions.book(id, Optional.ofNullable(SessionsPages.blankToNull(idempotencyKey))
                    .orElseGet(() -> UUID.randomUUID().toString()), personId.strip());
            return seeOther(UriBuilder.fromPath("/sessions/{id}").queryParam("booked", personId.strip()).build(id));
        } catch (ServiceRefusedException e) {
            if (e.status() == 403 || e.status() == 404 && e.problem().errors().isEmpty() && e.problem().code() == null) {
                throw e;
            }
            return Response.status(422).entity(page(sessions.detail(id, viewer.has("coordinator")), q, null,
                    FormErrors.from(e.problem(), Map.of("personId", "q"), "q"))).build();
        }
    }

    @GET
    @Path("places/{bookingId}/cancel")
    public TemplateInstance cancelForm(@PathParam("id") String id, @PathParam("bookingId") String bookingId) {
        SessionDetail session = sessions.detail(id, false);
        return Templates.cancel(session, place(session, bookingId), CANCEL_REASONS, null, null, FormErrors.none());
    }

    @POST
    @Path("places/{bookingId}/cancel")
    public Response cancel(@PathParam("id") String id, @PathParam("bookingId") String bookingId,
            @RestForm String reason, @RestForm String note) {
        FormErrors errors = FormErrors.none();
        if (reason == null || !CANCEL_REASONS.containsKey(reason)) {
            errors.add("reason", "Select why the place is cancelled");
        } else if ("OTHER".equals(reason) && SessionsPages.blankToNull(note) == null) {
            errors.add("note", "Say why the place is cancelled");
        }
        if (!errors.any()) {
            try {
                sessions.cancel(bookingId, reason, SessionsPages.blankToNull(note));
                return seeOther(UriBuilder.fromPath("/sessions/{id}").queryParam("cancelled", "true").build(id));
            } catch (ServiceRefusedException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                errors = FormErrors.from(e.problem(), Map.of("reason", "reason", "note", "note"), "reason");
            }
        }
        SessionDetail session = sessions.detail(id, false);
        return Response.status(422).entity(Templates.cancel(session, place(session, bookingId), CANCEL_REASONS, reason,
                note, errors)).build();
    }

    /** "Give a place": a waiting person confirmed by a coordinator; a refusal shows the page again, saying why. */
    @POST
    @Path("places/{bookingId}/confirm")
    public Response giveAPlace(@PathParam("id") String id, @PathParam("bookingId") String bookingId,
            @RestForm String idempotencyKey) {
        SessionDetail.Place place = place(sessions.detail(id, false), bookingId);
        try {
            sessions.giveAPlace(bookingId, Optional.ofNullable(SessionsPages.blankToNull(idempotencyKey))
                    .orElseGet(() -> UUID.randomUUID().toString()));
            return seeOther(UriBuilder.fromPath("/sessions/{id}").queryParam("booked", place.personId()).build(id));
        } catch (ServiceRefusedException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(422).entity(page(sessions.detail(id, viewer.has("coordinator")), null, null,
                    FormErrors.none().add("waitlist", place.name() + " could not be given a place: "
                            + Refusals.inWords(e.problem())))).build();
        }
    }

    @GET
    @Path("attendance")
    public TemplateInstance attendanceForm(@PathParam("id") String id) {
        SessionDetail session = sessions.detail(id, false);
        return Templates.attendance(session, partNumbers(session), FormErrors.none());
    }

    /**
     * {@code attended} holds "personId:part" for each box ticked; everyone confirmed is on the register. Walk-ins (HR
     * ids, separated by spaces, commas or lines) attended every part: a session that has started takes no bookings,
     * so a session recorded afterwards has walk-ins only.
     */
    @POST
    @Path("attendance")
    public Response attendance(@PathParam("id") String id, @RestForm List<String> attended, @RestForm String walkIns) {
        SessionDetail session = sessions.detail(id, false);
        Map<String, Set<Integer>> register = new LinkedHashMap<>();
        session.confirmed().forEach(place -> register.put(place.personId(), new LinkedHashSet<>()));
        for (String box : attended == null ? List.<String>of() : attended) {
            int colon = box.lastIndexOf(':');
            if (colon > 0 && register.containsKey(box.substring(0, colon))) {
                try {
                    register.get(box.substring(0, colon)).add(Integer.parseInt(box.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    // not a box of this form: nothing to record for it
                }
            }
        }
        Set<Integer> everyPart = new LinkedHashSet<>(partNumbers(session));
        for (String walkIn : walkIns == null ? new String[0] : walkIns.split("[\\s,;]+")) {
            if (!walkIn.isBlank()) {
                register.put(walkIn.strip(), everyPart);
            }
        }
        if (register.isEmpty()) {
            return Response.status(422).entity(Templates.attendance(session, partNumbers(session),
                    FormErrors.none().add("walkIns", "Enter the HR id of each person who attended"))).build();
        }
        try {
            sessions.recordAttendance(id, register, session.partCount());
            return seeOther(UriBuilder.fromPath("/sessions/{id}").queryParam("attendance", "recorded").build(id));
        } catch (ServiceRefusedException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(422).entity(Templates.attendance(session, partNumbers(session),
                    FormErrors.from(e.problem(), Map.of(), session.confirmed().isEmpty() ? "walkIns" : "register"))).build();
        }
    }

    private TemplateInstance page(SessionDetail session, String q, String banner, FormErrors errors) {
        String query = SessionsPages.blankToNull(q);
        Page<PersonLine> found = query == null ? null : people.search(query, null);
        // a coordinator may give a free seat to anyone waiting (over the agency cap); booking-service decides again
        boolean giveAPlace = viewer.has("coordinator") && session.summary().placesLeft() > 0 && !session.summary().cancelled()
                && !session.started();
        return Templates.session(session, query, found, UUID.randomUUID().toString(), banner, errors, giveAPlace);
    }

    /** The success banner after a redirect: what happened, read back from the session as it is now. */
    private static String banner(SessionDetail session, String booked, String cancelled, String attendance) {
        if (booked != null) {
            for (SessionDetail.Place place : session.confirmed()) {
                if (place.personId().equals(booked)) {
                    return place.name() + " has a confirmed place.";
                }
            }
            for (SessionDetail.Place place : session.waitlist()) {
                if (place.personId().equals(booked)) {
                    return place.name() + " is on the waitlist at number " + place.position() + " (" + place.waitReason().toLowerCase(java.util.Locale.UK) + ").";
                }
            }
        }
        if (cancelled != null) {
            return "The place has been cancelled. Anyone who can move up from the waitlist has been given it.";
        }
        if (attendance != null) {
            return "Attendance has been recorded.";
        }
        return null;
    }

    private static SessionDetail.Place place(SessionDetail session, String bookingId) {
        return java.util.stream.Stream.concat(session.confirmed().stream(), session.waitlist().stream())
                .filter(p -> p.bookingId().equals(bookingId)).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    private static List<Integer> partNumbers(SessionDetail session) {
        return java.util.stream.IntStream.rangeClosed(1, session.partCount()).boxed().toList();
    }

    private static Response seeOther(URI location) {
        return Response.seeOther(location).build();
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("ILLNESS", "Illness");
        reasons.put("WORK_PRESSURE", "Work pressure");
        reasons.put("CLASHING_COMMITMENT", "A clashing commitment");
        reasons.put("NO_LONGER_NEEDED", "No longer needed");
        reasons.put("BOOKED_IN_ERROR", "Booked in error");
        reasons.put("OTHER", "Another reason");
        return reasons;
    }
}
