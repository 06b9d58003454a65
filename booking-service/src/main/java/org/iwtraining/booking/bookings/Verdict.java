package org.iwtraining.booking.bookings;

import java.util.Arrays;
import java.util.List;

/**
 * {@link BookingRules}' answer for one candidate: bookable, or the first refusal that holds (with the
 * smallest missing module sets for {@link Refusal#PREREQUISITE_MISSING}).
 */
public record Verdict(Refusal refusal, List<List<String>> missing) implements Judgement {

    public static final Verdict BOOKABLE = new Verdict(null, List.of());

    private static final Verdict[] REFUSED = Arrays.stream(Refusal.values())
            .map(r -> new Verdict(r, List.of())).toArray(Verdict[]::new);

    /** One shared instance per refusal: a cohort holds millions of verdicts. */
    public static Verdict refused(Refusal refusal) {
        return REFUSED[refusal.ordinal()];
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
