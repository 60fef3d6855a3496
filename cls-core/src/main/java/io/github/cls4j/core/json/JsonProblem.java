package io.github.cls4j.core.json;

/**
 * One reason a JSON contract file cannot be read.
 *
 * @param line the line of the offending token, from 1; 0 when unknown
 * @param column the column of the offending token, from 1; 0 when unknown
 * @param jsonPath where in the document, e.g. {@code $.axes[0].objectifs[1].intitule}; {@code $}
 *     for the document itself. Past the {@code $.}, it is the model's element path.
 * @param problem what is wrong, e.g. "unknown property 'intitulé'"
 * @param expected what was expected instead, e.g. "a date written YYYY-MM-DD"
 */
public record JsonProblem(int line, int column, String jsonPath, String problem, String expected) {

    /** The problem on one line: {@code 12:7 $.axes[0].intitule: problem; expected ...}. */
    @Override
    public String toString() {
        return line + ":" + column + " " + jsonPath + ": " + problem + "; expected " + expected;
    }
}
