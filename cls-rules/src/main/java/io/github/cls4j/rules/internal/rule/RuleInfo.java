package io.github.cls4j.rules.internal.rule;

import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Stage;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.Validity;

/**
 * The metadata of one DRL rule, read once when the rules are loaded.
 *
 * @param id its id ({@code @id})
 * @param severity its default severity ({@code @severity})
 * @param family its family ({@code @family})
 * @param referenceId the key of its source in the references ({@code @reference})
 * @param validity its validity ({@code @since}, {@code @until})
 * @param key the package and name of the rule in its rule base
 * @param file the DRL file it is written in, relative to its folder
 * @param line the line of its declaration, or 0 when unknown
 * @param enabledBy the profile parameter that switches it on ({@code @enabledBy}: set, and not to
 *     {@code false}), or {@code null}
 *     for a rule that runs in every profile that does not suppress it
 * @param stage the stage of a contract it applies to ({@code @stage}), or {@code null} for every stage
 */
public record RuleInfo(String id, Severity severity, RuleFamily family, String referenceId, Validity validity,
        RuleKey key, String file, int line, String enabledBy, Stage stage) {

    /**
     * Its French title: its name after its id ({@code rule "CLS-LEG-01 L'ARS est signataire du
     * contrat"}), where it is declared, so that it is written once; {@code null} when the name is
     * the id alone, and the title is then in {@code messages.properties}.
     */
    public String title() {
        String name = key.name();
        return name.startsWith(id + " ") && !name.substring(id.length()).isBlank() ? name.substring(id.length()).strip() : null;
    }

    /**
     * Whether it is a rule of the law ({@code @family(LAW)}): it encodes a binding text, which is
     * the same in every region and which no ARS can set aside. No profile re-levels or suppresses
     * it, and a dérogation to it has no legal effect (the finding stays). A rule of the law that is
     * only a warning (the data can show a doubt, not a breach) is no less of the law.
     */
    public boolean isOfTheLaw() {
        return family == RuleFamily.LAW;
    }

    /** Whether it runs under {@code profile}: not suppressed, and switched on if it must be. */
    public boolean runsUnder(ValidationPolicy profile) {
        if (profile.suppression(id).isPresent()) {
            return false;
        }
        return isSwitchedOnBy(profile);
    }

    /**
     * Whether {@code profile} switches it on: it has no {@code @enabledBy}, or the profile sets that
     * parameter, and not to {@code false}. The engine applies this as it applies {@code @since}: a
     * rule need not test the switch in its conditions.
     */
    public boolean isSwitchedOnBy(ValidationPolicy profile) {
        String value = enabledBy == null ? null : profile.parameters().get(enabledBy);
        // A switch set to "false" is off; any other value (true, a bound) switches the rule on.
        return enabledBy == null || value != null && !value.trim().equalsIgnoreCase("false");
    }
}
