package org.iwtraining.booking.bookings;

/**
 * What {@link BookingRules} holds for one pair while judging many: a refusal's shared {@link Verdict}, or the
 * prerequisite question the pair shares with others, answered in one batch afterwards. A cohort holds millions.
 */
sealed interface Judgement permits Verdict, PrerequisiteQuestions.Question {

    Verdict verdict();
}
