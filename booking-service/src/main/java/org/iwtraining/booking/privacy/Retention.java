package org.iwtraining.booking.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.conventions.audit.AuditTrail;
import org.iwtraining.conventions.time.Zones;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The retention of leavers: a person who left longer ago than {@code booking.retention.leavers} (default six
 * years, the usual HR retention) has their data erased, as an erasure on request would. Each batch of leavers is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and erased in the claiming transaction, so with several instances
 * running each leaver is erased once; each erasure leaves an audit row naming the job. A leaver HR sent back (no longer a leaver) is not due; one who left again
 * after an erasure is due again once the period has passed since.
 */
@ApplicationScoped
public class Retention {

    static final int BATCH = 50;
    /** A run yields now and then to the next scheduled run. */
    private static final int MAX_BATCHES_PER_RUN = 200;

    private final EntityManager em;
    private final Clock clock;
    private final BookingConfig config;
    private final Erasure erasure;
    private final AuditTrail audit;

    public Retention(EntityManager em, Clock clock, BookingConfig config, Erasure erasure, AuditTrail audit) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.erasure = erasure;
        this.audit = audit;
    }

    /** @return how many leavers' data was erased */
    public int eraseDueLeavers() {
        Instant cutoff = clock.instant().atZone(Zones.LONDON).minus(config.retention().leavers()).toInstant();
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int erased = QuarkusTransaction.requiringNew().call(() -> eraseBatch(cutoff));
            total += erased;
            if (erased < BATCH) {
                break;
            }
        }
        return total;
    }

    private int eraseBatch(Instant cutoff) {
        // before claiming: another instance's batch finishes first, so no two erasures hold rows the other needs
        erasure.oneAtATime();
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select hr_id from person where left_at is not null and left_at <= ?1 "
                + "and (erased_at is null or erased_at < left_at) order by left_at, hr_id limit ?2 for update skip locked")
                .setParameter(1, cutoff).setParameter(2, BATCH).getResultList();
        for (String hrId : due) {
            erasure.erase(hrId);
            // no request asked for it: the trail names the job, in the erasure's own transaction
            audit.recordJob("retention-of-leavers", clock.instant(), "person", hrId, Set.of(hrId));
        }
        return due.size();
    }
}
