package org.iwtraining.booking.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.AccessNeed;
import org.iwtraining.booking.Agency;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.PersonSource;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;

/** People from the HR system: idempotent upsert by the HR id, leavers. */
@ApplicationScoped
@Transactional
public class PersonService {

    private final EntityManager em;
    private final BookingService bookings;
    private final Clock clock;
    private final OutboxEvents events;

    public PersonService(EntityManager em, BookingService bookings, Clock clock, OutboxEvents events) {
        this.em = em;
        this.bookings = bookings;
        this.clock = clock;
        this.events = events;
    }

    public record Upserted(Person person, UpsertResult result) {
    }

    /**
     * Creates or changes a person. An agency-bound asker (an agency lead) changes only a person of their own
     * agency (another agency's person is 404, as if unknown) and only into their own agency (422
     * {@code AGENCY_NOT_OWN} naming {@code agencyCode}). The HR id's format is checked first: nothing is written
     * under a malformed one.
     */
    public Upserted upsert(String hrId, String ifMatch, PersonDetails request, Requester requester) {
        if (!PersonIds.valid(hrId)) {
            throw DomainException.invalid("hrId", "must be " + PersonIds.MESSAGE);
        }
        Person person = Person.findById(hrId);
        if (person != null && !requester.sees(person.agencyCode)) {
            throw DomainException.notFound("Person", hrId);
        }
        if (!requester.sees(request.agencyCode())) {
            throw new DomainException(Kind.REFUSED, "AGENCY_NOT_OWN", "Not your agency",
                    "An agency lead registers people of their own agency only",
                    List.of(new FieldError("agencyCode", "must be your own agency")), Map.of());
        }
        requirePartnerNamespace(hrId, person, request, requester);
        if (person != null) {
            Preconditions.checkIfMatch(ifMatch, person.version);
        }
        if (Agency.findById(request.agencyCode()) == null) {
            throw unknownAgency(request.agencyCode());
        }
        UpsertResult result = apply(person, hrId, request);
        em.flush();
        return new Upserted(Person.findById(hrId), result);
    }

    /**
     * Partner people's ids are {@code P-<agencyCode>-<id>}, which no HR id may take: an id beginning {@code P-} must
     * name the body's agency and be registered by a coordinator or an agency lead (422 {@code PARTNER_ID} naming
     * {@code hrId}), and an agency lead registers partner people only (a new person under another id is 422
     * {@code PARTNER_ID_REQUIRED}).
     */
    private static void requirePartnerNamespace(String hrId, Person existing, PersonDetails request, Requester requester) {
        if (PersonIds.partner(hrId)) {
            if (!requester.registersPartners()) {
                throw partnerId("PARTNER_ID", "HR ids never begin with " + PersonIds.PARTNER_PREFIX + ": " + PersonIds.PARTNER_MESSAGE
                        + ", registered by a coordinator or an agency lead");
            }
            if (!PersonIds.partnerOf(hrId, request.agencyCode())) {
                throw partnerId("PARTNER_ID", "must be " + PersonIds.PARTNER_PREFIX + request.agencyCode() + "-<id>: "
                        + PersonIds.PARTNER_MESSAGE);
            }
        } else if (existing == null && requester.agencyBound()) {
            throw partnerId("PARTNER_ID_REQUIRED", "an agency lead registers partner people: "
                    + PersonIds.PARTNER_PREFIX + request.agencyCode() + "-<id>");
        }
    }

    private static DomainException partnerId(String code, String message) {
        return new DomainException(Kind.REFUSED, code, "Partner id", "hrId: " + message,
                List.of(new FieldError("hrId", message)), Map.of());
    }

    /**
     * Writes a person unless nothing differs. Sending a leaver again means HR has them back: they are no
     * longer a leaver. The agency must exist (checked by the caller).
     */
    UpsertResult apply(Person existing, String hrId, PersonDetails request) {
        Person person = existing == null ? new Person() : existing;
        if (existing != null && existing.leftAt == null && same(existing, request)) {
            return UpsertResult.UNCHANGED;
        }
        boolean contactChanged = existing != null && !sameContact(existing, request);
        person.hrId = hrId;
        person.givenName = request.givenName();
        person.familyName = request.familyName();
        person.email = request.email();
        person.phone = request.phone();
        person.agencyCode = request.agencyCode();
        person.audience = request.audience();
        person.managerHrId = request.managerHrId();
        person.shareContactConsent = request.shareContactConsent();
        person.source = PersonIds.partner(hrId) ? PersonSource.PARTNER : PersonSource.HR;
        if (request.accessNeeds() != null) {
            person.accessStepFree = request.accessNeeds().contains(AccessNeed.STEP_FREE_ACCESS);
            person.accessHearingLoop = request.accessNeeds().contains(AccessNeed.HEARING_LOOP);
            person.accessOther = request.accessNeeds().contains(AccessNeed.OTHER);
            person.accessNotes = request.accessNotes();
        }
        person.leftAt = null;
        if (existing == null) {
            person.persist();
        }
        if (contactChanged) {
            events.personUpdated(person);
        }
        return existing == null ? UpsertResult.CREATED : UpsertResult.UPDATED;
    }

