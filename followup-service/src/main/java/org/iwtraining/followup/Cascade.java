package org.iwtraining.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A cascade a trainer delivered: a session booking-service reported, or one outside the suite a caller or the
 * trainer recorded. {@code attendees} are the colleagues trained (null when unknown), {@code byAgency} and
 * {@code bySector} what is known of them.
 */
@Entity
@Table(name = "cascade")
public class Cascade extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "person_id")
    public String personId;
    @Enumerated(EnumType.STRING)
    public Process process;
    @Enumerated(EnumType.STRING)
    public CascadeSource source;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public Integer attendees;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_agency")
    public Map<String, Integer> byAgency = new TreeMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_sector")
    public Map<String, Integer> bySector = new TreeMap<>();
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public int colleagues() {
        return attendees == null ? 0 : attendees;
    }
}
