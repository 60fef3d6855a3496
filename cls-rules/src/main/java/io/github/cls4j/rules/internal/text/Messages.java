package io.github.cls4j.rules.internal.text;

import io.github.cls4j.core.commun.DayInWords;
import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.internal.data.SourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles and messages of the rules, keyed by rule id: {@code CLS-LEG-01.title} and
 * {@code CLS-LEG-01.message}, in {@code messages.properties} (French, the reference) and
 * {@code messages_en.properties} (English), both read as UTF-8.
 *
 * <p>Values are put in with {@code {0}}, {@code {1}}… and nothing else: unlike
 * {@link java.text.MessageFormat}, an apostrophe is an apostrophe, as French needs.
 *
 * <p>Loaded by hand rather than through {@link java.util.ResourceBundle}, whose JVM-wide cache
 * and default-locale fallback would make the text depend on the host.
 */
public final class Messages {

    public static final String TITLE = ".title";
    public static final String MESSAGE = ".message";
    public static final String FRENCH_FILE = "messages.properties";
    public static final String ENGLISH_FILE = "messages_en.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** The digits a placeholder may have: {@code {99}} at most, for no rule passes a hundred values. */
    private static final int MAX_PLACEHOLDER_DIGITS = 2;
    /** A {@code \\u} escape without its four hexadecimal digits (an escaped backslash before it aside). */
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("(?<!\\\\)\\\\u(?![0-9A-Fa-f]{4})");

    private final Map<String, String> french;
    private final Map<String, String> english;

    private Messages(Map<String, String> french, Map<String, String> english) {
        this.french = Map.copyOf(french);
        this.english = Map.copyOf(english);
    }

    public static Messages empty() {
        return new Messages(Map.of(), Map.of());
    }

    /** The bundled messages, next to the bundled rules. */
    public static Messages bundled(String folder) {
        return new Messages(resource(folder + FRENCH_FILE), resource(folder + ENGLISH_FILE));
    }

    /** The messages of a folder of rules; a missing file is an empty one. */
    public static Messages folder(Path folder, SourceFiles files) {
        return new Messages(file(folder.resolve(FRENCH_FILE), files), file(folder.resolve(ENGLISH_FILE), files));
    }

    /** These messages, with those of {@code other} put over them. */
    public Messages overriddenBy(Messages other) {
        Map<String, String> fr = new HashMap<>(french);
        fr.putAll(other.french);
        Map<String, String> en = new HashMap<>(english);
        en.putAll(other.english);
        return new Messages(fr, en);
    }

    /** The ids that have a French message. */
    public Set<String> frenchIds() {
        return ids(french);
    }

    /** The French title of {@code id} written here, if there is one. */
    public Optional<String> frenchTitle(String id) {
        return Optional.ofNullable(french.get(id + TITLE));
    }

    /**
     * The keys {@code id.title} and {@code id.message} that are missing in French or English; the
     * French title is not looked for when {@code titledElsewhere} (a rule's name carries it).
     */
    public List<String> missing(String id, boolean titledElsewhere) {
        List<String> missing = new ArrayList<>();
        for (String key : List.of(id + TITLE, id + MESSAGE)) {
            if (!french.containsKey(key) && !(titledElsewhere && key.endsWith(TITLE))) {
                missing.add(key + " in " + FRENCH_FILE);
            }
            if (!english.containsKey(key)) {
                missing.add(key + " in " + ENGLISH_FILE);
            }
        }
        return missing;
    }

    /** Whether {@code id} has an English title here. */
    public boolean hasEnglishTitle(String id) {
        return english.containsKey(id + TITLE);
    }

    /** The title of {@code id} in {@code locale}, from these messages; the id itself if it is missing. */
    public String title(String id, Locale locale) {
        return text(id + TITLE, locale).orElse(id);
    }

    /**
     * The message of rule {@code id} with {@code arguments} put in, a day written as the language
     * writes it ({@code 23 novembre 2026}); the key itself if it is missing.
     */
    public String message(String id, Locale locale, List<String> arguments) {
        List<String> worded = arguments.stream().map(argument -> DayInWords.ifDay(argument, locale)).toList();
        return text(id + MESSAGE, locale).map(pattern -> fill(pattern, worded)).orElse(id + MESSAGE);
    }

    private Optional<String> text(String key, Locale locale) {
        if ("en".equals(locale.getLanguage()) && english.containsKey(key)) {
            return Optional.of(english.get(key));
        }
        return Optional.ofNullable(french.get(key));
    }

    /**
     * The placeholders of {@code id}'s messages, in French and English, that no rule can fill:
     * beyond {@code {99}}; checked when the rules load, so that a validation never
     * meets one.
     */
    public List<String> unfillable(String id) {
        List<String> unfillable = new ArrayList<>();
        for (Map<String, String> texts : List.of(french, english)) {
            String pattern = texts.get(id + MESSAGE);
            Matcher m = PLACEHOLDER.matcher(pattern == null ? "" : pattern);
            while (m.find()) {
                if (m.group(1).length() > MAX_PLACEHOLDER_DIGITS) {
                    unfillable.add(m.group() + " in " + (texts == french ? FRENCH_FILE : ENGLISH_FILE));
                }
            }
        }
        return unfillable;
    }

    static String fill(String pattern, List<String> arguments) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Two digits at most: a longer one was refused at load; here it is left as written.
            int index = m.group(1).length() > MAX_PLACEHOLDER_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(index < arguments.size() ? arguments.get(index) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> ids(Map<String, String> texts) {
        return texts.keySet().stream().filter(k -> k.endsWith(MESSAGE))
                .map(k -> k.substring(0, k.length() - MESSAGE.length()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Map<String, String> resource(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " in cls-rules");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static Map<String, String> file(Path path, SourceFiles files) {
        if (!files.exists(path)) {
            return Map.of();
        }
        String text;
        try {
            text = files.text(path);
        } catch (IOException e) {
            throw problem(path, 0, "cannot be read: " + InputFile.describe(e));
        }
        try {
            return read(new StringReader(text));
        } catch (IllegalArgumentException malformed) {
            // Properties says "Malformed \\uxxxx encoding." without a line: find it.
            throw problem(path, lineOfMalformedEscape(text), "a \\u escape is not followed by four hexadecimal digits");
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    private static RuleCompilationException problem(Path path, int line, String message) {
        return new RuleCompilationException(path.toString(), List.of(new RuleProblem(path.toString(), line, null, message)));
    }

    private static int lineOfMalformedEscape(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (MALFORMED_ESCAPE.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }
}
