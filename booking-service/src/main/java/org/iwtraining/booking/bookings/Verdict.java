package org.iwtraining.booking.bookings;

import java.util.Arrays;
import java.util.List;

import org.iwtraining.conventions.problem.DomainException;

/**
 * {@link BookingRules}' answer for one candidate: bookable, or the first refusal that holds (with the
 * smallest missing module sets for {@link Refusal#PREREQUISITE_MISSING}, the module and the other session for
 * {@link Refusal#ALREADY_BOOKED_FOR_MODULE}).
 */
public record Verdict(Refusal refusal, List<List<String>> missing, ModuleClash clash) implements Judgement {

    public static final Verdict BOOKABLE = new Verdict(null, List.of(), null);

    private static final Verdict[] REFUSED = Arrays.stream(Refusal.values())
            .map(r -> new Verdict(r, List.of(), null)).toArray(Verdict[]::new);

    /** A module the session shares with another session the person holds or waits for a place on. */
    public record ModuleClash(String moduleRef, String otherSessionId) {
    }

    public Verdict(Refusal refusal, List<List<String>> missing) {
        this(refusal, missing, null);
    }

    /** One shared instance per refusal: a cohort holds millions of verdicts. */
    public static Verdict refused(Refusal refusal) {
        return REFUSED[refusal.ordinal()];
    }

    static Verdict alreadyBookedFor(String moduleRef, String otherSessionId) {
        return new Verdict(Refusal.ALREADY_BOOKED_FOR_MODULE, List.of(), new ModuleClash(moduleRef, otherSessionId));
    }

    /** The refusal as the service throws it, with what it rests on. */
    public DomainException toException() {
        DomainException refused = refusal.toException(missing);
        return clash == null ? refused
                : refused.with("module", clash.moduleRef()).with("otherSessionId", clash.otherSessionId());
    }

    @Override
    public Verdict verdict() {
        return this;
    }

    public boolean bookable() {
        return refusal == null;
    }

    /** Bookable once a coordinator gives an override reason. */
    public boolean bookableWithOverride() {
        return refusal == null || refusal.overridable();
    }
}
