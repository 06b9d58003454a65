package org.iwtraining.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iwtraining.conventions.testing.EligibilityExamples;
import org.iwtraining.conventions.testing.EligibilityExamples.Module;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A stand-in for catalogue-service's evaluator over the catalogue of {@code eligibility-examples.json} (the one
 * {@link CatalogueStub} serves): earlier modules of the list count, a waiver opens a waivable module, the missing
 * sets are the smallest that would open the whole list, smallest first. {@code FakeEligibilityTest} and
 * catalogue-service's {@code EligibilityExamplesTest} hold it and the real evaluator to the same examples.
 */
public class FakeEligibility implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-eligibility";

    private static final List<Module> CATALOGUE = EligibilityExamples.load().catalogue();
    /** Module → alternatives, each a set of modules that together open it; absent when nothing is needed. */
    private static final Map<String, List<List<String>>> PREREQUISITES = CATALOGUE.stream()
            .filter(m -> !m.prerequisite().isEmpty()).collect(Collectors.toMap(Module::ref, Module::prerequisite));
    private static final Set<String> WAIVABLE = CATALOGUE.stream().filter(Module::waivable).map(Module::ref)
            .collect(Collectors.toSet());
    private static final List<String> ORDER = CATALOGUE.stream().map(Module::ref).toList();

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode body = json.readTree(serveEvent.getRequest().getBodyAsString());
            List<Map<String, Object>> results = new ArrayList<>();
            for (JsonNode check : body.get("checks")) {
                results.add(evaluate(strings(check.get("modules")), strings(check.get("completed")), strings(check.get("waived"))));
            }
            return ResponseDefinitionBuilder.okForJson(Map.of("results", results, "revision", "test-1")).build();
        } catch (Exception e) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(500).build();
        }
    }

    /** The answer to one check: {@code eligible}, and {@code missing} (empty when eligible). */
    static Map<String, Object> evaluate(List<String> modules, List<String> completed, List<String> waived) {
        Set<String> have = new HashSet<>(completed);
        // What would open the modules so far; null while every one of them is open.
        List<Set<String>> missing = null;
        for (String module : modules) {
            List<List<String>> alternatives = PREREQUISITES.getOrDefault(module, List.of());
            boolean open = alternatives.isEmpty() || (WAIVABLE.contains(module) && waived.contains(module))
                    || alternatives.stream().anyMatch(have::containsAll);
            if (!open) {
                List<Set<String>> stillMissing = alternatives.stream().map(a -> without(a, have)).toList();
                missing = minimal(missing == null ? stillMissing : everyUnion(missing, stillMissing));
            }
            have.add(module);
        }
        return missing == null ? Map.of("eligible", true, "missing", List.of())
                : Map.of("eligible", false, "missing", ordered(missing));
    }

    private static Set<String> without(List<String> modules, Set<String> have) {
        Set<String> rest = new HashSet<>(modules);
        rest.removeAll(have);
        return rest;
    }

    /** Each set of one list joined with each of the other: what opens both. */
    private static List<Set<String>> everyUnion(List<Set<String>> left, List<Set<String>> right) {
        List<Set<String>> unions = new ArrayList<>();
        for (Set<String> l : left) {
            for (Set<String> r : right) {
                Set<String> union = new HashSet<>(l);
                union.addAll(r);
                unions.add(union);
            }
        }
        return unions;
    }

    /** Without duplicates and without any set that holds another. */
    private static List<Set<String>> minimal(List<Set<String>> sets) {
        return sets.stream().distinct()
                .filter(set -> sets.stream().noneMatch(other -> set.size() > other.size() && set.containsAll(other)))
                .toList();
    }

    /** Refs in catalogue order within a set; sets smallest first, then ref by ref. */
    private static List<List<String>> ordered(List<Set<String>> sets) {
        Comparator<List<String>> refByRef = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return sets.stream().map(set -> set.stream().sorted(Comparator.comparingInt(ORDER::indexOf)).toList())
                .sorted(Comparator.<List<String>>comparingInt(List::size).thenComparing(refByRef)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
