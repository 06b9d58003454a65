package org.iwtraining.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One delivery of a course or of modules, with its capacity and agency-mix policy. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String venue;
    /** The room of a venue the session is held in; null for a session with only the free-text venue. */
    public String roomId;
    /** Why an unqualified trainer was accepted; null when every trainer was qualified. */
    public String trainerOverrideReason;
    /** Why modules breaking the course rules were accepted; null when they broke none. */
    public String rulesOverrideReason;
    /** What the modules need beforehand that earlier modules of the session do not give (canonical expression). */
    public String entryRequirements;
    public String courseId;
    @Enumerated(EnumType.STRING)
    public TrainingProcess process;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    public int capacity;
    public BigDecimal maxAgencyShare;
    public int minAgencies;
    public int minSectors;
    public Instant capsLiftAt;
    public boolean capsLifted;
    public Instant startsAt;
    public Instant endsAt;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    /** Free text sent with each reminder: how to get in, parking, what to bring. */
    public String joiningInstructions;
    @Enumerated(EnumType.STRING)
    public CancellationReason cancelReason;
    public String cancelNote;
    public String cancelledBy;
    public Instant cancelledAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "session_part", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "part_no")
    public List<SessionPart> parts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "session_module", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "module_ref")
    public List<String> moduleRefs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "hr_id")
    public List<String> trainerHrIds = new ArrayList<>();

    /** No agency holds more than this many confirmed places while caps hold. */
    public int agencyCap() {
        return agencyCap(capacity, maxAgencyShare);
    }

    public static int agencyCap(int capacity, BigDecimal maxAgencyShare) {
        return Math.max(1, BigDecimal.valueOf(capacity).multiply(maxAgencyShare).setScale(0, RoundingMode.FLOOR).intValueExact());
    }

    public boolean capsHold(Instant now) {
        return now.isBefore(capsLiftAt);
    }

    /** Started or cancelled: nobody books it any more. */
    public boolean isClosed(Instant now) {
        return status == SessionStatus.CANCELLED || !now.isBefore(startsAt);
    }

    public void setParts(List<SessionPart> newParts) {
        parts.clear();
        parts.addAll(newParts);
        startsAt = newParts.get(0).startsAt;
        endsAt = newParts.get(newParts.size() - 1).endsAt;
    }
}
