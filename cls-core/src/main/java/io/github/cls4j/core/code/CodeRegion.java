package io.github.cls4j.core.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The INSEE code of a region (code officiel géographique, regions since 1 January 2016), e.g.
 * {@code "32"} for Hauts-de-France. Well formed when it names one of the 18 {@link Region}s.
 *
 * @param value the code as written, possibly unknown
 */
public record CodeRegion(@JsonValue String value) implements Code {

    /** Builds a region code from its text, keeping it as written. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CodeRegion {
        // No check here: an unknown code must reach the report.
    }

    /** Shorthand for {@code new CodeRegion(value)}. */
    public static CodeRegion of(String value) {
        return new CodeRegion(value);
    }

    /** The code of a known region. */
    public static CodeRegion of(Region region) {
        return new CodeRegion(region.code());
    }

    /** The region this code names; empty when it names none. */
    public Optional<Region> region() {
        return Region.fromCode(value);
    }

    @Override
    public boolean isWellFormed() {
        return region().isPresent();
    }


    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
