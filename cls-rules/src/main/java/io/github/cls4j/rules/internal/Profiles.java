package io.github.cls4j.rules.internal;

import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.ValidationPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;

/**
 * The validation profiles by name: the bundled {@code profiles.json}, then those of files a host
 * adds, a profile of the same name replacing the earlier one.
 */
final class Profiles {

    static final String FILE = "profiles.json";

    private static final TypeReference<List<ValidationPolicy>> TYPE = new TypeReference<>() { };

    private final Map<String, ValidationPolicy> byName;

    private Profiles(Map<String, ValidationPolicy> byName) {
        this.byName = Map.copyOf(byName);
    }

    static Profiles bundled(String folder) {
        return new Profiles(byName(DataFiles.resource(folder + FILE, TYPE)));
    }

    Profiles with(Path file) {
        Map<String, ValidationPolicy> merged = new TreeMap<>(byName);
        merged.putAll(byName(DataFiles.file(file, file.toString(), TYPE)));
        return new Profiles(merged);
    }

    private static Map<String, ValidationPolicy> byName(List<ValidationPolicy> policies) {
        Map<String, ValidationPolicy> byName = new TreeMap<>();
        policies.forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    Map<String, ValidationPolicy> all() {
        return new TreeMap<>(byName);
    }

    /**
     * Checks every profile against the rules: each rule it re-levels or suppresses exists, and
     * each suppression says why.
     */
    void check(Set<String> ruleIds) {
        List<RuleProblem> problems = new ArrayList<>();
        for (ValidationPolicy p : byName.values()) {
            for (String id : p.severities().keySet()) {
                if (!ruleIds.contains(id)) {
                    problems.add(new RuleProblem(FILE, 0, null, "profile " + p.name() + " re-levels " + id + ", which is not a rule"));
                }
            }
            p.suppressions().forEach((id, why) -> {
                if (!ruleIds.contains(id)) {
                    problems.add(new RuleProblem(FILE, 0, null, "profile " + p.name() + " suppresses " + id + ", which is not a rule"));
                }
                if (why == null || why.isBlank()) {
                    problems.add(new RuleProblem(FILE, 0, null, "profile " + p.name() + " suppresses " + id + " without a justification"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("the validation profiles", problems);
        }
    }
}
