package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The follow-up of one trainer after one train-the-trainer completion (person, module, session). */
@Entity
@Table(name = "followup_case")
public class FollowupCase extends PanacheEntityBase {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "person_id")
    public String personId;
    public String name;
    public String email;
    public String phone;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "module_ref")
    public String moduleRef;
    @Enumerated(EnumType.STRING)
    public Process process;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "training_ended_on")
    public LocalDate trainingEndedOn;
    @Column(name = "caller_id")
    public String callerId;
    @Column(name = "next_call_due")
    public LocalDate nextCallDue;
    @Column(name = "call_number")
    public int callNumber;
    @Column(name = "schedule_sequence")
    public int scheduleSequence;
    @Column(name = "cascade_started_on")
    public LocalDate cascadeStartedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason")
    public ClosedReason closedReason;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** Set when the person's data was erased: name, contact details and call notes read as the marker from then on. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "followupCase")
    @OrderBy("calledAt, id")
    @BatchSize(size = 100)
    public List<FollowupCall> calls = new ArrayList<>();

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /** Moves the next call; a calendar subscriber sees the change because the sequence grows. */
    public void scheduleNextCall(LocalDate due, OffsetDateTime now) {
        if (!due.equals(nextCallDue)) {
            nextCallDue = due;
            scheduleSequence++;
        }
        updatedAt = now;
    }

    public void close(ClosedReason reason, OffsetDateTime now) {
        status = CaseStatus.CLOSED;
        closedReason = reason;
        closedAt = now;
        nextCallDue = null;
        scheduleSequence++;
        updatedAt = now;
    }

    public void reopen(LocalDate due, OffsetDateTime now) {
        status = CaseStatus.OPEN;
        closedReason = null;
        closedAt = null;
        cascadeStartedOn = null;
        nextCallDue = due;
        scheduleSequence++;
        updatedAt = now;
    }
}
