package org.iwtraining.catalogue.snapshot;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iwtraining.catalogue.Audience;
import org.iwtraining.catalogue.PlanCell;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.TrainingProcess;
import org.iwtraining.catalogue.prerequisites.ExpressionParser;
import org.iwtraining.catalogue.prerequisites.PrerequisiteRules;

/**
 * The catalogue at one revision, read once and shared: modules in canonical order (process column order, then
 * ref), processes, audiences, the plan and the prerequisite rules. Nothing here is modified after loading.
 */
public final class Catalogue {

    private final String revision;
    private final List<TrainingModule> modules;
    private final Map<String, TrainingModule> byRef;
    private final Map<String, TrainingProcess> processes;
    private final Map<String, Audience> audiences;
    private final List<PlanCell> plan;
    private final PrerequisiteRules rules;

    Catalogue(String revision, List<TrainingModule> modules, List<TrainingProcess> processes, List<Audience> audiences,
            List<PlanCell> plan) {
        this.revision = revision;
        this.processes = ordered(processes.stream().sorted(Comparator.comparingInt(p -> p.position)).toList(), p -> p.code);
        this.audiences = ordered(audiences.stream().sorted(Comparator.comparingInt(a -> a.position)).toList(), a -> a.code);
        Map<String, Integer> column = this.processes.values().stream()
                .collect(Collectors.toMap(p -> p.code, p -> p.position));
        this.modules = modules.stream()
                .sorted(Comparator.<TrainingModule>comparingInt(m -> column.getOrDefault(m.process, Integer.MAX_VALUE))
                        .thenComparing(m -> m.ref))
                .toList();
        this.byRef = ordered(this.modules, m -> m.ref);
        this.plan = plan.stream()
                .sorted(Comparator.<PlanCell>comparingInt(c -> this.audiences.get(c.audience).position)
                        .thenComparingInt(c -> column.get(c.process)).thenComparingInt(c -> c.position))
                .toList();
        this.rules = new PrerequisiteRules(this.modules.stream().map(Catalogue::rule).toList());
    }

    private static PrerequisiteRules.Rule rule(TrainingModule m) {
        return new PrerequisiteRules.Rule(m.ref, m.prerequisite == null ? null : ExpressionParser.parse(m.prerequisite),
                m.waivable, List.copyOf(m.standsInPlaceOf), new HashSet<>(m.standsInPlaceFor));
    }

    private static <T> Map<String, T> ordered(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    public String revision() {
        return revision;
    }

    public List<TrainingModule> modules() {
        return modules;
    }

    public Optional<TrainingModule> module(String ref) {
        return Optional.ofNullable(ref == null ? null : byRef.get(ref));
    }

    public boolean hasModule(String ref) {
        return ref != null && byRef.containsKey(ref);
    }

    public List<TrainingProcess> processes() {
        return List.copyOf(processes.values());
    }

    public Optional<TrainingProcess> process(String code) {
        return Optional.ofNullable(code == null ? null : processes.get(code));
    }

    public List<Audience> audiences() {
        return List.copyOf(audiences.values());
    }

    public boolean hasAudience(String code) {
        return code != null && audiences.containsKey(code);
    }

    public Optional<Audience> audience(String code) {
        return Optional.ofNullable(code == null ? null : audiences.get(code));
    }

    /** One audience's plan cells, by process column, then position in the cell. */
    public List<PlanCell> plan(String audience) {
        return plan.stream().filter(c -> c.audience.equals(audience)).toList();
    }

    public PrerequisiteRules rules() {
        return rules;
    }
}
