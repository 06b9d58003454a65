package org.iwtraining.booking;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An HR system's subscription to some of booking-service's events, signed with its own secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public String id;
    public String url;
    /** The subscribed event types, comma-separated. */
    public String events;
    /** {@code whsec_} + base64 of the key bytes, as Standard Webhooks libraries take it. */
    public String secret;
    public boolean active;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "created_at")
    public Instant createdAt;

    public List<String> eventTypes() {
        return Arrays.asList(events.split(","));
    }
}
