package io.github.cls4j.rules.internal.structure.elsewhere;

import jakarta.validation.constraints.NotBlank;

/** Gives a record the constraint screen may not link to: not public, in a package of its own. */
public final class OutOfReach {

    /** The record: package-private, so that no class of another package may call its accessors. */
    record Hidden(@NotBlank String nom) {
    }

    private OutOfReach() {
    }

    /** The record's type. */
    public static Class<?> type() {
        return Hidden.class;
    }

    /** A record named {@code nom}. */
    public static Object of(String nom) {
        return new Hidden(nom);
    }
}
