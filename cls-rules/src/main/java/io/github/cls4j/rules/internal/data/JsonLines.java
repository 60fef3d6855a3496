package io.github.cls4j.rules.internal.data;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a property is written in the text of a JSON file, so that a problem found once the file is
 * read (a PRS listed twice, dates the wrong way round) is told at its line: the first time a
 * property and value are asked for, the line of their first occurrence; the next time, of the next.
 * A text that is not known (a bundled file) gives line 0, as a problem of the whole file.
 */
public final class JsonLines {

    private final String text;
    private final Map<String, Integer> asked = new HashMap<>();

    public JsonLines(String text) {
        this.text = text;
    }

    /** The line of the next occurrence of {@code "property": "value"}, or 0 if there is none. */
    public int next(String property, String value) {
        if (text == null || value == null) {
            return 0;
        }
        String key = property + '\u0000' + value;
        int occurrence = asked.merge(key, 1, Integer::sum);
        Matcher m = Pattern.compile("\"" + Pattern.quote(property) + "\"\\s*:\\s*\"" + Pattern.quote(value) + "\"").matcher(text);
        for (int i = 0; i < occurrence; i++) {
            if (!m.find()) {
                return 0;
            }
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
