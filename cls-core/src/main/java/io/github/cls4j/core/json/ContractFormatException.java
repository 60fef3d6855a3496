package io.github.cls4j.core.json;

import java.util.List;
import java.util.Locale;

/**
 * A contract file that is not valid JSON or does not follow the contract format. Its message
 * (in English; {@link #message(Locale)} gives it in French) names the source, then each problem
 * with its line, column, JSON path and what was expected:
 *
 * <pre>
 * arras.json:12:7: $.axes[0].intitulé: unknown property 'intitulé'; expected one of: code, intitule, ...
 * </pre>
 */
public final class ContractFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<JsonProblem> problems;

    /**
     * @param source the file name or description of the input, as given by the caller
     * @param problems the problems found, at least one
     */
    public ContractFormatException(String source, List<JsonProblem> problems) {
        super(describe(source, problems, Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A format error needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The problems found, in the order of the document. */
    public List<JsonProblem> problems() {
        return problems;
    }

    /** The problems found, in {@code locale}'s language, as plain texts a host returns as they are. */
    public List<JsonProblem.Localized> problems(Locale locale) {
        return problems.stream().map(p -> p.in(locale)).toList();
    }

    /**
     * The message in {@code locale}'s language (French unless English), for the person who
     * edits the file: one line per problem, each starting with the source.
     */
    public String message(Locale locale) {
        return describe(source, problems, locale);
    }

    private static String describe(String source, List<JsonProblem> problems, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (JsonProblem p : problems) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(source).append(':').append(p.describe(locale));
        }
        return text.toString();
    }
}
