package org.iwtraining.catalogue.modules;

import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.conventions.problem.DomainException;

/** The filters of {@code GET /modules}; null means "any". */
public record ModuleFilter(String process, String audience, Boolean trainTheTrainer, String status) {

    void validate(Catalogue catalogue) {
        if (process != null && catalogue.process(process).isEmpty()) {
            throw DomainException.invalid("process", "unknown process '" + process + "'");
        }
        if (audience != null && !catalogue.hasAudience(audience)) {
            throw DomainException.invalid("audience", "unknown audience '" + audience + "'");
        }
        if (status != null && !ModuleStatus.isValid(status)) {
            throw DomainException.invalid("status", "must be one of " + ModuleStatus.NAMES);
        }
    }

    boolean matches(TrainingModule m) {
        return (process == null || process.equals(m.process))
                && (audience == null || m.audiences.contains(audience) || m.optionalFor.contains(audience))
                && (trainTheTrainer == null || trainTheTrainer == m.trainTheTrainer)
                && (status == null || status.equals(m.status));
    }
}
