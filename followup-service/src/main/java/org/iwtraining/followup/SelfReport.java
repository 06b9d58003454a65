package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A trainer's own word on their cascade, sent through the self-report link of a trainer notice (SELF_REPORTED):
 * started or not, when, how many attended, of which agencies. No call: the case's first call still stands.
 */
@Entity
@Table(name = "self_report")
public class SelfReport extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;
    public boolean started;
    @Column(name = "started_on")
    public LocalDate startedOn;
    public Integer attendees;
    /** Agency names or codes as the trainer wrote them, one per line. */
    public String agencies;

    public List<String> agencyList() {
        return agencies == null || agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split("\n"));
    }
}
