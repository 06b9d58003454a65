package org.iwtraining.followup;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One assignment of a case to a caller. A reassignment ends the current one (keeping the case's schedule sequence
 * at that moment, for the old caller's calendar to cancel the event) and starts another.
 */
@Entity
@Table(name = "case_assignment")
public class CaseAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public FollowupCase followupCase;
    @Column(name = "caller_id")
    public String callerId;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "ended_sequence")
    public Integer endedSequence;
}
