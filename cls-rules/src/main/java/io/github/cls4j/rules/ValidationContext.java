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
 * @param profile the name of the validation profile, e.g. {@code national}
 */
public record ValidationContext(LocalDate asOf, Locale locale, String profile) {

    /** The name of the profile used when none is given. */
    public static final String DEFAULT_PROFILE = "national";

    /** Checks that the locale and the profile are given. */
    public ValidationContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(profile, "profile");
    }

    /** No as-of date, French messages, the national profile. */
    public static ValidationContext defaults() {
        return new ValidationContext(null, Locale.FRENCH, DEFAULT_PROFILE);
    }

    /** The defaults, for the day {@code day}. */
    public static ValidationContext asOf(LocalDate day) {
        return defaults().withAsOf(day);
    }

    /** The same context for the day {@code day}. */
    public ValidationContext withAsOf(LocalDate day) {
        return new ValidationContext(day, locale, profile);
    }

    /** The same context with messages in {@code language}. */
    public ValidationContext withLocale(Locale language) {
        return new ValidationContext(asOf, language, profile);
    }

    /** The same context with the profile named {@code name}. */
    public ValidationContext withProfile(String name) {
        return new ValidationContext(asOf, locale, name);
    }
}
