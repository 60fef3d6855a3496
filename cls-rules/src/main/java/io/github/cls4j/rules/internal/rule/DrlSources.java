package io.github.cls4j.rules.internal.rule;

import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of a folder is declared: its file and line, found by reading the DRL text.
 * Drools does not say, for rules compiled to the executable model, so this is how an error or a
 * missing message is pinned to a rule a person can find.
 */
public final class DrlSources {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    /**
     * A date in {@code @since} or {@code @until} written without its quotes: the build-time compiler
     * evaluates {@code 2022-02-23} as the number 1997, the run-time one keeps it as text, so the
     * same rule would not have the same dates. Refused wherever it is written.
     */
    private static final Pattern UNQUOTED_DATE = Pattern.compile("@(since|until)\\(\\s*(?!\")([^)]*)\\)");

    /**
     * A rule as written.
     *
     * @param key its package and name
     * @param file the file, relative to the folder
     * @param line the line of its {@code rule} keyword
     */
    public record Declaration(RuleKey key, String file, int line) {
    }

    /** The list of the DRL files of a class-path folder. */
    public static final String INDEX = "drl-files.txt";

    private final Map<String, List<Declaration>> byFile = new TreeMap<>();
    private final Map<String, String[]> linesByFile = new TreeMap<>();
    /** The first declaration of each rule, in file order, made again at each file added. */
    private Map<RuleKey, Declaration> byKey = Map.of();

    /**
     * The DRL files of a class-path folder, listed in its {@value #INDEX}: a folder in a jar
     * cannot be listed portably, and the executable model does not keep the file of a rule.
     *
     * @throws IllegalStateException if the list or a file it names is missing, a packaging error
     */
    public static DrlSources onClassPath(String folder) {
        DrlSources sources = new DrlSources();
        for (String file : read(folder + INDEX).split("\\R")) {
            String name = file.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                sources.add(name, read(folder + name));
            }
        }
        return sources;
    }

    private static String read(String resource) {
        try (InputStream in = DrlSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " in the class path of cls-rules");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Records the rules declared in {@code text}, the content of {@code file}. */
    public void add(String file, String text) {
        List<Declaration> declarations = new ArrayList<>();
        String packageName = "";
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            // Only a line that starts with one of the two words can match: the patterns are not run
            // on the others, thousands in the bundled rules, which a fresh JVM would interpret.
            String start = lines[i].stripLeading();
            Matcher p = start.startsWith("package") ? PACKAGE.matcher(lines[i]) : null;
            if (p != null && p.find()) {
                packageName = p.group(1);
            }
            Matcher r = start.startsWith("rule") ? RULE.matcher(lines[i]) : null;
            if (r != null && r.find()) {
                String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                declarations.add(new Declaration(new RuleKey(packageName, name), file, i + 1));
            }
        }
        byFile.put(file, declarations);
        linesByFile.put(file, lines);
        Map<RuleKey, Declaration> firsts = new HashMap<>();
        byFile.values().forEach(inFile -> inFile.forEach(d -> firsts.putIfAbsent(d.key(), d)));
        byKey = firsts;
    }

    /** Each {@code @since} or {@code @until} whose date is not in quotes, at its file and line, with the rule it is in. */
    public List<RuleProblem> unquotedDates() {
        List<RuleProblem> problems = new ArrayList<>();
        linesByFile.forEach((file, lines) -> {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith("//")) {
                    continue;
                }
                Matcher m = UNQUOTED_DATE.matcher(lines[i]);
                while (m.find()) {
                    String rule = enclosing(file, i + 1).map(d -> d.key().name()).orElse(null);
                    problems.add(Texts.problem(file, i + 1, rule, "rules.unquotedDate", m.group(1), m.group(2).strip()));
                }
            }
        });
        return problems;
    }

    /**
     * The first line of {@code file} where {@code word} appears as a whole word, or 0. Used for
     * the errors the executable model reports without a line, such as an unknown field.
     */
    public int lineOf(String file, String word) {
        return lineOf(file, word, 1);
    }

    /** The first line of {@code file}, from line {@code from} on, where {@code word} appears as a whole word, or 0. */
    public int lineOf(String file, String word, int from) {
        Pattern whole = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        String[] lines = linesByFile.getOrDefault(file, new String[0]);
        for (int i = Math.max(0, from - 1); i < lines.length; i++) {
            String code = lines[i].strip();
            if (!code.startsWith("//") && whole.matcher(code).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The text of line {@code line} of {@code file}, or an empty text when there is no such line. */
    public String text(String file, int line) {
        String[] lines = linesByFile.getOrDefault(file, new String[0]);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** The declaration of the rule {@code key}, if it is in one of the files. */
    public Optional<Declaration> of(RuleKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The first file and line, in file order, where {@code word} appears as a whole word. */
    public Optional<Declaration> locate(String word) {
        for (String file : byFile.keySet()) {
            int line = lineOf(file, word);
            if (line > 0) {
                return enclosing(file, line).map(d -> new Declaration(d.key(), file, line));
            }
        }
        return Optional.empty();
    }

    /** The rule whose text holds line {@code line} of {@code file}: the last declared at or before it. */
    public Optional<Declaration> enclosing(String file, int line) {
        Declaration found = null;
        for (Declaration d : byFile.getOrDefault(file, List.of())) {
            if (d.line() <= line) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The number of rules declared in all the files. */
    public int count() {
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    /** The text of {@code file}, as read; empty when it is not one of the files. */
    public String content(String file) {
        return String.join("\n", linesByFile.getOrDefault(file, new String[0]));
    }

    /** The files, in name order. */
    public List<String> files() {
        return List.copyOf(byFile.keySet());
    }
}
