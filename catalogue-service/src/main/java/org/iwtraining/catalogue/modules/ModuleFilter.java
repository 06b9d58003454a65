package org.iwtraining.catalogue.modules;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * The filters as one test. {@code audience} matches a module intended or optional for it, or one the Appendix 1
     * plan gives it (the plan row is the seed's word on who takes what: TRAINER gets IW02); the module's own
     * audiences are not changed by this.
     */
    Predicate<TrainingModule> matcher(Catalogue catalogue) {
        Set<String> planned = audience == null ? Set.of()
                : catalogue.plan(audience).stream().map(c -> c.moduleRef).collect(Collectors.toSet());
        return m -> matches(m, planned);
    }

    private boolean matches(TrainingModule m, Set<String> planned) {
        return (process == null || process.equals(m.process))
                && (audience == null || m.audiences.contains(audience) || m.optionalFor.contains(audience)
                        || planned.contains(m.ref))
                && (trainTheTrainer == null || trainTheTrainer == m.trainTheTrainer)
                && (status == null || status.equals(m.status));
    }
}
