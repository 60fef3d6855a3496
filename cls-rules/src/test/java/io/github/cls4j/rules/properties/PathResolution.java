package io.github.cls4j.rules.properties;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.path.Located;
import io.github.cls4j.rules.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the path of a finding resolves in the contract it was found in. There are two kinds of
 * findings, and a path resolves differently for each:
 *
 * <ul>
 *   <li>A <b>rule finding</b> (any id but {@code CLS-STRUCT-…}) is reported by a rule through
 *       {@code findings.report(element)} or {@code findings.reportAt(element, "property")}. Its
 *       path resolves when it is the root, or the path of an element that {@link
 *       ContractElements} lists, or such a path followed by <em>one</em> name that is a record
 *       component of that element's class ({@code axes[0].objectifsPrs}). The property may be
 *       missing in the contract: a rule reports the missing {@code voletSanteMentale}.</li>
 *   <li>A <b>structural finding</b> ({@code CLS-STRUCT-…}) is a Bean Validation violation. Its
 *       path is the property path of the violation: it may go below the elements, through values
 *       that are not elements ({@code gouvernance.coordination.financements[0].pourcentage},
 *       {@code territoire.communes[2]}). It resolves when it is not the root (the model has no
 *       constraint on the contract as a whole) and walking it from the contract, every property is a
 *       record component of the record reached and every index lies inside the list reached,
 *       through present values; only the value at the end may be missing, since {@code @NotNull}
 *       and {@code @NotBlank} point at missing values.</li>
 * </ul>
 *
 * <p>Both say that a reader can find what the finding is about in the contract, and in its JSON
 * file, where the same path with {@code $.} in front locates it.
 */
final class PathResolution {

    private static final String STRUCTURAL = "CLS-STRUCT-";

    private final ContratLocalSante contrat;
    private final Map<ElementPath, Object> elements = new HashMap<>();

    private PathResolution(ContratLocalSante contrat) {
        this.contrat = contrat;
        for (Located<?> located : ContractElements.of(contrat).all()) {
            elements.put(located.path(), located.element());
        }
    }

    /** Walks the elements of {@code contrat} once, for all its findings. */
    static PathResolution in(ContratLocalSante contrat) {
        return new PathResolution(contrat);
    }

    /** Why the path of {@code finding} does not resolve, or empty when it does. */
    Optional<String> problem(Finding finding) {
        return finding.ruleId().startsWith(STRUCTURAL)
                ? structuralProblem(finding.path())
                : ruleProblem(finding.path());
    }

    /** The problem of a path reported by a rule: see the class comment. */
    Optional<String> ruleProblem(ElementPath path) {
        if (path.isRoot() || elements.containsKey(path)) {
            return Optional.empty();
        }
        List<String> tokens = path.tokens();
        String last = tokens.get(tokens.size() - 1);
        Optional<ElementPath> owner = owner(path);
        if (owner.isEmpty()) {
            return Optional.of("'" + path + "' is neither an element nor a property of one");
        }
        Object element = elements.get(owner.get());
        if (element == null) {
            return Optional.of("'" + owner.get() + "' is not an element of the contract, so '" + path + "' is not one of its properties");
        }
        if (!RecordTree.hasComponent(element.getClass(), last)) {
            return Optional.of("'" + last + "' is not a property of " + element.getClass().getSimpleName() + " (at '" + owner.get() + "')");
        }
        return Optional.empty();
    }

    /** The problem of a path of a Bean Validation violation: see the class comment. */
    Optional<String> structuralProblem(ElementPath path) {
        if (path.isRoot()) {
            return Optional.of("a structural finding at the root: the model has no constraint on the whole contract");
        }
        RecordTree.Lookup lookup = RecordTree.lookup(contrat, path);
        return lookup.found() ? Optional.empty() : Optional.of(lookup.problem());
    }

    /** {@code axes[0].objectifsPrs} gives {@code axes[0]}; a path ending with an index has no owner. */
    private static Optional<ElementPath> owner(ElementPath path) {
        String text = path.toString();
        if (text.endsWith("]")) {
            return Optional.empty();
        }
        int dot = text.lastIndexOf('.');
        return Optional.of(dot < 0 ? ElementPath.root() : ElementPath.parse(text.substring(0, dot)));
    }
}
