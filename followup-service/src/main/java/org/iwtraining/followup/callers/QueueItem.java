package org.iwtraining.followup.callers;

import org.iwtraining.followup.FollowupCase;

/** A case whose next call is in a caller's queue; overdue when it was due before the queue's date. */
public record QueueItem(FollowupCase followupCase, boolean overdue) {
}
