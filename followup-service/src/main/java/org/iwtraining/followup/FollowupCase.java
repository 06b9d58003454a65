package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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
    @Column(name = "manager_name")
    public String managerName;
    @Column(name = "manager_email")
    public String managerEmail;
    /** Null once closed. */
    @Enumerated(EnumType.STRING)
    public CasePhase phase;
    /** The date of the earliest cascade detected (booking-service, a caller's record, a self-report). */
    @Column(name = "cascade_detected_on")
    public LocalDate cascadeDetectedOn;
    @Column(name = "not_started_calls")
    public int notStartedCalls;
    @Column(name = "no_contact_streak")
    public int noContactStreak;
    @Column(name = "stalled_on")
    public LocalDate stalledOn;
    @Column(name = "target_colleagues")
    public Integer targetColleagues;
    @Column(name = "target_by")
    public LocalDate targetBy;
    /** Colleagues trained through the cascades linked to the case. */
    @Column(name = "colleagues_reached")
    public int colleaguesReached;
    @Version
    public long version;

    @ManyToMany
    @JoinTable(name = "case_cascade", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "cascade_id"))
    @OrderBy("heldOn, id")
    @BatchSize(size = 100)
    public List<Cascade> cascades = new ArrayList<>();

    /** Every assignment to a caller, oldest first: the history a reassignment keeps. */
    @OneToMany(mappedBy = "followupCase")
    @OrderBy("id")
    @BatchSize(size = 100)
    public List<CaseAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "followupCase")
    @OrderBy("recordedAt, id")
    @BatchSize(size = 100)
    public List<CaseUpdate> updates = new ArrayList<>();

    @OneToMany(mappedBy = "followupCase")
    @OrderBy("calledAt, id")
    @BatchSize(size = 100)
    public List<FollowupCall> calls = new ArrayList<>();

    /** The first call is made once a call other than NO_CONTACT is recorded. */
    public boolean firstCallMade() {
        return callNumber > 1;
    }

    /**
     * Behind target: a target is set and the colleagues reached fall short of it pro rata, the share of the time
     * from the training to {@code targetBy} that has passed by {@code today} (all of it from {@code targetBy} on).
     */
    public boolean behindTarget(LocalDate today) {
        if (targetColleagues == null || targetBy == null || colleaguesReached >= targetColleagues) {
            return false;
        }
        if (!today.isBefore(targetBy)) {
            return true;
        }
        long span = ChronoUnit.DAYS.between(trainingEndedOn, targetBy);
        long passed = ChronoUnit.DAYS.between(trainingEndedOn, today);
        return (long) colleaguesReached * span < (long) targetColleagues * passed;
    }

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
        phase = null;
        closedReason = reason;
        closedAt = now;
        nextCallDue = null;
        scheduleSequence++;
        updatedAt = now;
    }

    public void reopen(LocalDate due, OffsetDateTime now) {
        status = CaseStatus.OPEN;
        phase = firstCallMade() ? CasePhase.NOT_STARTED : CasePhase.AWAITING_FIRST_CALL;
        notStartedCalls = 0;
        noContactStreak = 0;
        stalledOn = null;
        closedReason = null;
        closedAt = null;
        cascadeStartedOn = null;
        nextCallDue = due;
        scheduleSequence++;
        updatedAt = now;
    }
}
