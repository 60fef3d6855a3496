package io.github.cls4j.rules.internal.load;

import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.text.References;
import io.github.cls4j.rules.internal.text.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The severity policy of cls4j ({@code docs/severity-policy.md}), checked when rules and profiles
 * load, so that a rule set that breaks it never validates a contract:
 *
 * <ul>
 *   <li>an error is either what a binding text requires (a rule of family {@code LAW} whose
 *       reference is of kind {@code LAW}) or data that cannot be true (family {@code STRUCTURE});
 *       guidance and practice are warnings or information;
 *   <li>a rule of family {@code LAW} cites a binding text;
 *   <li>a profile may lower a severity, never raise a rule to error, and never re-level or
 *       suppress a rule of the law: the law is the same in every region;
 *   <li>a rule that rests on the guidance of one region runs only under that region's profile.
 * </ul>
 */
public final class SeverityPolicy {

    private SeverityPolicy() {
    }

    /** What is wrong with {@code rules} against the policy, each at its file and line. */
    public static List<RuleProblem> ofRules(Collection<RuleInfo> rules, References references) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            LegalReference reference = references.get(rule.referenceId()).orElse(null);
            if (reference == null) {
                continue;  // reported as a missing reference
            }
            boolean binding = reference.isBinding();
            if (rule.family() == RuleFamily.LAW && !binding) {
                problems.add(problem(rule, "policy.lawWithoutLaw", rule.referenceId(), References.FILE));
            } else if (rule.severity() == Severity.ERROR && rule.family() != RuleFamily.LAW && rule.family() != RuleFamily.STRUCTURE) {
                problems.add(problem(rule, "policy.errorNotLaw", rule.family()));
            }
        }
        return problems;
    }

    /**
     * What is wrong with {@code profile}: a re-levelling or suppression of a rule of the law (one of
     * {@code lawIds}), or a rule raised to error.
     */
    public static List<RuleProblem> ofProfile(ValidationPolicy profile, Set<String> lawIds, String file) {
        List<RuleProblem> problems = new ArrayList<>();
        profile.severities().forEach((id, severity) -> {
            if (lawIds.contains(id)) {
                problems.add(Texts.problem(file, 0, null, "policy.relevelsLaw", profile.name(), id));
            } else if (severity == Severity.ERROR) {
                problems.add(Texts.problem(file, 0, null, "policy.raisesToError", profile.name(), id));
            }
        });
        profile.suppressions().keySet().stream().filter(lawIds::contains).sorted()
                .forEach(id -> problems.add(Texts.problem(file, 0, null, "policy.suppressesLaw", profile.name(), id)));
        return problems;
    }

    /**
     * Each rule resting on the guidance of one region (a reference with a region) that would run
     * under a profile of another region, or of none: one ARS's guidance is not another's.
     */
    public static List<RuleProblem> ofRegionalGuidance(Collection<RuleInfo> rules, References references,
            Map<String, ValidationPolicy> profiles) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            String region = references.get(rule.referenceId()).map(LegalReference::region).orElse(null);
            if (region == null) {
                continue;
            }
            List<String> elsewhere = profiles.values().stream().filter(rule::runsUnder).filter(p -> !region.equals(p.region()))
                    .map(ValidationPolicy::name).sorted().toList();
            if (!elsewhere.isEmpty()) {
                problems.add(problem(rule, "policy.regionalElsewhere", rule.referenceId(), region, String.join(", ", elsewhere)));
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleInfo rule, String key, Object... arguments) {
        return Texts.problem(rule.file(), rule.line(), rule.key().name(), key, arguments);
    }
}
