package io.github.cls4j.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Jackson's exceptions into {@link JsonProblem}s that a person editing the file can act on:
 * where (line, column, JSON path), what is wrong, and what was expected, in the words of the
 * format rather than of Java. The what is {@link JacksonFault}'s, the where {@link
 * ProblemLocation}'s; both read Jackson's messages through {@link JacksonMessages}.
 */
final class JacksonProblems {

    private JacksonProblems() {
    }

    /**
     * The problem a Jackson exception reports.
     *
     * @param text the document, to find the location of a problem Jackson reports without one
     */
    static JsonProblem describe(JacksonException e, JsonMapper mapper, String text) {
        JacksonFault fault = JacksonFault.classify(e);
        ProblemLocation where = ProblemLocation.of(e, fault.kind() == JacksonFault.Kind.LIMIT, mapper, text);
        return new JsonProblem(where.line(), where.column(), where.jsonPath(), fault.problem(), fault.expected());
    }

    /** A problem found by the library itself at the parser's current token. */
    static JsonProblem at(JsonParser parser, String path, LocalizedText problem, LocalizedText expected) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new JsonProblem(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1),
                path, problem, expected);
    }
}
