package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A coordinator's nominees shared out over candidate sessions: a proposal, then confirmed places. */
@Entity
public class Cohort extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public AllocationStrategy strategy;
    @Enumerated(EnumType.STRING)
    public CohortStatus status;
    public int placed;
    public long sumOfSquares;
    public long computeMillis;
    @Convert(converter = CohortProposalConverter.class)
    public CohortProposal proposal;
    /** The subject of the token that proposed it (an agency lead sees only their own). */
    public String proposedBy;
    public Instant createdAt;
    public Instant confirmedAt;
    @Version
    public long version;
}
