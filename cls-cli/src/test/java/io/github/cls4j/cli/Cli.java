package io.github.cls4j.cli;

import io.github.cls4j.cli.command.ClsCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Runs the command line in-process, as tests do, and prepares folders of rules for it. Public for
 * the tests of every package (the bad-input corpus runs {@code cls validate} on all its files).
 */
public final class Cli {

    /** The bundled rules in the source tree, which a rule author copies to edit them. */
    public static final Path BUNDLED_RULES = Path.of("..", "cls-rules", "src", "main", "resources", "io", "github", "cls4j", "rules");

    /**
     * What a run printed and returned.
     *
     * @param exit the exit code
     * @param out what it wrote on standard output
     * @param err what it wrote on standard error
     */
    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code cls} with {@code args}, as {@code main} would, and keeps what it printed. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClsCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Copies the bundled rules to {@code target}, as the README tells a rule author to. */
    public static Path copyBundledRules(Path target) {
        try (Stream<Path> files = Files.walk(BUNDLED_RULES)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(BUNDLED_RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first {@code text} in {@code file} by {@code replacement}; fails if it is absent. */
    public static void edit(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file);
            if (!content.contains(text)) {
                throw new IllegalStateException("'" + text + "' is not in " + file);
            }
            Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(text),
                    java.util.regex.Matcher.quoteReplacement(replacement)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
