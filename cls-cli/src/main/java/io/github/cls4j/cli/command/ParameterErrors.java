package io.github.cls4j.cli.command;

import io.github.cls4j.cli.output.Labels;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line told in the user's language. picocli writes its errors in English
 * only; the usual ones (an unknown option, a missing argument, a bad value) are told here in the
 * words of the labels, French, the language of {@code cls}, unless {@code --lang en} is among the
 * arguments. Any other keeps picocli's own text.
 */
final class ParameterErrors {

    /** The character the JVM puts for a byte of an argument the system's encoding cannot decode. */
    private static final char UNDECODABLE = '\uFFFD';

    private ParameterErrors() {
    }

    static String message(ParameterException e, Labels labels) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            String arguments = String.join(" ", unmatched.getUnmatched());
            // The JVM decoded the argument in the system's encoding, which could not hold it (an
            // accented name under LANG=C): a path picocli cannot take, not an unknown option.
            if (arguments.indexOf(UNDECODABLE) >= 0) {
                return labels.get("usage.undecodable", arguments, System.getProperty("sun.jnu.encoding", "?"));
            }
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? labels.get("usage.unknown", arguments)
                    : labels.get("usage.unknown.suggested", arguments, String.join(" " + labels.get("usage.or") + " ", suggestions));
        }
        if (e instanceof MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            missing.getMissing().forEach(arg -> names.add(plainName(arg)));
            return labels.get("usage.missing", String.join(", ", names));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            ArgSpec arg = e.getArgSpec();
            String name = arg instanceof OptionSpec option ? labels.get("usage.option", option.longestName()) : arg.paramLabel();
            return expected(arg, labels).map(expected -> labels.get("usage.invalid.expected", name, e.getValue(), expected))
                    .orElseGet(() -> labels.get("usage.invalid", name, e.getValue()));
        }
        return e.getMessage();
    }

    private static String plainName(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What the option takes: its choices, or the form of a date, a duration or a count. */
    private static Optional<String> expected(ArgSpec arg, Labels labels) {
        if (arg.type().isEnum()) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(choices::add);
            return Optional.of(String.join(", ", choices).toLowerCase(Locale.ROOT));
        }
        if (arg.type() == LocalDate.class) {
            return Optional.of(labels.get("usage.expected.date"));
        }
        if (arg.type() == Duration.class) {
            return Optional.of(labels.get("usage.expected.seconds"));
        }
        if (arg.type() == Long.class) {
            return Optional.of(labels.get("usage.expected.count"));
        }
        return Optional.empty();
    }
}
