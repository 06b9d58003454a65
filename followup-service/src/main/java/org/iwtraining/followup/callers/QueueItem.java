package org.iwtraining.followup.callers;

import org.iwtraining.followup.FollowupCase;

/**
 * A case whose next call is in a caller's queue; overdue when it was due before the queue's date, behind target when
 * the trainer's colleagues reached fall short of their target pro rata at that date.
 */
public record QueueItem(FollowupCase followupCase, boolean overdue, boolean behindTarget) {
}
