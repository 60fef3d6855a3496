package io.github.cls4j.rules.facts;

import java.util.Objects;

/**
 * A regional parameter of the validation profile, e.g. {@code duree.maximale.annees = 5}. Rules
 * read thresholds from these facts rather than writing them down, so that a profile changes them
 * without touching a rule.
 *
 * @param nom its name
 * @param valeur its value, as written in the profile
 */
public record Parametre(String nom, String valeur) {

    /** Checks that both are given. */
    public Parametre {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(valeur, "valeur");
    }
}
