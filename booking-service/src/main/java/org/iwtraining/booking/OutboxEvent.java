package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One thing to deliver: an event to its internal receiver (followup-service, the attendee's mailbox), or one
 * event to one webhook subscription ({@code webhook.delivery}). Written in the transaction of the change it
 * reports; the dispatcher delivers it at least once.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public String id;
    public String type;
    @Column(name = "event_key")
    public String key;
    /** The event this row delivers: its own id, or for a webhook delivery the event's, stable across retries. */
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "webhook_id")
    public String webhookId;
    public String payload;
    @Enumerated(EnumType.STRING)
    public OutboxStatus status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "retry_until")
    public Instant retryUntil;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
