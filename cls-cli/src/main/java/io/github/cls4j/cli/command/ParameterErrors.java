package io.github.cls4j.cli.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line told in the user's language. picocli writes its errors in English
 * only; the usual ones (an unknown option, a missing argument, a bad value) are told here in
 * French, the language of {@code cls}, unless {@code --lang en} is among the arguments. Any other
 * keeps picocli's own text.
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    static String message(ParameterException e, String... args) {
        if (english(args)) {
            return e.getMessage();
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String message = "Option ou argument inconnu : " + String.join(" ", unmatched.getUnmatched());
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? message : message + " (vouliez-vous dire " + String.join(" ou ", suggestions) + " ?)";
        }
        if (e instanceof MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            missing.getMissing().forEach(arg -> names.add(name(arg)));
            return "Il manque : " + String.join(", ", names);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Valeur invalide pour " + name(e.getArgSpec()) + " : « " + e.getValue() + " »" + expected(e.getArgSpec());
        }
        return e.getMessage();
    }

    private static boolean english(String... args) {
        List<String> list = Arrays.asList(args);
        int lang = list.indexOf("--lang");
        return list.contains("--lang=en") || lang >= 0 && lang + 1 < list.size() && "en".equalsIgnoreCase(list.get(lang + 1));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What the option takes: its choices, or the form of a date. */
    private static String expected(ArgSpec arg) {
        if (arg.type().isEnum()) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(choices::add);
            return " ; attendu : " + String.join(", ", choices).toLowerCase(java.util.Locale.ROOT);
        }
        if (arg.type() == java.time.LocalDate.class) {
            return " ; attendu : une date qui existe, AAAA-MM-JJ";
        }
        return "";
    }
}
