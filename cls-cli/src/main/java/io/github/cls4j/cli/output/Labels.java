package io.github.cls4j.cli.output;

import io.github.cls4j.core.commun.DayInWords;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationReport;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the command line's reports, French unless English is asked for, from
 * {@code labels.properties} and {@code labels_en.properties}.
 */
public final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The labels of {@code language}: English for {@code en}, else French. */
    public static Labels of(Locale language) {
        Locale locale = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        // The French file is the base bundle; ROOT keeps the JVM's default locale out of the lookup.
        ResourceBundle bundle = ResourceBundle.getBundle("io.github.cls4j.cli.output.labels",
                locale == Locale.ENGLISH ? locale : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(bundle, locale);
    }

    /** The language of these labels: French or English. */
    public Locale locale() {
        return locale;
    }

    /**
     * The label {@code key}, its arguments put in. Every label is a MessageFormat pattern, with or
     * without arguments, so that a quote written {@code ''} prints once in each.
     */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A labelled value, {@code Label : value} in French, {@code Label: value} in English. */
    public String field(String key, Object value) {
        return get("field", get(key), String.valueOf(value));
    }

    /** The verdict of a report: valid, not valid, or not valid because some rules failed. */
    public String verdict(ValidationReport report) {
        return get(report.isValid() ? "verdict.valid" : report.isComplete() ? "verdict.invalid" : "verdict.incomplete");
    }

    /** A severity in words: {@code ERREUR}, {@code AVERTISSEMENT}, {@code INFO}. */
    public String severity(Severity severity) {
        return get("severity." + severity.name());
    }

    /** {@code oui} or {@code non}. */
    public String yesNo(boolean yes) {
        return get(yes ? "yes" : "no");
    }

    /** A share as a percentage with one decimal, {@code 37,5 %}; a dash when there is none. */
    public String percent(BigDecimal share) {
        return share == null ? get("none") : get("percent", share.movePointRight(2));
    }

    /** A count, grouped in the language's way ({@code 41 555}, {@code 41,555}). */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A value as the language writes decimals, to the 4 places the library computes; a dash when there is none. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return get("none");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /**
     * A day as the language writes it: {@code 30 juin 2023}, {@code 1er juillet 2023};
     * {@code 30 June 2023}. "non renseigné" when there is none.
     */
    public String date(LocalDate day) {
        return day == null ? get("absent") : DayInWords.of(day, locale);
    }

    /**
     * A code of the model in words ({@code COMMUNAUTE_URBAINE}: {@code communauté urbaine}),
     * its label {@code code.TYPE.NAME}; "non renseigné" when there is none.
     */
    public String code(Enum<?> value) {
        return value == null ? get("absent") : get("code." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** E.g. {@code 0 erreur, 5 avertissements, 10 informations}. */
    public String counts(Map<Severity, Integer> counts) {
        return get("counts", counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO));
    }
}
