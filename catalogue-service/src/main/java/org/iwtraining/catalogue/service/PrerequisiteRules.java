package org.iwtraining.catalogue.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suite's one evaluator of prerequisites. It knows each module's expression, whether it can be waived and
 * what it stands in place of for which audiences (IW02 counts as IS01, CAF01, LP01 and ISI01 for managers), and
 * answers whether modules are open to a person and, if not, the smallest sets of modules that would open them.
 * Immutable: one instance per catalogue revision.
 */
public final class PrerequisiteRules {

    /** What the evaluator needs of one module. {@code prerequisite} is null when there is none. */
    public record Rule(String ref, Expression prerequisite, boolean waivable, List<String> standsInPlaceOf,
            Set<String> standsInPlaceFor) {
    }

    /** {@code missing} is empty when eligible; otherwise minimal sets, smallest first, refs in catalogue order. */
    public record Answer(boolean eligible, List<List<String>> missing) {
    }

    private final Map<String, Rule> rules = new HashMap<>();
    /** For each module, the modules that may stand in place of it (for some audiences). */
    private final Map<String, List<Rule>> standIns = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Comparator<String> catalogueOrder;
    private final Comparator<List<String>> setOrder;

    /** @param inCatalogueOrder every module, in the catalogue's canonical order */
    public PrerequisiteRules(List<Rule> inCatalogueOrder) {
        for (Rule rule : inCatalogueOrder) {
            order.put(rule.ref(), order.size());
            rules.put(rule.ref(), rule);
            rule.standsInPlaceOf().forEach(ref -> standIns.computeIfAbsent(ref, r -> new ArrayList<>()).add(rule));
        }
        catalogueOrder = Comparator.comparing(ref -> order.getOrDefault(ref, Integer.MAX_VALUE));
        setOrder = Comparator.<List<String>>comparingInt(List::size).thenComparing(PrerequisiteRules::lexicographic);
    }

    /**
     * Is the ordered list of modules, delivered in one session, open to a person of {@code audience} who completed
     * {@code completed}? Earlier modules of the list count for later ones; {@code waived} lifts the prerequisite of
     * the waivable modules it names.
     */
    public Answer check(List<String> modules, Collection<String> completed, Collection<String> waived, String audience) {
        Set<String> done = new HashSet<>(completed);
        List<Set<String>> options = List.of(Set.of());
        for (String module : modules) {
            Set<String> had = had(done, audience);
            options = minimal(product(options, missingFor(module, had, waived, audience)));
            done.add(module);
        }
        boolean eligible = options.size() == 1 && options.get(0).isEmpty();
        return new Answer(eligible, eligible ? List.of() : sorted(options));
    }

    /** The completed modules and everything they stand in place of for this audience. */
    public Set<String> had(Collection<String> completed, String audience) {
        Set<String> had = new HashSet<>(completed);
        for (String ref : completed) {
            Rule rule = rules.get(ref);
            if (rule != null && rule.standsInPlaceFor().contains(audience)) {
                had.addAll(rule.standsInPlaceOf());
            }
        }
        return had;
    }

    /**
     * The alternative sets of modules that meet a module's prerequisite for someone who has done nothing,
     * smallest first (for routes: which branch to take).
     */
    public List<List<String>> alternatives(String module, String audience) {
        return sorted(missingFor(module, Set.of(), Set.of(), audience));
    }

    private List<Set<String>> missingFor(String module, Set<String> had, Collection<String> waived, String audience) {
        Rule rule = rules.get(module);
        if (rule == null || rule.prerequisite() == null || (rule.waivable() && waived.contains(module))) {
            return List.of(Set.of());
        }
        return missing(rule.prerequisite(), had, audience);
    }

    /** The minimal sets of modules which, added to {@code had}, make the expression hold. */
    private List<Set<String>> missing(Expression e, Set<String> had, String audience) {
        if (e instanceof Expression.Ref ref) {
            return had.contains(ref.ref()) ? List.of(Set.of()) : ways(ref.ref(), audience);
        }
        if (e instanceof Expression.And and) {
            List<Set<String>> options = List.of(Set.of());
            for (Expression operand : and.operands()) {
                options = minimal(product(options, missing(operand, had, audience)));
            }
            return options;
        }
        List<Set<String>> options = new ArrayList<>();
        for (Expression operand : ((Expression.Or) e).operands()) {
            options.addAll(missing(operand, had, audience));
        }
        return minimal(options);
    }

    /** The module itself, or any module that stands in place of it for this audience. */
    private List<Set<String>> ways(String ref, String audience) {
        List<Set<String>> ways = new ArrayList<>(List.of(Set.of(ref)));
        for (Rule rule : standIns.getOrDefault(ref, List.of())) {
            if (rule.standsInPlaceFor().contains(audience)) {
                ways.add(Set.of(rule.ref()));
            }
        }
        return ways;
    }

    private static List<Set<String>> product(List<Set<String>> left, List<Set<String>> right) {
        List<Set<String>> product = new ArrayList<>(left.size() * right.size());
        for (Set<String> l : left) {
            for (Set<String> r : right) {
                Set<String> union = new HashSet<>(l);
                union.addAll(r);
                product.add(union);
            }
        }
        return product;
    }

    /** Drops duplicates and every set that contains another. */
    static List<Set<String>> minimal(List<Set<String>> sets) {
        List<Set<String>> bySize = new ArrayList<>(new LinkedHashSet<>(sets));
        bySize.sort(Comparator.comparingInt(Set::size));
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> candidate : bySize) {
            if (kept.stream().noneMatch(candidate::containsAll)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private List<List<String>> sorted(List<Set<String>> sets) {
        return sets.stream().map(set -> set.stream().sorted(catalogueOrder).toList()).sorted(setOrder).toList();
    }

    private static int lexicographic(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