    private static boolean same(Person p, PersonDetails r) {
        return Objects.equals(p.givenName, r.givenName()) && Objects.equals(p.familyName, r.familyName())
                && Objects.equals(p.email, r.email()) && Objects.equals(p.phone, r.phone())
                && Objects.equals(p.agencyCode, r.agencyCode()) && p.audience == r.audience()
                && Objects.equals(p.managerHrId, r.managerHrId()) && p.shareContactConsent == r.shareContactConsent()
                && (r.accessNeeds() == null || (accessNeeds(p).equals(r.accessNeeds()) && Objects.equals(p.accessNotes, r.accessNotes())));
    }

    /** The access needs the person recorded. */
    public static Set<AccessNeed> accessNeeds(Person p) {
        Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        if (p.accessStepFree) {
            needs.add(AccessNeed.STEP_FREE_ACCESS);
        }
        if (p.accessHearingLoop) {
            needs.add(AccessNeed.HEARING_LOOP);
        }
        if (p.accessOther) {
            needs.add(AccessNeed.OTHER);
        }
        return needs;
    }

    /** What followup-service is told of (person.updated): the name as it shows it, contact details, agency, manager. */
    private static boolean sameContact(Person p, PersonDetails r) {
        return Objects.equals(p.givenName + " " + p.familyName, r.givenName() + " " + r.familyName())
                && Objects.equals(p.email, r.email()) && Objects.equals(p.phone, r.phone())
                && Objects.equals(p.agencyCode, r.agencyCode()) && Objects.equals(p.managerHrId, r.managerHrId());
    }

    public Optional<Person> find(String hrId) {
        return Person.findByIdOptional(hrId);
    }

    public Person require(String hrId) {
        return find(hrId).orElseThrow(() -> DomainException.notFound("Person", hrId));
    }

    /** The person, if the asker may see them: another agency's person is unknown to an agency lead (404). */
    public Person require(String hrId, Requester requester) {
        return find(hrId).filter(p -> requester.sees(p.agencyCode))
                .orElseThrow(() -> DomainException.notFound("Person", hrId));
    }

    /** Marks a leaver and releases their places on sessions not yet started; leaving twice changes nothing. */
    public void leave(String hrId) {
        require(hrId);
        bookings.leave(hrId, clock.instant());
    }

    /**
     * People by HR id. An agency-bound asker sees their own agency's people only: the agency filter is theirs,
     * and a filter naming another agency matches no one (an empty page, as for an agency without people).
     */
    public Page<Person> list(String agency, Audience audience, String q, PageRequest page, Requester requester) {
        Optional<String> scope = requester.agencyScope();
        if (scope.isPresent()) {
            if (scope.get().isEmpty() || (agency != null && !agency.equals(scope.get()))) {
                return page.page(List.<Person>of(), p -> p.hrId, p -> p);
            }
            agency = scope.get();
        }
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (agency != null) {
            where.append(" and p.agencyCode = :agency");
            params.put("agency", agency);
        }
        if (audience != null) {
            where.append(" and p.audience = :audience");
            params.put("audience", audience);
        }
        if (q != null && !q.isBlank()) {
            // part of the name, or the whole HR id (as a coordinator types it, in any case)
            where.append(" and (lower(concat(p.givenName, ' ', p.familyName)) like :q or lower(p.hrId) = :hrId)");
            params.put("q", "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("hrId", q.strip().toLowerCase());
        }
        if (page.after() != null) {
            where.append(" and p.hrId > :after");
            params.put("after", page.after());
        }
        TypedQuery<Person> query = em.createQuery("select p from Person p " + where + " order by p.hrId", Person.class)
                .setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return page.page(query.getResultList(), p -> p.hrId, p -> p);
    }

    private static DomainException unknownAgency(String code) {
        return new DomainException(Kind.REFUSED, "UNKNOWN_AGENCY", "Unknown agency", "No agency '" + code + "' is known; create it first",
                List.of(new FieldError("agencyCode", "unknown agency")), Map.of());
    }
}
