package org.iwtraining.booking.bookings;

/**
 * {@link BookingRules}' verdicts for every person × every session of a cohort. Each pair holds a reference to a
 * shared refusal or to the prerequisite question it shares with others, so millions of pairs cost a few bytes each.
 */
public final class VerdictTable {

    private final Judgement[][] table;

    VerdictTable(Judgement[][] table) {
        this.table = table;
    }

    /** The verdict for the {@code person}-th person and the {@code session}-th session, as given to the rules. */
    public Verdict verdict(int person, int session) {
        return table[person][session].verdict();
    }
}
