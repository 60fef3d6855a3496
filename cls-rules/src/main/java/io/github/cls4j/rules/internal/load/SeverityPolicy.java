package io.github.cls4j.rules.internal.load;

import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.text.References;
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
                problems.add(problem(rule, "@family(LAW) is for a rule that encodes a binding text, but @reference(" + rule.referenceId()
                        + ") is not of kind LAW in " + References.FILE + "; cite the law, decree or code article, or choose another family"));
            } else if (rule.severity() == Severity.ERROR && rule.family() != RuleFamily.LAW && rule.family() != RuleFamily.STRUCTURE) {
                problems.add(problem(rule, "@severity(ERROR) is only for what a binding text requires (@family(LAW)) or for data that "
                        + "cannot be true (@family(STRUCTURE)); a rule of family " + rule.family() + " is a WARNING or an INFO"));
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
                problems.add(new RuleProblem(file, 0, null, "profile " + profile.name() + " re-levels " + id
                        + ", a rule of the law: the law is the same in every region"));
            } else if (severity == Severity.ERROR) {
                problems.add(new RuleProblem(file, 0, null, "profile " + profile.name() + " raises " + id
                        + " to ERROR: only the law and data that cannot be true are errors, and " + id + " is neither"));
            }
        });
        profile.suppressions().keySet().stream().filter(lawIds::contains).sorted().forEach(id -> problems.add(new RuleProblem(file, 0, null,
                "profile " + profile.name() + " suppresses " + id + ", a rule of the law, which no profile can set aside")));
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
                problems.add(problem(rule, "@reference(" + rule.referenceId() + ") is the guidance of region " + region
                        + ", but the rule runs under " + String.join(", ", elsewhere) + "; a regional rule is switched on (@enabledBy) "
                        + "by a parameter that only the profile of its region sets"));
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleInfo rule, String message) {
        return new RuleProblem(rule.file(), rule.line(), rule.key().name(), message);
    }
}
