package org.iwtraining.followup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Someone who makes follow-up calls; a manager, when known, receives the escalations of late calls. A caller's
 * token finds its record by {@link #subject}.
 */
@Entity
@Table(name = "caller")
public class Caller extends PanacheEntityBase {

    /** The caller that cases without one go to; its name and e-mail come from configuration. */
    public static final String DEFAULT_ID = "default";

    @Id
    public String id;
    public String name;
    public String email;
    @Column(name = "manager_email")
    public String managerEmail;
    /** The {@code sub} of this caller's token: how a caller's request finds its record. Unique. */
    public String subject;
    /** The SHA-256 hash of the calendar feed's secret token; null until one is issued. */
    @Column(name = "calendar_token_hash")
    public String calendarTokenHash;
    /** The agencies whose new cases this caller takes (with {@link #processes}: both must match when both are set). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> agencies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Process> processes = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
