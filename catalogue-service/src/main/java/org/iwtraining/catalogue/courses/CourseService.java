package org.iwtraining.catalogue.courses;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.catalogue.Course;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.TrainingProcess;
import org.iwtraining.catalogue.modules.Duration;
import org.iwtraining.catalogue.modules.ModuleStatus;
import org.iwtraining.catalogue.prerequisites.Expression;
import org.iwtraining.catalogue.prerequisites.ExpressionParser;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.catalogue.snapshot.RequestChecks;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Courses composed from modules. A new course is checked against the seed's rules: IW01 in every course, the
 * process's introduction in every course of that process (or a module standing in place of it for all the course's
 * audiences, IW02 for managers), and no module before a module its prerequisite names. A course that breaks a rule
 * is refused unless it states why (overrideReason), which is then stored with the rules it breaks.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    public record Violation(String rule, String message) {
    }

    /** What a new course asks for; lists may be null. */
    public record CourseDraft(String title, String process, List<String> audiences, List<String> modules,
            String overrideReason) {
    }

    /**
     * A module list to check against the course rules without storing anything: the modules in delivery order;
     * {@code wholeCourse} brings in IW01 and the introduction rules (for {@code process}, with the audiences that
     * decide what stands in place of an introduction: none given means anyone); {@code courseId} asks that the
     * modules be that course or a consecutive run of its modules in its order; {@code partMinutes} are the
     * minutes of the parts the modules must fit in. Lists and strings may be null.
     */
    public record CheckDraft(List<String> modules, boolean wholeCourse, String process, List<String> audiences,
            String courseId, List<Integer> partMinutes) {
    }

    /** The answer of a check: each broken rule, what the list needs beforehand, and its duration. */
    public record CheckResult(List<Violation> violations, String entryRequirements, int minMinutes, int maxMinutes,
            List<String> modulesWithoutDuration, Integer availableMinutes) {
    }

    private final CatalogueService catalogue;
    private final Clock clock;

    public CourseService(CatalogueService catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public Course create(CourseDraft draft) {
        Catalogue current = catalogue.current();
        TrainingProcess process = current.process(draft.process())
                .orElseThrow(() -> DomainException.invalid("process", "unknown process '" + draft.process() + "'"));
        List<String> audiences = distinct(draft.audiences(), "audiences");
        for (int i = 0; i < audiences.size(); i++) {
            RequestChecks.audience(audiences.get(i), "audiences[" + i + "]", current);
        }
        List<String> refs = distinct(draft.modules(), "modules");
        List<TrainingModule> modules = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            RequestChecks.ref(refs.get(i), "modules[" + i + "]", current);
            TrainingModule module = current.module(refs.get(i)).orElseThrow();
            if (ModuleStatus.RETIRED.name().equals(module.status)) {
                throw DomainException.refused("MODULE_RETIRED", "Retired module",
                        "Module " + module.ref + " is retired and goes in no new course");
            }
            modules.add(module);
        }
        if (draft.overrideReason() != null && draft.overrideReason().isBlank()) {
            throw DomainException.invalid("overrideReason", "must not be blank when given");
        }
        List<Violation> violations = violations(current, process, audiences, refs);
        if (!violations.isEmpty() && draft.overrideReason() == null) {
            throw DomainException.refused("COURSE_RULES_BROKEN", "Course breaks the seed's rules",
                    violations.size() + " rule(s) broken; fix the course or give an overrideReason")
                    .with("violations", violations);
        }
        Duration duration = Duration.of(modules);
        Course course = new Course();
        course.id = UUID.randomUUID().toString();
        course.title = draft.title();
        course.process = process.code;
        course.audiences = audiences;
        course.modules = refs;
        course.overrideReason = draft.overrideReason();
        course.entryRequirements = entryRequirements(current, refs);
        course.minMinutes = duration.minMinutes();
        course.maxMinutes = duration.maxMinutes();
        course.modulesWithoutDuration = duration.modulesWithoutDuration();
        course.violations = violations.stream().map(Violation::rule).distinct().toList();
        course.version = 1;
        course.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        course.persist();
        return course;
    }

    /**
     * Applies the course rules to a module list, with the evaluator courses are created with: prerequisites in
     * order (a prerequisite delivered later in the same list is {@code PREREQUISITE_ORDER}; one delivered by no
     * earlier module is an entry requirement), IW01 and the introduction only for a whole course, the run of a
     * course ({@code COURSE_SEQUENCE}), and the minimum minutes within the parts ({@code DURATION_EXCEEDS_PARTS};
     * a module without a duration counts 0 and is named).
     */
    public CheckResult check(CheckDraft draft) {
        Catalogue current = catalogue.current();
        List<String> refs = distinct(draft.modules(), "modules");
        List<TrainingModule> modules = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            RequestChecks.ref(refs.get(i), "modules[" + i + "]", current);
            modules.add(current.module(refs.get(i)).orElseThrow());
        }
        List<String> audiences = draft.audiences() == null || draft.audiences().isEmpty()
                ? current.audiences().stream().map(a -> a.code).toList() : draft.audiences();
        for (int i = 0; draft.audiences() != null && i < draft.audiences().size(); i++) {
            RequestChecks.audience(draft.audiences().get(i), "audiences[" + i + "]", current);
        }
        List<Violation> violations = new ArrayList<>();
        if (draft.wholeCourse()) {
            if (draft.process() == null) {
                throw DomainException.invalid("process", "is required for a whole course");
            }
            TrainingProcess process = current.process(draft.process())
                    .orElseThrow(() -> DomainException.invalid("process", "unknown process '" + draft.process() + "'"));
            violations.addAll(introductionViolations(current, process, audiences, refs));
        } else if (draft.process() != null && current.process(draft.process()).isEmpty()) {
            throw DomainException.invalid("process", "unknown process '" + draft.process() + "'");
        }
        violations.addAll(orderViolations(current, refs));
        if (draft.courseId() != null) {
            Course course = Course.<Course>findByIdOptional(draft.courseId())
                    .orElseThrow(() -> DomainException.invalid("courseId", "unknown course '" + draft.courseId() + "'"));
            if (!consecutiveRun(course.modules, refs)) {
                violations.add(new Violation("COURSE_SEQUENCE", "The modules " + refs + " are not course " + course.id
                        + " (" + course.modules + ") nor a consecutive run of its modules in its order"));
            }
        }
        Duration duration = Duration.of(modules);
        Integer available = null;
        if (draft.partMinutes() != null && !draft.partMinutes().isEmpty()) {
            available = draft.partMinutes().stream().mapToInt(m -> m == null ? 0 : m).sum();
            if (duration.minMinutes() > available) {
                violations.add(new Violation("DURATION_EXCEEDS_PARTS", "The modules need at least "
                        + duration.minMinutes() + " minutes; the parts give " + available
                        + (duration.modulesWithoutDuration().isEmpty() ? ""
                                : " (without " + duration.modulesWithoutDuration() + ", which have no duration yet)")));
            }
        }
        return new CheckResult(List.copyOf(violations), entryRequirements(current, refs), duration.minMinutes(),
                duration.maxMinutes(), duration.modulesWithoutDuration(), available);
    }

    /** Whether {@code refs} is the whole of {@code course} or a consecutive run of it, in its order. */
    static boolean consecutiveRun(List<String> course, List<String> refs) {
        return Collections.indexOfSubList(course, refs) >= 0;
    }

    private static List<String> distinct(List<String> values, String field) {
        if (values == null || values.isEmpty()) {
            throw DomainException.invalid(field, "must name at least one");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !seen.add(values.get(i))) {
                throw DomainException.invalid(field + "[" + i + "]", "'" + values.get(i) + "' appears twice");
            }
        }
        return List.copyOf(values);
    }

    static List<Violation> violations(Catalogue current, TrainingProcess process, List<String> audiences,
            List<String> refs) {
        List<Violation> violations = new ArrayList<>(introductionViolations(current, process, audiences, refs));
        violations.addAll(orderViolations(current, refs));
        return violations;
    }

    /** IW01 in every course, and the process's introduction (or a module standing in place of it for all audiences). */
    private static List<Violation> introductionViolations(Catalogue current, TrainingProcess process,
            List<String> audiences, List<String> refs) {
        List<Violation> violations = new ArrayList<>();
        String iw01 = current.process("IW").map(p -> p.introModule).orElse("IW01");
        if (!refs.contains(iw01)) {
            violations.add(new Violation("IW01_REQUIRED", "Every course includes " + iw01));
        }
        String intro = process.introModule;
        if (intro != null && !intro.equals(iw01) && !refs.contains(intro)
                && refs.stream().noneMatch(ref -> standsInFor(current, ref, intro, audiences))) {
            violations.add(new Violation("INTRODUCTION_REQUIRED", "A course of process " + process.code
                    + " includes " + intro + " (or, for a course only for managers, a module standing in place of it)"));
        }
        return violations;
    }

    /** No module before a module its prerequisite names. */
    private static List<Violation> orderViolations(Catalogue current, List<String> refs) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String prerequisite = current.module(refs.get(i)).orElseThrow().prerequisite;
            if (prerequisite == null) {
                continue;
            }
            Set<String> named = ExpressionParser.parse(prerequisite).refs();
            for (String later : refs.subList(i + 1, refs.size())) {
                if (named.contains(later)) {
                    violations.add(new Violation("PREREQUISITE_ORDER", refs.get(i) + " comes before " + later
                            + ", which its prerequisite (" + prerequisite + ") names"));
                }
            }
        }
        return violations;
    }

    private static boolean standsInFor(Catalogue current, String ref, String intro, List<String> audiences) {
        TrainingModule module = current.module(ref).orElseThrow();
        return module.standsInPlaceOf.contains(intro) && module.standsInPlaceFor.containsAll(audiences);
    }

    /** What the course's modules need that earlier modules of the course do not give, as one expression. */
    static String entryRequirements(Catalogue current, List<String> refs) {
        Set<Expression> needed = new LinkedHashSet<>();
        Set<String> earlier = new HashSet<>();
        for (String ref : refs) {
            String prerequisite = current.module(ref).orElseThrow().prerequisite;
            if (prerequisite != null) {
                Expression rest = Expression.residual(ExpressionParser.parse(prerequisite), earlier);
                if (rest != null) {
                    needed.add(rest);
                }
            }
            earlier.add(ref);
        }
        return needed.isEmpty() ? null : Expression.and(List.copyOf(needed)).canonical();
    }

    public Optional<Course> find(String id) {
        return Course.findByIdOptional(id);
    }

    /** Courses oldest first, one page after the cursor (created-at, then id). */
    public Page<Course> list(PageRequest page) {
        Sort order = Sort.by("createdAt").and("id");
        List<Course> rows = Keyset.after(page)
                .map(after -> Course.<Course>find("createdAt > :at or (createdAt = :at and id > :id)", order,
                        Parameters.with("at", OffsetDateTime.ofInstant(after.instant(), ZoneOffset.UTC))
                                .and("id", after.id())))
                .orElseGet(() -> Course.findAll(order))
                .range(0, page.fetchSize() - 1).list();
        return page.page(rows, c -> Keyset.key(c.createdAt.toInstant(), c.id), Function.identity());
    }
}
