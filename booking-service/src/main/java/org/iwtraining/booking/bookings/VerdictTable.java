package org.iwtraining.booking.bookings;

/**
 * {@link BookingRules}' verdicts for every person × every session of a cohort. People with the same facts share one
 * <em>profile</em>, judged once per session (a cohort of 20,000 has a few hundred): the table holds a row per profile
 * and each person's profile number. Each cell is a shared refusal or the prerequisite question it shares with others.
 */
public final class VerdictTable {

    private final int[] profileOf;
    private final Judgement[][] byProfile;

    VerdictTable(int[] profileOf, Judgement[][] byProfile) {
        this.profileOf = profileOf;
        this.byProfile = byProfile;
    }

    /** The verdict for the {@code person}-th person and the {@code session}-th session, as given to the rules. */
    public Verdict verdict(int person, int session) {
        return byProfile[profileOf[person]][session].verdict();
    }

    /** The number of distinct profiles, numbered from 0. */
    public int profiles() {
        return byProfile.length;
    }

    /** The profile of the {@code person}-th person: people of one profile have the same verdicts. */
    public int profileOf(int person) {
        return profileOf[person];
    }

    /** The verdict for every person of {@code profile} on the {@code session}-th session. */
    public Verdict profileVerdict(int profile, int session) {
        return byProfile[profile][session].verdict();
    }
}
