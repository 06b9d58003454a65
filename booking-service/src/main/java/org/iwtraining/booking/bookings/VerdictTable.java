package org.iwtraining.booking.bookings;

/**
 * {@link BookingRules}' verdicts for every person × every session of a cohort, held as one small code per pair
 * (a refusal, or the index of the distinct prerequisite answer it shares with others) so that millions of
 * pairs cost a few bytes each.
 */
public final class VerdictTable {

    private final int[][] codes;
    private final Verdict[] answers;

    VerdictTable(int[][] codes, Verdict[] answers) {
        this.codes = codes;
        this.answers = answers;
    }

    /** The verdict for the {@code person}-th person and the {@code session}-th session, as given to the rules. */
    public Verdict verdict(int person, int session) {
        return BookingRules.verdictOf(codes[person][session], answers);
    }
}
