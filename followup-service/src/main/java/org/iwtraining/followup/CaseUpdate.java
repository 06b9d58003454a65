package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

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

/** A call-less update on a case (SELF_REPORTED: started or not, when, how many attended, of which agencies). */
@Entity
@Table(name = "case_update")
public class CaseUpdate extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public FollowupCase followupCase;
    @Enumerated(EnumType.STRING)
    public CaseUpdateKind kind;
    public boolean started;
    @Column(name = "started_on")
    public LocalDate startedOn;
    public Integer attendees;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_agency")
    public Map<String, Integer> byAgency = new TreeMap<>();
    public String notes;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
