package io.github.cls4j.core.json;

import java.util.Locale;

/**
 * One reason a JSON contract file cannot be read.
 *
 * @param line the line of the offending token, from 1; 0 when unknown
 * @param column the column of the offending token, from 1; 0 when unknown
 * @param jsonPath where in the document, e.g. {@code $.axes[0].objectifs[1].intitule}; {@code $}
 *     for the document itself. Past the {@code $.}, it is the model's element path.
 * @param problem what is wrong, e.g. "propriété inconnue « intitulé »" / "unknown property 'intitulé'"
 * @param expected what was expected instead, e.g. "une date écrite AAAA-MM-JJ" / "a date written YYYY-MM-DD"
 */
public record JsonProblem(int line, int column, String jsonPath, LocalizedText problem, LocalizedText expected) {

    /**
     * The problem on one line in {@code locale}'s language (French unless English):
     * {@code 12:7: $.axes[0].intitule: problem; expected ...}.
     */
    public String describe(Locale locale) {
        return LocalizedText.of("line", line, column, jsonPath, problem.in(locale), expected.in(locale)).in(locale);
    }

    /**
     * The problem in {@code locale}'s language as plain texts, for a host to return as it is (the
     * body of an HTTP 400, the {@code problems} of {@code cls validate --format json}).
     */
    public Localized in(Locale locale) {
        return new Localized(line, column, jsonPath, problem.in(locale), expected.in(locale));
    }

    /**
     * One reason a JSON contract cannot be read, in one language.
     *
     * @param line the line of the offending token, from 1; 0 when unknown
     * @param column its column, from 1; 0 when unknown
     * @param jsonPath where in the document, e.g. {@code $.signatairs}
     * @param problem what is wrong
     * @param expected what was expected instead
     */
    public record Localized(int line, int column, String jsonPath, String problem, String expected) {
    }

    /** The problem on one line, in English. */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
