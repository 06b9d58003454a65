package org.iwtraining.catalogue.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.catalogue.CatalogueRevision;

/**
 * Reads the catalogue. The modules, plan and rules are held in memory per revision: every read checks the one-row
 * revision (cheap) and reloads only when an edit has bumped it, so eligibility batches never hit the module table.
 */
@ApplicationScoped
@Transactional
public class CatalogueService {

    private final EntityManager em;
    private final CatalogueLoader loader;
    private volatile Catalogue cached;

    public CatalogueService(EntityManager em, CatalogueLoader loader) {
        this.em = em;
        this.loader = loader;
    }

    public String revision() {
        return Long.toString(em.createQuery("select r.revision from CatalogueRevision r where r.id = 1", Long.class)
                .getSingleResult());
    }

    public Catalogue current() {
        String revision = revision();
        Catalogue catalogue = cached;
        if (catalogue == null || !catalogue.revision().equals(revision)) {
            catalogue = loader.load();
            cached = catalogue;
        }
        return catalogue;
    }

    /** Called in the transaction of every module or plan change. */
    public void bumpRevision() {
        CatalogueRevision row = em.find(CatalogueRevision.class, 1, LockModeType.PESSIMISTIC_WRITE);
        row.revision++;
    }
}
