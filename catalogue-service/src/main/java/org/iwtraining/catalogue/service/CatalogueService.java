package org.iwtraining.catalogue.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.catalogue.CatalogueRevision;
import org.iwtraining.catalogue.CommonMessage;
import org.iwtraining.catalogue.CourseTemplateStep;
import org.iwtraining.catalogue.InformationSource;
import org.iwtraining.catalogue.MaterialKind;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.conventions.paging.PageRequest;

import io.quarkus.panache.common.Sort;

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
    void bumpRevision() {
        CatalogueRevision row = em.find(CatalogueRevision.class, 1, LockModeType.PESSIMISTIC_WRITE);
        row.revision++;
    }

    /**
     * Modules matching the filters (each optional; {@code audience} matches intended and optional audiences), in
     * canonical order, after the page's cursor: {@link PageRequest#fetchSize()} of them at most.
     */
    public List<TrainingModule> modules(ModuleFilter filter, PageRequest page) {
        Catalogue catalogue = current();
        filter.validate(catalogue);
        return catalogue.modules().stream()
                .filter(filter::matches)
                .filter(m -> page.after() == null || sortKey(catalogue, m).compareTo(page.after()) > 0)
                .limit(page.fetchSize())
                .toList();
    }

    /** The key a module list is paged by: its process column, then its ref. */
    public static String sortKey(Catalogue catalogue, TrainingModule m) {
        return String.format("%04d:%s", catalogue.process(m.process).map(p -> p.position).orElse(9999), m.ref);
    }

    public List<CommonMessage> commonMessages() {
        return CommonMessage.listAll(Sort.by("position"));
    }

    public List<CourseTemplateStep> courseTemplate() {
        return CourseTemplateStep.listAll(Sort.by("position"));
    }

    public List<MaterialKind> materialKinds() {
        return MaterialKind.listAll(Sort.by("position"));
    }

    public List<InformationSource> sources() {
        return InformationSource.listAll(Sort.by("position"));
    }
}
