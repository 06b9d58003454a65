package org.iwtraining.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A course: modules in delivery order, for an audience, focused on one process. */
@Entity
public class Course extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String process;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> audiences;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> modules;
    @Column(name = "override_reason")
    public String overrideReason;
    /** Canonical expression text of what an attendee needs beforehand; null when nothing. */
    @Column(name = "entry_requirements")
    public String entryRequirements;
    @Column(name = "min_minutes")
    public int minMinutes;
    @Column(name = "max_minutes")
    public int maxMinutes;
    @Column(name = "modules_without_duration")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> modulesWithoutDuration;
    /** Codes of the seed's rules this course breaks, accepted because of {@link #overrideReason}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> violations;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
