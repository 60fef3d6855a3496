package io.github.cls4j.rules.testing;

import io.github.cls4j.rules.internal.text.Texts;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a line of a case file, or the contract it names, cannot be used: its cases are not run,
 * those of the other files are.
 *
 * @param file the file, as the folder's path joined to its name
 * @param line its line, from 1; 0 for the file as a whole
 * @param column its column, from 1; 0 when the line is meant as a whole
 * @param french what is wrong, in French
 * @param english what is wrong, in English
 */
public record CaseFileProblem(String file, int line, int column, String french, String english) {

    /** Checks that nothing is missing. */
    public CaseFileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(english, "english");
    }

    /** What is wrong in {@code locale}'s language: English for English, French otherwise. */
    public String message(Locale locale) {
        return Texts.isEnglish(locale) ? english : french;
    }

    /** The problem on one line, as an editor opens it: {@code file:line:column: message}. */
    public String describe(Locale locale) {
        return file + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "") + ": " + message(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
