package io.github.cls4j.core.path;

import java.util.Objects;

/**
 * An element of a contract with its path from the contract root.
 *
 * @param path where the element sits
 * @param element the element: the contract, an axis, an indicator, a signatory…
 * @param <T> the type of the element
 */
public record Located<T>(ElementPath path, T element) {

    /** Requires both parts: a located element always knows where it is. */
    public Located {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(element, "element");
    }
}
