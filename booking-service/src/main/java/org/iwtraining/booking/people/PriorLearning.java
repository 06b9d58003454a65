package org.iwtraining.booking.people;

import java.time.LocalDate;

/** A completion learnt elsewhere, as HR reports it. */
public record PriorLearning(String moduleRef, LocalDate completedOn, String source) {
}
