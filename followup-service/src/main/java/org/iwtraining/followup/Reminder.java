package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An e-mail reminder, claimed by the instance that inserted it and kept with what it said. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "reminder_key")
    public String reminderKey;
    @Enumerated(EnumType.STRING)
    public ReminderKind kind;
    @Column(name = "caller_id")
    public String callerId;
    @Column(name = "for_date")
    public LocalDate forDate;
    public String recipient;
    public String subject;
    public String body;
    @Enumerated(EnumType.STRING)
    public ReminderStatus status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
