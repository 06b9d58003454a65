package org.iwtraining.followup;

/** A call-less update on a case: what the trainer reported through the self-report link. */
public enum CaseUpdateKind {
    SELF_REPORTED
}
