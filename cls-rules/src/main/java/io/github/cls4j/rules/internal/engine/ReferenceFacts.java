package io.github.cls4j.rules.internal.engine;

import java.util.List;
import java.util.Objects;

/**
 * The reference data every validation of a rule set sees beside the contract: the PRS versions
 * and their objectives, and where they come from, which an explanation names.
 *
 * @param facts the facts, inserted in every session
 * @param source where they come from: {@code cls-rules 0.1.0} for the bundled data, else the
 *     folder that replaces them
 */
public record ReferenceFacts(List<Object> facts, String source) {

    /** Copies the facts and requires the source. */
    public ReferenceFacts {
        facts = List.copyOf(facts);
        Objects.requireNonNull(source, "source");
    }
}
