package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One call (or unanswered attempt) made on a case. */
@Entity
@Table(name = "followup_call")
public class FollowupCall extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public FollowupCase followupCase;
    public int number;
    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;
    @Column(name = "called_at")
    public OffsetDateTime calledAt;
    public String notes;
    @Column(name = "materials_feedback")
    public String materialsFeedback;
    @Column(name = "cascade_started_on")
    public LocalDate cascadeStartedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "materials_reception")
    public MaterialsReception materialsReception;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Barrier> barriers = new ArrayList<>();
    @Column(name = "support_requested")
    public String supportRequested;
    @Column(name = "planned_cascade_on")
    public LocalDate plannedCascadeOn;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
