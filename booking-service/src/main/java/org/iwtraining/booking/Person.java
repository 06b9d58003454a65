package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of staff as the HR system knows them; a leaver keeps their record but books nothing new. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public String hrId;
    public String givenName;
    public String familyName;
    public String email;
    public String phone;
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    public String managerHrId;
    public boolean shareContactConsent;
    public Instant leftAt;
    @Enumerated(EnumType.STRING)
    public PersonSource source = PersonSource.HR;
    /** Access needs the person recorded: step-free access, a hearing loop, something else (see the notes). */
    public boolean accessStepFree;
    public boolean accessHearingLoop;
    public boolean accessOther;
    public String accessNotes;
    /** When the person's data was erased (on request, or by the retention of leavers); null when it never was. */
    public Instant erasedAt;
    @Version
    public long version;

    public boolean hasLeft() {
        return leftAt != null;
    }
}
