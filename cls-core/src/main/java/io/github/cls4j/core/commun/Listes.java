package io.github.cls4j.core.commun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
}
