package io.github.cls4j.core.path;

import java.util.List;
import java.util.Objects;

/**
 * One place of a contract's tree, as {@link ContractElements#tree()} gives it: an element, a list
 * property, or a single property left out. The places are those of the JSON document: a list is a
 * place of its own (a finding may point at {@code signataires} itself), and a property left out
 * keeps its path, so that a report can say where something is missing.
 *
 * <p>Every path is formed by {@link ContractElements}, never by a reader of the tree.
 */
public sealed interface ElementNode permits ElementNode.Element, ElementNode.Items, ElementNode.Absent {

    /** Where this place sits. */
    ElementPath path();

    /** The places under it, in document order. */
    List<ElementNode> children();

    /**
     * The name of the property this place is, or whose list it is an item of: {@code territoire},
     * {@code signataires} for {@code signataires} and {@code signataires[1]}; empty for the contract.
     */
    default String property() {
        List<String> tokens = path().tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            // A property name starts with a letter; an index is digits only.
            if (!Character.isDigit(tokens.get(i).charAt(0))) {
                return tokens.get(i);
            }
        }
        return "";
    }

    /**
     * An element present in the contract.
     *
     * @param path where it sits
     * @param element the element: the contract, its territory, an axis, an indicator…
     * @param children its properties that the walk visits, lists and single elements, in document order
     */
    record Element(ElementPath path, Object element, List<ElementNode> children) implements ElementNode {

        /** Requires the path and the element; copies the children. */
        public Element {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(element, "element");
            children = List.copyOf(children);
        }
    }

    /**
     * A list property, e.g. {@code axes}: its items present, each at its index in the contract's
     * list (a missing item is skipped, not renumbered); none when the list is empty.
     *
     * @param path the list's path
     * @param children its items, each an {@link Element}
     */
    record Items(ElementPath path, List<ElementNode> children) implements ElementNode {

        /** Requires the path; copies the items. */
        public Items {
            Objects.requireNonNull(path, "path");
            children = List.copyOf(children);
        }
    }

    /**
     * A single property left out ({@code null}), e.g. a contract without {@code gouvernance}.
     *
     * @param path where it would sit
     */
    record Absent(ElementPath path) implements ElementNode {

        /** Requires the path. */
        public Absent {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public List<ElementNode> children() {
            return List.of();
        }
    }
}
