package org.iwtraining.booking.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.TrainerAccreditation;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.ModuleData;
import org.iwtraining.booking.client.UnknownModuleException;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.time.Zones;

/**
 * A person's training record: completions (from our sessions or prior learning) and waivers. Every
 * completion is written by {@link #recordCompletion}, the one place later work hooks into (train-the-trainer
 * follow-up events).
 */
@ApplicationScoped
@Transactional
public class TrainingRecordService {

    private final PersonService people;
    private final CatalogueClient catalogue;
    private final Clock clock;
    private final OutboxEvents events;

    public TrainingRecordService(PersonService people, CatalogueClient catalogue, Clock clock, OutboxEvents events) {
        this.people = people;
        this.catalogue = catalogue;
        this.clock = clock;
        this.events = events;
    }

    public record Recorded<T>(T value, boolean created) {
    }

    public record TrainingRecord(String personId, List<Completion> completions, List<Waiver> waivers,
            List<TrainerAccreditation> accreditations) {
    }

    /** The record of a person the asker may see (another agency's person is 404 to an agency lead). */
    public TrainingRecord record(String hrId, Requester requester) {
        people.require(hrId, requester);
        return new TrainingRecord(hrId, Completion.list("personId = ?1 order by completedOn, moduleRef", hrId),
                Waiver.list("personId = ?1 order by moduleRef", hrId),
                TrainerAccreditation.list("personId = ?1 order by process", hrId));
    }

    /** Prior learning from HR; the same module, date and source again is the same completion (200). */
    public Recorded<Completion> recordPriorLearning(String hrId, PriorLearning request) {
        people.require(hrId);
        if (request.completedOn().isAfter(LocalDate.now(clock.withZone(Zones.LONDON)))) {
            throw DomainException.invalid("completedOn", "must not be in the future");
        }
        module(request.moduleRef());
        Optional<Completion> same = Completion.find("personId = ?1 and moduleRef = ?2 and completedOn = ?3 and source = ?4 "
                + "and sessionId is null", hrId, request.moduleRef(), request.completedOn(), request.source()).firstResultOptional();
        if (same.isPresent()) {
            return new Recorded<>(same.get(), false);
        }
        return new Recorded<>(recordCompletion(hrId, request.moduleRef(), request.completedOn(), request.source(), null), true);
    }

    /** Writes one completion; the single path every completion takes. */
    public Completion recordCompletion(String hrId, String moduleRef, LocalDate completedOn, String source, String sessionId) {
        Completion completion = new Completion();
        completion.id = UUID.randomUUID().toString();
        completion.personId = hrId;
        completion.moduleRef = moduleRef;
        completion.completedOn = completedOn;
        completion.source = source;
        completion.sessionId = sessionId;
        completion.recordedAt = clock.instant();
        completion.persist();
        events.completionRecorded(completion);
        return completion;
    }

    /** Withdraws the completions a session gave a person (attendance corrected); answers how many. */
    public long withdrawSessionCompletions(String hrId, String sessionId) {
        events.sessionCompletionsRevoked(hrId, sessionId);
        return Completion.delete("personId = ?1 and sessionId = ?2", hrId, sessionId);
    }

    /** A waiver of a waivable module's prerequisite; recording it again answers the existing one (200). */
    public Recorded<Waiver> waive(String hrId, WaiverDetails request) {
        people.require(hrId);
        ModuleData module = module(request.moduleRef());
        if (!module.waivable()) {
            throw new DomainException(Kind.REFUSED, "NOT_WAIVABLE", "Prerequisite not waivable",
                    "The prerequisite of " + module.ref() + " cannot be waived",
                    List.of(new FieldError("moduleRef", "not waivable")), Map.of());
        }
        Optional<Waiver> existing = Waiver.find("personId = ?1 and moduleRef = ?2", hrId, request.moduleRef()).firstResultOptional();
        if (existing.isPresent()) {
            return new Recorded<>(existing.get(), false);
        }
        Waiver waiver = new Waiver();
        waiver.id = UUID.randomUUID().toString();
        waiver.personId = hrId;
        waiver.moduleRef = request.moduleRef();
        waiver.reason = request.reason();
        waiver.recordedBy = request.recordedBy();
        waiver.recordedAt = clock.instant();
        waiver.persist();
        return new Recorded<>(waiver, true);
    }

    private ModuleData module(String ref) {
        return catalogue.module(ref).orElseThrow(() -> new UnknownModuleException(ref, "moduleRef"));
    }
}
