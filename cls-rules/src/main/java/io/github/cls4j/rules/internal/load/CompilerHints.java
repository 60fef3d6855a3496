package io.github.cls4j.rules.internal.load;

import io.github.cls4j.rules.internal.rule.FactTypes;
import io.github.cls4j.rules.internal.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule author can do about an error of Drools' compiler, in their words: the import a type
 * lacks, the nearest names to a misspelt type or property (with the properties of the fact), the
 * global a rule reports through. Drools' own words are kept beside, in English, as it says them.
 */
final class CompilerHints {

    /** A hint, in both languages. */
    record Hint(String english, String french) {
    }

    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class: ?(\\w+)");
    private static final Pattern UNKNOWN_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):?$|Unknown field (\\w+)");
    private static final Pattern PATTERN_TYPE = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern FIRST_NAME = Pattern.compile("^\\s*([A-Za-z_]\\w*)");
    private static final Pattern UNBOUND_IN_ACCUMULATE = Pattern.compile("Unknown parameter in accumulate: ?(\\$?\\w+)");
    private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("Unknown accumulate function: '(\\w+)'");
    /** The accumulate functions of Drools a rule can use. */
    private static final List<String> FUNCTIONS = List.of("sum", "count", "min", "max", "average", "collectList",
            "collectSet");
    private static final String GLOBAL = "global io.github.cls4j.rules.facts.Findings findings;";

    private CompilerHints() {
    }

    /** The hint for Drools' {@code text}, reported on a line that reads {@code line}, if there is one. */
    static Optional<Hint> of(String text, String line) {
        Matcher unknownClass = UNKNOWN_CLASS.matcher(text);
        if (unknownClass.find()) {
            return Optional.of(unknownType(unknownClass.group(1)));
        }
        Matcher expression = UNKNOWN_EXPRESSION.matcher(text);
        if (expression.find()) {
            String written = expression.group(1) != null ? expression.group(1) : expression.group(2);
            return unknownProperty(written, line);
        }
        Matcher unbound = UNBOUND_IN_ACCUMULATE.matcher(text);
        if (unbound.find()) {
            return Optional.of(hint("rules.unbound", unbound.group(1)));
        }
        Matcher function = UNKNOWN_FUNCTION.matcher(text);
        if (function.find()) {
            String nearest = String.join(", ", FactTypes.nearest(function.group(1), FUNCTIONS));
            return Optional.of(hint(nearest.isEmpty() ? "rules.noFunction" : "rules.nearFunction", function.group(1), String.join(", ", FUNCTIONS),
                    nearest));
        }
        if (text.contains("findings") && (text.contains("cannot be resolved") || text.contains("Unable to resolve"))) {
            return Optional.of(hint("rules.noGlobal", GLOBAL));
        }
        return Optional.empty();
    }

    /**
     * The word of the DRL an error is about, when Drools reports it at the start of its rule rather
     * than where it is written: an unknown accumulate function.
     */
    static Optional<String> misplacedWord(String text) {
        Matcher function = UNKNOWN_FUNCTION.matcher(text);
        return function.find() ? Optional.of(function.group(1)) : Optional.empty();
    }

    /** The variable an error of an {@code accumulate} names, which its DRL line holds. */
    static Optional<String> unboundVariable(String text) {
        Matcher unbound = UNBOUND_IN_ACCUMULATE.matcher(text);
        return unbound.find() ? Optional.of(unbound.group(1)) : Optional.empty();
    }

    private static Hint unknownType(String name) {
        Optional<Class<?>> type = FactTypes.named(name);
        if (type.isPresent()) {
            return hint("rules.missingImport", name, "import " + type.get().getName() + ";");
        }
        String nearest = String.join(", ", FactTypes.nearest(name, FactTypes.all().keySet()));
        return nearest.isEmpty() ? hint("rules.noType", name) : hint("rules.nearType", name, nearest);
    }

    private static Optional<Hint> unknownProperty(String expression, String line) {
        Matcher first = FIRST_NAME.matcher(expression);
        if (!first.find()) {
            return Optional.empty();
        }
        String property = first.group(1);
        int at = line.indexOf(expression.strip());
        String before = at >= 0 ? line.substring(0, at) : line;
        Matcher types = PATTERN_TYPE.matcher(before);
        String typeName = null;
        while (types.find()) {
            typeName = types.group(1);
        }
        Optional<Class<?>> type = typeName == null ? Optional.empty() : FactTypes.named(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> properties = FactTypes.properties(type.get());
        if (properties.containsKey(property) || properties.containsKey(property + "()")) {
            return Optional.empty();
        }
        String all = String.join(", ", properties.keySet());
        String nearest = String.join(", ", FactTypes.nearest(property, properties.keySet()));
        return Optional.of(nearest.isEmpty() ? hint("rules.noProperty", typeName, property, all)
                : hint("rules.nearProperty", typeName, property, nearest, all));
    }

    private static Hint hint(String key, Object... arguments) {
        return new Hint(Texts.english(key, arguments), Texts.french(key, arguments));
    }
}
