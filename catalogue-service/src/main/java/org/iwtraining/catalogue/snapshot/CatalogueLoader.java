package org.iwtraining.catalogue.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.iwtraining.catalogue.Audience;
import org.iwtraining.catalogue.CatalogueRevision;
import org.iwtraining.catalogue.PlanCell;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.TrainingProcess;

/**
 * Reads a whole {@link Catalogue} in a transaction of its own, so the entities it holds are detached from every
 * caller's persistence context and an edit in progress can never reach the shared snapshot.
 */
@ApplicationScoped
class CatalogueLoader {

    @Transactional(TxType.REQUIRES_NEW)
    Catalogue load() {
        CatalogueRevision revision = CatalogueRevision.findById(1);
        return new Catalogue(Long.toString(revision.revision), TrainingModule.listAll(), TrainingProcess.listAll(),
                Audience.listAll(), PlanCell.listAll());
    }
}
