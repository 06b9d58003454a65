package org.iwtraining.followup.callers;

/** A new caller: {@code subject} is the {@code sub} of their token; {@code managerEmail} may be null. */
public record CallerDraft(String subject, String name, String email, String managerEmail) {
}
