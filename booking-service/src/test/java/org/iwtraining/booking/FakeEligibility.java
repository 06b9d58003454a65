package org.iwtraining.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A stand-in for catalogue-service's evaluator, enough of the seed's prerequisites to drive booking's rules:
 * earlier modules of the list count, waivers open the module they name.
 */
public class FakeEligibility implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-eligibility";

    /** Module → alternatives, each a set of modules that together open it. */
    static final Map<String, List<List<String>>> PREREQUISITES = Map.of(
            "IW03", List.of(List.of("IW02"), List.of("IS01", "CAF01", "LP01")),
            "IS02", List.of(List.of("IS01")),
            "IS05", List.of(List.of("IS01", "IS02", "IS03")),
            "CAF02", List.of(List.of("CAF01")));

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

    static Map<String, Object> evaluate(List<String> modules, List<String> completed, List<String> waived) {
        Set<String> have = new HashSet<>(completed);
        for (String module : modules) {
            List<List<String>> alternatives = PREREQUISITES.getOrDefault(module, List.of());
            boolean open = alternatives.isEmpty() || waived.contains(module)
                    || alternatives.stream().anyMatch(have::containsAll);
            if (!open) {
                List<List<String>> missing = alternatives.stream()
                        .map(a -> a.stream().filter(m -> !have.contains(m)).toList()).toList();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("eligible", false);
                result.put("missing", missing);
                return result;
            }
            have.add(module);
        }
        return Map.of("eligible", true, "missing", List.of());
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
