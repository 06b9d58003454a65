package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A waivable prerequisite set aside for one person ("very experienced in this area"). */
@Entity
public class Waiver extends PanacheEntityBase {

    @Id
    public String id;
    public String personId;
    public String moduleRef;
    public String reason;
    public String recordedBy;
    public Instant recordedAt;
}
