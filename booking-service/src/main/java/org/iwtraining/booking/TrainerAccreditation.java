package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A coordinator's record that a person may train a process, with the reason (one per person and process). */
@Entity
@Table(name = "trainer_accreditation")
public class TrainerAccreditation extends PanacheEntityBase {

    @Id
    public String id;
    public String personId;
    @Enumerated(EnumType.STRING)
    public TrainingProcess process;
    public String reason;
    public String recordedBy;
    public Instant recordedAt;
}
