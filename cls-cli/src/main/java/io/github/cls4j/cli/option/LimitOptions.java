package io.github.cls4j.cli.option;

import io.github.cls4j.rules.ValidationLimits;
import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The limits of each validation ({@link ValidationLimits}), so that a rule that loops ends in an
 * incomplete report rather than a command that never ends. The library's defaults unless given.
 */
public final class LimitOptions {

    @Option(names = "--time-limit", paramLabel = "SECONDES", converter = PositiveSeconds.class,
            description = "La durée la plus longue de la validation d'un contrat, en secondes (60 par défaut) ; au-delà, son rapport est"
                    + " incomplet et nomme la règle qui s'exécutait.")
    private Duration time;

    @Option(names = "--rule-firings", paramLabel = "N", converter = PositiveCount.class,
            description = "Le plus grand nombre de déclenchements de règles dans la validation d'un contrat (par défaut 100000, plus"
                    + " 20 par élément du contrat) ; au-delà, son rapport est incomplet.")
    private Long firings;

    /** The limits asked for, the library's defaults for those not given. */
    public ValidationLimits limits() {
        ValidationLimits limits = ValidationLimits.defaults();
        if (time != null) {
            limits = limits.withTime(time);
        }
        if (firings != null) {
            limits = limits.withRuleFirings(firings, 0);
        }
        return limits;
    }

    /** A number of seconds greater than zero, decimals allowed ({@code 0.5}), to the millisecond. */
    static final class PositiveSeconds implements ITypeConverter<Duration> {

        /** About thirty years: a mistake beyond, and within the library's longest (a century). */
        private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(1_000_000_000L);

        @Override
        public Duration convert(String value) {
            BigDecimal seconds;
            try {
                seconds = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(value);
            }
            if (seconds.compareTo(BigDecimal.ZERO) <= 0 || seconds.compareTo(MAX_SECONDS) > 0 || seconds.stripTrailingZeros().scale() > 3) {
                throw new TypeConversionException(value);
            }
            return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
        }
    }

    /** A whole number greater than zero. */
    static final class PositiveCount implements ITypeConverter<Long> {

        @Override
        public Long convert(String value) {
            try {
                long count = Long.parseLong(value.strip());
                if (count > 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // Told below, as a value that is not a count.
            }
            throw new TypeConversionException(value);
        }
    }
}
