package org.iwtraining.catalogue.eligibility;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.catalogue.snapshot.RequestChecks;
import org.iwtraining.conventions.problem.DomainException;

/** Answers eligibility questions against the current catalogue; every answer carries the revision it used. */
@ApplicationScoped
public class EligibilityService {

    public static final int MAX_BATCH = 1000;

    public record Answers(List<Answer> answers, String revision) {
    }

    private final CatalogueService catalogue;

    public EligibilityService(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public Answers check(EligibilityQuestion question) {
        return answer(List.of(question), "");
    }

    public Answers batch(List<EligibilityQuestion> checks) {
        if (checks == null) {
            throw DomainException.invalid("checks", "is required");
        }
        if (checks.size() > MAX_BATCH) {
            throw DomainException.refused("BATCH_TOO_LARGE", "Batch too large",
                    "A batch holds at most " + MAX_BATCH + " checks; this one has " + checks.size()
                            + ". Split it into several requests.");
        }
        return answer(checks, "checks");
    }

    private Answers answer(List<EligibilityQuestion> questions, String listField) {
        Catalogue current = catalogue.current();
        List<Answer> answers = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            String prefix = listField.isEmpty() ? "" : listField + "[" + i + "].";
            EligibilityQuestion q = questions.get(i);
            if (q == null) {
                throw DomainException.invalid(listField + "[" + i + "]", "must be a check, not null");
            }
            List<String> modules = modules(q, prefix, current);
            answers.add(current.rules().check(modules, RequestChecks.refs(q.completed(), prefix + "completed", current),
                    RequestChecks.refs(q.waived(), prefix + "waived", current),
                    RequestChecks.audience(q.audience(), prefix + "audience", current)));
        }
        return new Answers(answers, current.revision());
    }

    private static List<String> modules(EligibilityQuestion q, String prefix, Catalogue current) {
        if (q.module() != null && q.modules() != null) {
            throw DomainException.invalid(prefix + "module", "give either module or modules, not both");
        }
        if (q.module() != null) {
            RequestChecks.ref(q.module(), prefix + "module", current);
            return List.of(q.module());
        }
        if (q.modules() == null || q.modules().isEmpty()) {
            throw DomainException.invalid(prefix + "modules", "name at least one module (or give module)");
        }
        return RequestChecks.refs(q.modules(), prefix + "modules", current);
    }
}
