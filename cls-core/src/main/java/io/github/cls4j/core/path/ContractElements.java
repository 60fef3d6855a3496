package io.github.cls4j.core.path;

import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Territoire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every element of a contract with its path, in document order: the contract, its territory and
 * QPV, signatories and partners, governance, diagnostic, axes with their objectives, actions,
 * financing lines and indicators, cross-cutting axes, mental-health component, participation,
 * links, evaluations, avenants with their signatories, and dérogations.
 *
 * <p>This is the one place where paths are formed; findings, Bean Validation violations and
 * JSON errors all use the same notation. Missing ({@code null}) elements are skipped (the {@link
 * #tree()} keeps the place of a single property left out), and list indexes are those of the
 * contract's lists, so a path always points into the JSON file.
 */
public final class ContractElements {

    private final ElementNode tree;
    private final List<Located<?>> all;

    private ContractElements(ElementNode tree) {
        this.tree = tree;
        List<Located<?>> elements = new ArrayList<>();
        collect(tree, elements);
        // Not copied: the list is this object's own, and every validation walks its contract once.
        this.all = Collections.unmodifiableList(elements);
    }

    /** Walks {@code contrat} once. */
    public static ContractElements of(ContratLocalSante contrat) {
        return new ContractElements(Walk.contrat(contrat));
    }

    /** Every element, the contract first, in document order. */
    public List<Located<?>> all() {
        return all;
    }

    /** The elements of one type, in document order. */
    @SuppressWarnings("unchecked")
    public <T> List<Located<T>> ofType(Class<T> type) {
        List<Located<T>> matching = new ArrayList<>();
        for (Located<?> located : all) {
            if (type.isInstance(located.element())) {
                matching.add((Located<T>) located);
            }
        }
        return matching;
    }

    /**
     * The same walk as a tree, the contract at its root: each element with its lists and single
     * properties under it, those left out included (see {@link ElementNode}). {@link #all()} is its
     * elements in the order of the tree.
     */
    public ElementNode tree() {
        return tree;
    }

    private static void collect(ElementNode node, List<Located<?>> elements) {
        if (node instanceof ElementNode.Element e) {
            elements.add(new Located<>(e.path(), e.element()));
        }
        List<ElementNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), elements);
        }
    }

    /** The walk itself: one method per element that has children. */
    private static final class Walk {

        private Walk() {
        }

        static ElementNode contrat(ContratLocalSante c) {
            ElementPath root = ElementPath.root();
            return new ElementNode.Element(root, c, List.of(
                    territoire(root.property("territoire"), c.territoire()),
                    items(root, "signataires", c.signataires(), Walk::leaf),
                    items(root, "partenaires", c.partenaires(), Walk::leaf),
                    gouvernance(root.property("gouvernance"), c.gouvernance()),
                    leaf(root.property("diagnostic"), c.diagnostic()),
                    items(root, "axes", c.axes(), Walk::axe),
                    items(root, "axesTransversaux", c.axesTransversaux(), Walk::leaf),
                    leaf(root.property("voletSanteMentale"), c.voletSanteMentale()),
                    leaf(root.property("participation"), c.participation()),
                    items(root, "articulations", c.articulations(), Walk::leaf),
                    items(root, "evaluations", c.evaluations(), Walk::leaf),
                    items(root, "avenants", c.avenants(), Walk::avenant),
                    items(root, "derogations", c.derogations(), Walk::leaf)));
        }

        static ElementNode territoire(ElementPath path, Territoire t) {
            return t == null ? new ElementNode.Absent(path)
                    : new ElementNode.Element(path, t, List.of(items(path, "qpv", t.qpv(), Walk::leaf)));
        }

        static ElementNode gouvernance(ElementPath path, Gouvernance g) {
            return g == null ? new ElementNode.Absent(path) : new ElementNode.Element(path, g, List.of(
                    leaf(path.property("comitePilotage"), g.comitePilotage()),
                    leaf(path.property("comiteTechnique"), g.comiteTechnique()),
                    leaf(path.property("coordination"), g.coordination())));
        }

        static ElementNode axe(ElementPath path, AxeStrategique axe) {
            return new ElementNode.Element(path, axe, List.of(items(path, "objectifs", axe.objectifs(), Walk::objectif)));
        }

        static ElementNode objectif(ElementPath path, Objectif objectif) {
            return new ElementNode.Element(path, objectif, List.of(items(path, "fichesAction", objectif.fichesAction(), Walk::ficheAction)));
        }

        static ElementNode ficheAction(ElementPath path, FicheAction fiche) {
            return new ElementNode.Element(path, fiche, List.of(
                    items(path, "financements", fiche.financements(), Walk::leaf),
                    items(path, "indicateurs", fiche.indicateurs(), Walk::leaf)));
        }

        static ElementNode avenant(ElementPath path, Avenant avenant) {
            return new ElementNode.Element(path, avenant, avenant.signatairesConnus()
                    ? List.of(items(path, "signataires", avenant.signataires(), Walk::leaf)) : List.of());
        }

        /** An element whose properties the walk does not visit, or the place of one left out. */
        static ElementNode leaf(ElementPath path, Object element) {
            return element == null ? new ElementNode.Absent(path) : new ElementNode.Element(path, element, List.of());
        }

        /** A list and its present items, each with its index in the list. */
        static <T> ElementNode items(ElementPath parent, String property, List<T> items, BiFunction<ElementPath, T, ElementNode> item) {
            List<ElementNode> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                T element = items.get(i);
                if (element != null) {
                    nodes.add(item.apply(parent.item(property, i), element));
                }
            }
            return new ElementNode.Items(parent.property(property), nodes);
        }
    }
}
