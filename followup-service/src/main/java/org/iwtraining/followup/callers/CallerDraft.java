package org.iwtraining.followup.callers;

/** A new caller; {@code managerEmail} may be null. */
public record CallerDraft(String name, String email, String managerEmail) {
}
