package io.github.cls4j.rules;

import io.github.cls4j.core.path.ElementPath;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a {@link Finding} is about: an element of a contract, by its path; in a region's
 * portfolio, a contract of it, by its id, or a territory (the region, a commune, a QPV, a PRAPS
 * territory), by its code. A report orders elements by path, then contracts by id, then
 * territories by kind and code.
 */
public sealed interface Subject extends Comparable<Subject> permits Subject.Element, Subject.Contract, Subject.Territory {

    /** The order of subjects: elements by path, then contracts by id, then territories by kind and code. */
    Comparator<Subject> ORDER = Comparator.comparing((Subject s) -> s instanceof Element ? 0 : s instanceof Contract ? 1 : 2)
            .thenComparing(s -> s instanceof Element e ? e.path() : ElementPath.root())
            .thenComparing(s -> s instanceof Contract c ? c.id() : "")
            .thenComparing(s -> s instanceof Territory t ? t.kind().ordinal() : -1)
            .thenComparing(s -> s instanceof Territory t ? t.code() : "");

    /** The element at {@code path} of a contract. */
    static Subject of(ElementPath path) {
        return new Element(path);
    }

    /** The contract whose id is {@code id}, in a portfolio. */
    static Subject ofContract(String id) {
        return new Contract(id);
    }

    /** The territory of {@code kind} whose code is {@code code}. */
    static Subject of(Territory.Kind kind, String code) {
        return new Territory(kind, code);
    }

    @Override
    default int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    /**
     * An element of a contract.
     *
     * @param path its path from the contract root; the root for the contract itself
     */
    record Element(ElementPath path) implements Subject {

        /** Checks that the path is given. */
        public Element {
            Objects.requireNonNull(path, "path");
        }

        /** The path, as {@link ElementPath#toString()} writes it (empty for the contract itself). */
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A contract of a region's portfolio.
     *
     * @param id its id
     */
    record Contract(String id) implements Subject {

        /** Checks that the id is given. */
        public Contract {
            Objects.requireNonNull(id, "id");
        }

        /** The id alone, as reports show it. */
        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * A territory of a region's portfolio.
     *
     * @param kind what kind of territory it is
     * @param code its code: the region's INSEE code, a commune's INSEE code, a QPV's code, a
     *     PRAPS territory's id
     */
    record Territory(Kind kind, String code) implements Subject {

        /** The kinds of territory a portfolio finding is about. */
        public enum Kind { REGION, COMMUNE, QPV, PRAPS }

        /** Checks that nothing is missing. */
        public Territory {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
        }

        /** The code alone, as reports show it. */
        @Override
        public String toString() {
            return code;
        }
    }
}
