package io.github.cls4j.core.path;

import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Territoire;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

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
        // Not copied: the list is this object's own.
        this.all = Collections.unmodifiableList(elements);
    }

    /** Walks {@code contrat} once. */
    public static ContractElements of(ContratLocalSante contrat) {
        TreeBuilder tree = new TreeBuilder();
        new Walk(tree).contrat(contrat);
        return new ContractElements(tree.root);
    }

    /**
     * Gives {@code each} every element of {@code contrat} with its path, the contract first, in
     * document order: {@link #all()} without the tree and the list, which a validation, walking
     * every contract it gets, would make only to read them once.
     */
    public static void forEach(ContratLocalSante contrat, BiConsumer<ElementPath, Object> each) {
        new Walk(new Sink() {
            @Override
            public void enter(ElementPath path, Object element) {
                each.accept(path, element);
            }
        }).contrat(contrat);
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

    /**
     * What the walk meets, in document order: an element is entered, then the places under it,
     * then left; so is a list. A list's path and a missing property's are made only by a sink
     * that keeps them ({@link TreeBuilder}): the walk gives the path they lie under and their name.
     */
    private interface Sink {

        /** An element present at {@code path}; the places under it follow until {@link #leave()}. */
        void enter(ElementPath path, Object element);

        /** The list {@code property} of the element at {@code parent}; its items follow until {@link #leave()}. */
        default void enterList(ElementPath parent, String property) {
        }

        /** The end of the element or list entered last. */
        default void leave() {
        }

        /** The single property {@code property} of the element at {@code parent}, left out. */
        default void absent(ElementPath parent, String property) {
        }
    }

    /** The sink that makes the tree, each place when it is left, under the place still open. */
    private static final class TreeBuilder implements Sink {

        /** A place entered and not yet left; {@code element} is {@code null} for a list. */
        private record Open(ElementPath path, Object element, List<ElementNode> children) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private ElementNode root;

        @Override
        public void enter(ElementPath path, Object element) {
            open.push(new Open(path, element, new ArrayList<>()));
        }

        @Override
        public void enterList(ElementPath parent, String property) {
            open.push(new Open(parent.property(property), null, new ArrayList<>()));
        }

        @Override
        public void leave() {
            Open left = open.pop();
            ElementNode node = left.element() == null ? new ElementNode.Items(left.path(), left.children())
                    : new ElementNode.Element(left.path(), left.element(), left.children());
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children().add(node);
            }
        }

        @Override
        public void absent(ElementPath parent, String property) {
            open.peek().children().add(new ElementNode.Absent(parent.property(property)));
        }
    }

    /** The walk itself: one method per element that has children. */
    private static final class Walk {

        /** What an item of a list is walked with: the item and its path. */
        @FunctionalInterface
        private interface Item<T> {
            void walk(ElementPath path, T element);
        }

        private final Sink sink;

        Walk(Sink sink) {
            this.sink = sink;
        }

        void contrat(ContratLocalSante c) {
            ElementPath root = ElementPath.root();
            sink.enter(root, c);
            ElementPath territoire = single(root, "territoire", c.territoire());
            if (territoire != null) {
                items(territoire, "qpv", c.territoire().qpv(), this::leaf);
                sink.leave();
            }
            items(root, "signataires", c.signataires(), this::leaf);
            items(root, "partenaires", c.partenaires(), this::leaf);
            ElementPath gouvernance = single(root, "gouvernance", c.gouvernance());
            if (gouvernance != null) {
                gouvernance(gouvernance, c.gouvernance());
                sink.leave();
            }
            leaf(root, "diagnostic", c.diagnostic());
            items(root, "axes", c.axes(), this::axe);
            items(root, "axesTransversaux", c.axesTransversaux(), this::leaf);
            leaf(root, "voletSanteMentale", c.voletSanteMentale());
            leaf(root, "participation", c.participation());
            items(root, "articulations", c.articulations(), this::leaf);
            items(root, "evaluations", c.evaluations(), this::leaf);
            items(root, "avenants", c.avenants(), this::avenant);
            items(root, "derogations", c.derogations(), this::leaf);
            sink.leave();
        }

        void gouvernance(ElementPath path, Gouvernance g) {
            leaf(path, "comitePilotage", g.comitePilotage());
            leaf(path, "comiteTechnique", g.comiteTechnique());
            leaf(path, "coordination", g.coordination());
        }

        void axe(ElementPath path, AxeStrategique axe) {
            sink.enter(path, axe);
            items(path, "objectifs", axe.objectifs(), this::objectif);
            sink.leave();
        }

        void objectif(ElementPath path, Objectif objectif) {
            sink.enter(path, objectif);
            items(path, "fichesAction", objectif.fichesAction(), this::ficheAction);
            sink.leave();
        }

        void ficheAction(ElementPath path, FicheAction fiche) {
            sink.enter(path, fiche);
            items(path, "financements", fiche.financements(), this::leaf);
            items(path, "indicateurs", fiche.indicateurs(), this::leaf);
            sink.leave();
        }

        void avenant(ElementPath path, Avenant avenant) {
            sink.enter(path, avenant);
            if (avenant.signatairesConnus()) {
                items(path, "signataires", avenant.signataires(), this::leaf);
            }
            sink.leave();
        }

        /**
         * The single property {@code property} of the element at {@code parent}: entered when it
         * is present, its path returned (the caller walks under it and leaves it); told left out,
         * {@code null} returned, if not.
         */
        ElementPath single(ElementPath parent, String property, Object element) {
            if (element == null) {
                sink.absent(parent, property);
                return null;
            }
            ElementPath path = parent.property(property);
            sink.enter(path, element);
            return path;
        }

        /** A single property whose own properties the walk does not visit. */
        void leaf(ElementPath parent, String property, Object element) {
            if (single(parent, property, element) != null) {
                sink.leave();
            }
        }

        /** An item whose own properties the walk does not visit. */
        void leaf(ElementPath path, Object element) {
            sink.enter(path, element);
            sink.leave();
        }

        /** A list and its present items, each with its index in the list. */
        <T> void items(ElementPath parent, String property, List<T> items, Item<T> item) {
            sink.enterList(parent, property);
            for (int i = 0; i < items.size(); i++) {
                T element = items.get(i);
                if (element != null) {
                    item.walk(parent.item(property, i), element);
                }
            }
            sink.leave();
        }
    }
}
