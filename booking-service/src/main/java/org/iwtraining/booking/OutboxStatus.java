package org.iwtraining.booking;

/** Where an outbox row stands: waiting for (another) attempt, delivered, or given up on until an operator retries it. */
public enum OutboxStatus {
    PENDING, DELIVERED, FAILED
}
