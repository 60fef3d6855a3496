package io.github.cls4j.rules.internal.rule;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.RattacheAuPrs;
import io.github.cls4j.rules.facts.CommuneDuTerritoire;
import io.github.cls4j.rules.facts.DateDuControle;
import io.github.cls4j.rules.facts.EditionGeographique;
import io.github.cls4j.rules.facts.EpciDuTerritoire;
import io.github.cls4j.rules.facts.Findings;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.Parametre;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The types a rule can name: every type of the model reachable from {@link ContratLocalSante}
 * (records, enums, codes) and the facts cls-rules adds, with their properties. They give the
 * nearest names to a misspelt type or property, and the reference page of what a rule sees.
 */
public final class FactTypes {

    /**
     * The facts cls-rules inserts beside the contract's elements, the global rules report through,
     * and the model's interface of what cites the PRS, which no record component names.
     */
    private static final List<Class<?>> ADDED = List.of(RattacheAuPrs.class, DateDuControle.class, Parametre.class, ProjetRegionalSante.class,
            ObjectifPrs.class, EditionGeographique.class, CommuneDuTerritoire.class, EpciDuTerritoire.class, Findings.class);
    private static final String MODEL = "io.github.cls4j.";
    private static final Map<String, Class<?>> BY_NAME = walk();

    private FactTypes() {
    }

    /** Every type, by simple name, in the order met from the contract down, then the added facts. */
    public static Map<String, Class<?>> all() {
        return BY_NAME;
    }

    /** The type of simple name {@code name}, if a rule can name it. */
    public static Optional<Class<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The properties a condition can read on {@code type}: its record components, then its public
     * methods without parameters ({@code estConclu()}), each with its type as Java writes it.
     */
    public static Map<String, String> properties(Class<?> type) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), typeName(c.getGenericType()));
            }
        }
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && ofTheModel(m) && !properties.containsKey(m.getName())
                    && !List.of("hashCode", "toString", "toBuilder", "getDeclaringClass", "describeConstable").contains(m.getName())) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        methods.forEach(m -> properties.put(m.getName() + "()", typeName(m.getGenericReturnType())));
        return properties;
    }

    /**
     * The questions a condition can ask of {@code type} with arguments
     * ({@code communesHorsDe(Territoire)}): its public methods that take parameters, by name, with
     * their parameter types and what they answer, as Java writes them. A method that answers
     * nothing is an action of a consequence, not a question.
     */
    public static Map<String, String> questions(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getMethods()) {
            // Not an action (void), nor what every record or comparable answers, nor the compiler's bridges.
            if (m.getParameterCount() > 0 && ofTheModel(m) && m.getReturnType() != void.class && !m.isBridge()
                    && !List.of("equals", "compareTo").contains(m.getName())) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        Map<String, String> questions = new LinkedHashMap<>();
        for (Method m : methods) {
            String parameters = Arrays.stream(m.getGenericParameterTypes()).map(FactTypes::typeName).collect(Collectors.joining(", "));
            questions.put(m.getName() + "(" + parameters + ")", typeName(m.getGenericReturnType()));
        }
        return questions;
    }

    // A method of the type or its interfaces, asked of an instance: not Object's nor Enum's.
    private static boolean ofTheModel(Method m) {
        return !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                && !m.getDeclaringClass().isAssignableFrom(Enum.class);
    }

    /**
     * The names among {@code candidates} nearest to {@code name} (case aside): at most three, within
     * a third of its length in edits (two at least), nearest first.
     */
    public static List<String> nearest(String name, Iterable<String> candidates) {
        int most = Math.max(2, name.length() / 3);
        record Near(String name, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (String candidate : candidates) {
            String bare = candidate.endsWith("()") ? candidate.substring(0, candidate.length() - 2) : candidate;
            int d = distance(name.toLowerCase(Locale.ROOT), bare.toLowerCase(Locale.ROOT));
            if (d <= most) {
                near.add(new Near(candidate, d));
            }
        }
        return near.stream().sorted(Comparator.comparingInt(Near::distance)).limit(3).map(Near::name).toList();
    }

    /** The Levenshtein distance between two names: each character inserted, removed or changed counts one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, Class<?>> walk() {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(ContratLocalSante.class);
        todo.addAll(ADDED);
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type) || !type.getName().startsWith(MODEL)) {
                continue;
            }
            found.putIfAbsent(type.getSimpleName(), type);
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    classesIn(c.getGenericType(), todo);
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static void classesIn(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                classesIn(argument, todo);
            }
        }
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            StringBuilder name = new StringBuilder(raw.getSimpleName()).append('<');
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                name.append(i > 0 ? ", " : "").append(typeName(arguments[i]));
            }
            return name.append('>').toString();
        }
        return type.getTypeName();
    }
}
