package io.github.cls4j.core.commun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The normalisation of lists by the records' constructors: {@code null} becomes an empty list,
 * any other list an unmodifiable copy. Unlike {@link List#copyOf}, null elements are kept, so that
 * an incomplete contract stays constructible and Bean Validation can report them. The lists answer
 * {@code contains(null)} with {@code false}, as the rules ask them about values that may be
 * missing ({@code nom memberOf coPresidents}); {@link List#of()} would throw.
 */
public final class Listes {

    private Listes() {
    }

    /** An unmodifiable copy of {@code list}, empty for {@code null}. */
    public static <T> List<T> copie(List<T> list) {
        if (list == null || list.isEmpty()) {
            return Collections.emptyList();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * The elements of {@code list} that {@code garde} keeps, nulls aside, in their order:
     * unmodifiable, and the empty list with nothing allocated when none is kept, which is the common
     * answer of the domain queries the rules ask of every element.
     */
    public static <T> List<T> filtre(List<T> list, Predicate<? super T> garde) {
        List<T> gardes = null;
        for (T element : list) {
            if (element != null && garde.test(element)) {
                if (gardes == null) {
                    gardes = new ArrayList<>(1);
                }
                gardes.add(element);
            }
        }
        return gardes == null ? Collections.emptyList() : Collections.unmodifiableList(gardes);
    }

    /**
     * Whether an element of {@code list} that {@code garde} keeps exists, nulls aside: the answer of
     * the domain queries that ask whether a contract has a party, link or evaluation of a kind.
     */
    public static <T> boolean existe(List<T> list, Predicate<? super T> garde) {
        for (T element : list) {
            if (element != null && garde.test(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements of {@code list} whose {@code cle} another element shares, in their order; an
     * element without one, or a missing item, shares nothing. Empty, with nothing allocated but a
     * set, when every key is unique, which is the common answer.
     */
    public static <T> List<T> enDouble(List<T> list, Function<? super T, ?> cle) {
        Set<Object> vues = new HashSet<>();
        Set<Object> doubles = null;
        for (T element : list) {
            Object key = element == null ? null : cle.apply(element);
            if (key != null && !vues.add(key)) {
                doubles = doubles == null ? new HashSet<>() : doubles;
                doubles.add(key);
            }
        }
        if (doubles == null) {
            return Collections.emptyList();
        }
        Set<Object> partages = doubles;
        return filtre(list, element -> partages.contains(cle.apply(element)));
    }
}
