package io.github.cls4j.rules.properties;

import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.exemples.Exemples;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A contract and the context it is validated in.
 *
 * @param contractCase the contract
 * @param context the as-of date, language and profile
 */
record ValidationCase(ContractCase contractCase, ValidationContext context) {

    /** The bundled profiles, in a fixed order: a map's order must not change what a seed gives. */
    private static final List<String> PROFILES = Validators.BUNDLED.profiles().keySet().stream().sorted().toList();

    /** Days that matter to the rules: the 3DS law's, the examples' check, and far before and after. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2022, 2, 22), LocalDate.of(2022, 2, 23),
            Exemples.CONTROLE, LocalDate.of(1995, 6, 1), LocalDate.of(2040, 1, 1));

    /** A contract a Java host can build, in any context. */
    static ValidationCase generate(Random random) {
        return new ValidationCase(ContractCases.any(random), context(random));
    }

    /**
     * A context: with or without an as-of date, in French, English or another language (which
     * falls back to French), under the contract's region's profile or a named one.
     */
    static ValidationContext context(Random random) {
        ValidationContext context = ValidationContext.defaults();
        int day = random.nextInt(8);
        if (day < DAYS.size()) {
            context = context.withAsOf(DAYS.get(day));
        } else if (day == DAYS.size()) {
            context = context.withAsOf(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)));
        }
        Locale[] languages = {Locale.FRENCH, Locale.ENGLISH, Locale.FRANCE, Locale.UK, Locale.GERMAN};
        context = context.withLocale(languages[random.nextInt(languages.length)]);
        if (random.nextBoolean()) {
            context = context.withProfile(PROFILES.get(random.nextInt(PROFILES.size())));
        }
        return context;
    }

    /** Smaller contracts in the same context. */
    static Stream<ValidationCase> shrink(ValidationCase failing) {
        return ContractCases.shrink(failing.contractCase()).map(c -> new ValidationCase(c, failing.context()));
    }

    @Override
    public String toString() {
        return "in context " + context + ", the contract made from " + contractCase;
    }
}
