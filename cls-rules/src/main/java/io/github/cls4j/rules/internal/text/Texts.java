package io.github.cls4j.rules.internal.text;

import io.github.cls4j.rules.RuleProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the library itself writes for a rule author (a failed test case, a line of a case
 * file it cannot read), in {@code texts.properties} (French, the reference) and
 * {@code texts_en.properties} (English), filled as the rules' messages are: {@code {0}} and
 * nothing else, so that an apostrophe stays an apostrophe.
 */
public final class Texts {

    private static final String FOLDER = "/io/github/cls4j/rules/internal/text/";
    private static final Map<String, String> FRENCH = Messages.resource(FOLDER + "texts.properties");
    private static final Map<String, String> ENGLISH = Messages.resource(FOLDER + "texts_en.properties");

    private Texts() {
    }

    /** The French text of {@code key}, filled with {@code arguments}. */
    public static String french(String key, Object... arguments) {
        return fill(FRENCH, key, arguments);
    }

    /** The English text of {@code key}, filled with {@code arguments}. */
    public static String english(String key, Object... arguments) {
        return fill(ENGLISH, key, arguments);
    }

    /** The text of {@code key} in {@code locale}'s language: English for English, French otherwise. */
    public static String in(Locale locale, String key, Object... arguments) {
        return isEnglish(locale) ? english(key, arguments) : french(key, arguments);
    }

    /** A problem of a rule folder told in both languages, with the text of {@code key}. */
    public static RuleProblem problem(String file, int line, String rule, String key, Object... arguments) {
        return new RuleProblem(file, line, rule, english(key, arguments), french(key, arguments));
    }

    /** Whether texts for {@code locale} are English; every other language reads French, the language of cls4j. */
    public static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String fill(Map<String, String> texts, String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("No text " + key + " in cls-rules");
        }
        List<String> values = Arrays.stream(arguments).map(String::valueOf).toList();
        return Messages.fill(pattern, values);
    }
}
