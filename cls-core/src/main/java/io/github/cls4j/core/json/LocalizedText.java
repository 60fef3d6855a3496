package io.github.cls4j.core.json;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of the library in the reader's language: a key of the bundle {@code
 * io.github.cls4j.core.json.problems} (French, with an English translation) and the values it
 * quotes, e.g. {@code problem.unknownProperty} with {@code [intitulé]}.
 *
 * @param key the key of the text
 * @param arguments the values the text quotes, in order
 */
public record LocalizedText(String key, List<String> arguments) {

    private static final String BUNDLE = "io.github.cls4j.core.json.problems";

    /** Copies the arguments. */
    public LocalizedText {
        arguments = List.copyOf(arguments);
    }

    static LocalizedText of(String key, Object... arguments) {
        return new LocalizedText(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The text in {@code locale}'s language: French, or English for English; the French text for
     * any other language.
     */
    public String in(Locale locale) {
        // No fallback to the JVM's default locale: the same call gives the same text on any host.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text " + key + " in " + BUNDLE, e);
        }
    }

    /** The English text, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
