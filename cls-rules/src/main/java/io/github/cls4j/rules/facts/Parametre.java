package io.github.cls4j.rules.facts;

import java.util.Objects;

/**
 * A regional parameter of the validation profile, e.g. {@code duree.maximale.annees = 5}. Rules
 * read thresholds and regional options from these facts rather than writing them down, so that a
 * profile changes them without touching a rule; a rule whose parameter the profile does not set
 * does not fire. A regional option that switches a rule on is declared on the rule,
 * {@code @enabledBy("charte.engagement.attendue")}, and applied by the engine: the rule need not
 * test it.
 *
 * <pre>{@code
 * Parametre(nom == "duree.maximale.annees", $max : entier)
 * }</pre>
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

    /**
     * The value as a whole number.
     *
     * @throws NumberFormatException if it is not one; the profiles are checked at load, so a rule
     *     never meets such a value
     */
    public int getEntier() {
        return Integer.parseInt(valeur.trim());
    }

    /** Whether the value is {@code true}: a regional option the profile turns on. */
    public boolean isActive() {
        return Boolean.parseBoolean(valeur.trim());
    }
}
