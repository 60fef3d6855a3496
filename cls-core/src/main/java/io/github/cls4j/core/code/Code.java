package io.github.cls4j.core.code;

/**
 * An administrative code, kept exactly as written so that a report can quote it.
 *
 * <p>Implementations never reject a value: a {@code null} or malformed value is held as given and
 * {@link #isWellFormed()} answers {@code false}.
 */
public sealed interface Code permits Siren, CodeCommune, CodeQpv, CodeRegion {

    /** The code as written in the contract. */
    String value();

    /** Whether {@link #value()} follows the format of this kind of code. */
    boolean isWellFormed();
}
