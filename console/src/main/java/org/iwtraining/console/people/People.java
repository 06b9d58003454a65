package org.iwtraining.console.people;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.catalogue.Durations;
import org.iwtraining.console.client.BookingClient;
import org.iwtraining.console.client.BookingData;
import org.iwtraining.console.client.CatalogueClient;
import org.iwtraining.console.client.CatalogueData;
import org.iwtraining.console.client.FollowupClient;
import org.iwtraining.console.client.FollowupData;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.config.ConsoleConfig;
import org.iwtraining.console.sessions.When;

/**
 * The people pages' content: booking-service's people (an agency lead is given their own agency's only: the service
 * decides) and catalogue-service's next steps.
 */
@ApplicationScoped
public class People {

    /** A person's places over the years: one page of the service's largest. */
    private static final int PLACES_OF_ONE_PERSON = 500;

    private final BookingClient booking;
    private final CatalogueClient catalogue;
    private final FollowupClient followup;
    private final int pageSize;

    People(BookingClient booking, CatalogueClient catalogue, FollowupClient followup, ConsoleConfig config) {
        this.booking = booking;
        this.catalogue = catalogue;
        this.followup = followup;
        this.pageSize = config.pageSize();
    }

    /** People whose name or HR id matches {@code q} (everyone visible when it is blank), a page at a time. */
    public Page<PersonLine> search(String q, String cursor) {
        Page<BookingData.Person> page = booking.people(q == null || q.isBlank() ? null : q.strip(), pageSize, cursor);
        return new Page<>(page.items().stream().map(PersonLine::from).toList(), page.next());
    }

    /** @param withCases also their train-the-trainer follow-up cases (followup-service shows them to coordinators and auditors) */
    public PersonRecord record(String hrId, boolean withCases) {
        BookingData.Person person = booking.person(hrId);
        BookingData.TrainingRecord record = booking.trainingRecord(hrId);
        List<PersonRecord.Place> places = booking.personBookings(hrId, PLACES_OF_ONE_PERSON).items().stream()
                .map(b -> new PersonRecord.Place(b.sessionId(), b.sessionTitle() == null ? "Session" : b.sessionTitle(),
                        b.sessionStartsAt() == null ? null : When.day(b.sessionStartsAt()), placeStatus(b)))
                .toList();
        List<String> completed = record.completions().stream().map(BookingData.Completion::moduleRef).distinct().toList();
        List<String> waived = record.waivers().stream().map(BookingData.Waiver::moduleRef).distinct().toList();
        CatalogueData.NextSteps next = catalogue.nextSteps(new CatalogueData.NextStepsQuestion(person.audience(), completed, waived));
        List<PersonRecord.NextStep> steps = next.modules() == null ? List.of() : next.modules().stream()
                .map(step -> new PersonRecord.NextStep(step.ref(), step.name(), step.open(), needs(step),
                        Durations.of(step.minMinutes(), step.maxMinutes(), null, null)))
                .toList();
        List<PersonRecord.FollowUp> cases = !withCases ? List.of() : followup.casesOf(hrId).stream()
                .map(c -> new PersonRecord.FollowUp(c.moduleRef(), caseStatus(c),
                        c.nextCallDue() == null ? null : When.day(c.nextCallDue())))
                .toList();
        return new PersonRecord(PersonLine.from(person), person.email(), person.phone(), record.completions(),
                record.waivers(), places, steps, Durations.of(next.minMinutes(), next.maxMinutes(), null, null), cases);
    }

    /** "needs IS01 and IS02, or IW02": the smallest sets of modules that would open it. */
    static String needs(CatalogueData.NextStep step) {
        if (step.open() || step.missing() == null || step.missing().isEmpty()) {
            return null;
        }
        return "needs " + step.missing().stream().map(People::list).collect(Collectors.joining(", or "));
    }

    private static String list(List<String> refs) {
        if (refs.size() == 1) {
            return refs.get(0);
        }
        return String.join(", ", refs.subList(0, refs.size() - 1)) + " and " + refs.get(refs.size() - 1);
    }

    private static String caseStatus(FollowupData.Case c) {
        if (!"OPEN".equals(c.status())) {
            return c.cascadeStartedOn() == null ? "Closed" : "Cascading since " + When.day(c.cascadeStartedOn());
        }
        return c.phase() == null ? "Open" : switch (c.phase()) {
            case "AWAITING_FIRST_CALL" -> "Waiting for the first call";
            case "NOT_STARTED" -> "Not started cascading yet";
            case "STALLED" -> "Stalled: escalated to their manager";
            default -> "Open";
        };
    }

    private static String placeStatus(BookingData.Booking b) {
        return switch (b.status()) {
            case "CONFIRMED" -> "Confirmed";
            case "WAITLISTED" -> "On the waitlist";
            case "CANCELLED" -> "Cancelled";
            default -> b.status();
        };
    }
}
