package org.iwtraining.catalogue.prerequisites;

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
 * Immutable: one instance per catalogue revision. Each prerequisite is expanded once, per audience, into its
 * alternatives (the minimal sets of modules that meet it, stand-ins included), so a check only compares sets.
 */
public final class PrerequisiteRules {

    /** What the evaluator needs of one module. {@code prerequisite} is null when there is none. */
    public record Rule(String ref, Expression prerequisite, boolean waivable, List<String> standsInPlaceOf,
            Set<String> standsInPlaceFor) {
    }

    /** {@code missing} is empty when eligible; otherwise minimal sets, smallest first, refs in catalogue order. */
    public record Answer(boolean eligible, List<List<String>> missing) {
    }

    /** The key under which audiences for which nothing stands in for anything share their alternatives. */
    private static final String ANY_AUDIENCE = "";

    private final Map<String, Rule> rules = new HashMap<>();
    /** For each module, the modules that may stand in place of it (for some audiences). */
    private final Map<String, List<Rule>> standIns = new HashMap<>();
    /** Audiences for which some module stands in place of others. */
    private final Set<String> substitutingAudiences = new HashSet<>();
    /** Module → audience key → alternatives; absent when the module has no prerequisite. */
    private final Map<String, Map<String, List<Set<String>>>> alternatives = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Comparator<String> catalogueOrder;
    private final Comparator<List<String>> setOrder;

    /** @param inCatalogueOrder every module, in the catalogue's canonical order */
    public PrerequisiteRules(List<Rule> inCatalogueOrder) {
        for (Rule rule : inCatalogueOrder) {
            order.put(rule.ref(), order.size());
            rules.put(rule.ref(), rule);
            rule.standsInPlaceOf().forEach(ref -> standIns.computeIfAbsent(ref, r -> new ArrayList<>()).add(rule));
            if (!rule.standsInPlaceOf().isEmpty()) {
                substitutingAudiences.addAll(rule.standsInPlaceFor());
            }
        }
        for (Rule rule : inCatalogueOrder) {
            if (rule.prerequisite() != null) {
                Map<String, List<Set<String>>> byAudience = new HashMap<>();
                byAudience.put(ANY_AUDIENCE, expand(rule.prerequisite(), ANY_AUDIENCE));
                substitutingAudiences.forEach(a -> byAudience.put(a, expand(rule.prerequisite(), a)));
                alternatives.put(rule.ref(), byAudience);
            }
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
        Set<String> had = had(completed, audience);
        // null stands for "nothing missing" and spares the products while every module so far is open.
        List<Set<String>> options = null;
        for (String module : modules) {
            List<Set<String>> missing = missingFor(module, had, waived, audience);
            if (missing != null) {
                options = options == null ? missing : minimal(product(options, missing));
            }
            addWithStandIns(module, had, audience);
        }
        return options == null ? new Answer(true, List.of()) : new Answer(false, sorted(options));
    }

    /** The completed modules and everything they stand in place of for this audience. */
    public Set<String> had(Collection<String> completed, String audience) {
        Set<String> had = new HashSet<>();
        completed.forEach(ref -> addWithStandIns(ref, had, audience));
        return had;
    }

    private void addWithStandIns(String ref, Set<String> had, String audience) {
        had.add(ref);
        Rule rule = rules.get(ref);
        if (rule != null && rule.standsInPlaceFor().contains(audience)) {
            had.addAll(rule.standsInPlaceOf());
        }
    }

    /**
     * The alternative sets of modules that meet a module's prerequisite for someone who has done nothing,
     * smallest first (for routes: which branch to take).
     */
    public List<List<String>> alternatives(String module, String audience) {
        List<Set<String>> sets = alternativesFor(module, audience);
        return sets == null ? List.of(List.of()) : sorted(sets);
    }

    private List<Set<String>> alternativesFor(String module, String audience) {
        Map<String, List<Set<String>>> byAudience = alternatives.get(module);
        if (byAudience == null) {
            return null;
        }
        return byAudience.get(substitutingAudiences.contains(audience) ? audience : ANY_AUDIENCE);
    }

    /** The minimal sets still missing for one module, or null when its prerequisite holds (or is waived). */
    private List<Set<String>> missingFor(String module, Set<String> had, Collection<String> waived, String audience) {
        List<Set<String>> sets = alternativesFor(module, audience);
        if (sets == null || (rules.get(module).waivable() && waived.contains(module))) {
            return null;
        }
        List<Set<String>> missing = new ArrayList<>(sets.size());
        for (Set<String> set : sets) {
            if (had.containsAll(set)) {
                return null;
            }
            Set<String> rest = new HashSet<>(set);
            rest.removeAll(had);
            missing.add(rest);
        }
        return minimal(missing);
    }

    /** The minimal sets of modules that make the expression hold, each ref also met by its stand-ins. */
    private List<Set<String>> expand(Expression e, String audience) {
        if (e instanceof Expression.Ref ref) {
            return ways(ref.ref(), audience);
        }
        if (e instanceof Expression.And and) {
            List<Set<String>> options = List.of(Set.of());
            for (Expression operand : and.operands()) {
                options = minimal(product(options, expand(operand, audience)));
            }
            return options;
        }
        List<Set<String>> options = new ArrayList<>();
        for (Expression operand : ((Expression.Or) e).operands()) {
            options.addAll(expand(operand, audience));
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
        if (sets.size() < 2) {
            return sets;
        }
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
