package io.github.cls4j.cli.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a contract made safe for a terminal. A contract is untrusted input read on a
 * coordinator's screen: an escape sequence in its title could clear the screen, retitle the
 * window or hide text, and a bidirectional override reverse what follows. Every control character
 * (C0 but the tab, DEL, C1) and every bidirectional control is shown as its escape, {@code \u001B},
 * so that the text is seen, never run.
 */
public final class TerminalText {

    private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private TerminalText() {
    }

    /** {@code text} with each unsafe character written as its escape; {@code null} stays {@code null}. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = UNSAFE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(String.format("\\u%04X", (int) m.group().charAt(0))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
