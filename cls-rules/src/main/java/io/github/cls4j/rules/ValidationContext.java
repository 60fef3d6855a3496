package io.github.cls4j.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a validation is made for, besides the contract.
 *
 * <p>The library never reads the clock. Without an as-of date, the rules about what is due by a
 * day (evaluations, expiry) do not run, and a contract that is not signed yet is judged under the
 * law in force now. Which version of the law applies to a signed contract is always judged on
 * its own dates (signature, avenants), whatever the as-of date.
 *
 * @param asOf the day the check is made for, or {@code null}
 * @param locale the language of the messages: French unless English is asked for
 * @param profile the name of the validation profile, e.g. {@code hauts-de-france}, or {@code null}
 *     for the profile of the contract's region ({@link #DEFAULT_PROFILE} when its region has none)
 * @param explain whether each finding carries its {@link Explanation}: what its rule read, on
 *     which day, under which parameters and reference data. Off by default: it costs time
 */
public record ValidationContext(LocalDate asOf, Locale locale, String profile, boolean explain) {

    /** The name of the profile used when none is given and the contract's region has none. */
    public static final String DEFAULT_PROFILE = "national";

    /** Checks that the locale is given. */
    public ValidationContext {
        Objects.requireNonNull(locale, "locale");
    }

    /** A context whose findings carry no explanation. */
    public ValidationContext(LocalDate asOf, Locale locale, String profile) {
        this(asOf, locale, profile, false);
    }

    /** No as-of date, French messages, the profile of the contract's region, no explanations. */
    public static ValidationContext defaults() {
        return new ValidationContext(null, Locale.FRENCH, null, false);
    }

    /** The defaults, for the day {@code day}. */
    public static ValidationContext asOf(LocalDate day) {
        return defaults().withAsOf(day);
    }

    /** The same context for the day {@code day}. */
    public ValidationContext withAsOf(LocalDate day) {
        return new ValidationContext(day, locale, profile, explain);
    }

    /** The same context with messages in {@code language}. */
    public ValidationContext withLocale(Locale language) {
        return new ValidationContext(asOf, language, profile, explain);
    }

    /** The same context with the profile named {@code name}; {@code null} for the region's. */
    public ValidationContext withProfile(String name) {
        return new ValidationContext(asOf, locale, name, explain);
    }

    /** The same context, whose findings carry their {@link Explanation}. */
    public ValidationContext withExplanations() {
        return new ValidationContext(asOf, locale, profile, true);
    }
}
