package io.github.cls4j.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one way a rule reports: the global {@code findings} of every rule file. A consequence names
 * the element it is about and, if it wants, the values to put into its message; the rule's id,
 * severity, message and reference come from its metadata and the message files.
 *
 * <pre>{@code
 * global io.github.cls4j.rules.facts.Findings findings;
 *
 * rule "CLS-LEG-01 L'ARS est signataire"
 *     @id(CLS-LEG-01) @severity(ERROR) @family(LAW) @reference(CSP-L1434-10-IV)
 * when
 *     $contrat : ContratLocalSante()
 *     not Signataire(type == TypeOrganisation.ARS) from $contrat.signataires
 * then
 *     findings.reportAt($contrat, "signataires");
 * end
 * }</pre>
 *
 * <p>The engine makes one instance per validation; it is not shared between threads.
 */
public final class Findings {

    /**
     * What one consequence reported.
     *
     * @param rulePackage the package of the rule that fired
     * @param ruleName the name of the rule that fired
     * @param element the element it is about: the contract or one of its elements
     * @param property a property of that element the finding points at, or {@code null}
     * @param arguments the values for the message, as text
     */
    public record Emission(String rulePackage, String ruleName, Object element, String property, List<String> arguments) {
    }

    /**
     * A consequence that threw instead of finishing.
     *
     * @param rulePackage the package of the rule
     * @param ruleName the name of the rule
     * @param matched the facts the rule had matched, in the order of its conditions
     * @param error what it threw
     */
    public record Failure(String rulePackage, String ruleName, List<Object> matched, Throwable error) {
    }

    private final List<Emission> emissions = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private String rulePackage;
    private String ruleName;

    /**
     * Called by the engine before each consequence, so that a rule reports without naming
     * itself; rules never call it.
     */
    public void firing(String packageName, String name) {
        this.rulePackage = packageName;
        this.ruleName = name;
    }

    /** Reports {@code element}, a fact the rule matched, with the values of its message. */
    public void report(Object element, Object... arguments) {
        reportAt(element, null, arguments);
    }

    /**
     * Reports the property {@code property} of {@code element}, e.g. the {@code signataires} of
     * the contract or the missing {@code voletSanteMentale}.
     */
    public void reportAt(Object element, String property, Object... arguments) {
        Objects.requireNonNull(element, "element");
        if (ruleName == null) {
            throw new IllegalStateException("A finding was reported outside the consequence of a rule");
        }
        emissions.add(new Emission(rulePackage, ruleName, element, property,
                Arrays.stream(arguments).map(String::valueOf).toList()));
    }

    /**
     * Called by the engine when the consequence of a rule throws, so that the validation goes on
     * and the report names the rule; rules never call it.
     */
    public void failed(String packageName, String name, List<?> matched, Throwable error) {
        failures.add(new Failure(packageName, name, List.copyOf(matched), error));
    }

    /** The consequences that threw so far, in order. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The number of findings reported so far; the engine tells by it which firing reported which. */
    public int size() {
        return emissions.size();
    }

    /** Everything reported so far, in order. */
    public List<Emission> emissions() {
        return List.copyOf(emissions);
    }
}
