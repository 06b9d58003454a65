package org.iwtraining.followup;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A one-off change to the computed bank holidays, keyed by its date. */
@Entity
@Table(name = "bank_holiday_override")
public class BankHolidayOverride extends PanacheEntityBase {

    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public OverrideKind kind;
    public String name;
    @Version
    public long version;
}
