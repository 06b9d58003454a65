package org.iwtraining.followup;

/** Why a case closed: a call heard the cascade had started, booking-service saw the trainer deliver a session, the person left, the completion was withdrawn, an administrator closed it, or the person's data was erased. */
public enum ClosedReason {
    CASCADE_STARTED, CASCADE_SESSION, LEFT, REVOKED, CLOSED_BY_ADMIN, ERASED
}
