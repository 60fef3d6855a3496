package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.code.Code;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Explanation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The values an explanation shows: a property chain read on a fact as a rule's condition reads it,
 * and a value written as a reader needs it. Reads only the model's own types, through their
 * record components and public methods without parameters, which the rule's conditions call too.
 */
final class ValueText {

    /** The longest text a value is shown with. */
    static final int MOST_CHARACTERS = 120;
    private static final String MODEL = "io.github.cls4j.";
    /** How deep a value inside a value is written before it is cut to {@code …}. */
    private static final int MOST_DEPTH = 3;
    /** A value that could not be read. */
    private static final Object UNKNOWN = new Object();

    /**
     * A chain read on a fact.
     *
     * @param name the part of the chain followed: it stops at a value a reader reads as it is (a
     *     code, a list, a text), or that is not of the model
     * @param value what it gave
     */
    record Read(String name, Object value) {
    }

    private final Map<Object, ElementPath> paths;

    /** Writes the elements at {@code paths} by their path. */
    ValueText(Map<Object, ElementPath> paths) {
        this.paths = paths;
    }

    /** Reads {@code chain} ({@code participation.usagers}, {@code estConclu()}) on {@code fact}. */
    Read read(Object fact, String chain) {
        Object value = fact;
        StringBuilder followed = new StringBuilder();
        for (String segment : chain.split("\\.")) {
            if (followed.length() > 0 && !followable(value)) {
                break;
            }
            Optional<Method> accessor = accessor(value.getClass(), segment);
            if (accessor.isEmpty()) {
                break;
            }
            try {
                value = unwrapped(accessor.get().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
                // A method the rule called did not throw then: the value is shown unknown, never an exception.
                return new Read(followed.length() == 0 ? segment : followed + "." + segment, UNKNOWN);
            }
            followed.append(followed.length() == 0 ? "" : ".").append(segment);
        }
        return new Read(followed.length() == 0 ? chain : followed.toString(), followed.length() == 0 ? UNKNOWN : value);
    }

    /** Whether a chain goes on from {@code value}: an entity of the model, not a code, a text or a list. */
    private static boolean followable(Object value) {
        return value != null && value.getClass().getName().startsWith(MODEL) && !(value instanceof Code) && !(value instanceof Enum<?>);
    }

    private static Optional<Method> accessor(Class<?> type, String segment) {
        boolean call = segment.endsWith("()");
        String name = call ? segment.substring(0, segment.length() - 2) : segment;
        if (!type.getName().startsWith(MODEL)) {
            return Optional.empty();
        }
        for (String candidate : call ? new String[] {name} : new String[] {name, "get" + capitalised(name), "is" + capitalised(name)}) {
            try {
                Method method = type.getMethod(candidate);
                if (method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException absent) {
                // The next spelling, as Drools tries them.
            }
        }
        return Optional.empty();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Object unwrapped(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    /** The path of an element as reports write it: {@code (contrat)} for the contract itself. */
    static String path(ElementPath path) {
        return path.isRoot() ? "(contrat)" : path.toString();
    }

    /**
     * {@code value} as a reader needs it: {@code null}; a text in quotes; a code, an enum, a number,
     * a boolean or a day as written; an element by its path; a list by its first items and how many
     * there are; a record of the model by its components; anything else by its type. At most {@value #MOST_CHARACTERS} characters.
     */
    String of(Object value) {
        String text = unbounded(unwrapped(value), 0);
        return text.length() <= MOST_CHARACTERS ? text : text.substring(0, MOST_CHARACTERS - 1) + "…";
    }

    private String unbounded(Object value, int depth) {
        if (value == null) {
            return "null";
        }
        if (value == UNKNOWN) {
            return "?";
        }
        ElementPath path = paths.get(value);
        if (path != null) {
            return path(path);
        }
        if (depth > MOST_DEPTH) {
            return "…";
        }
        if (value instanceof CharSequence chars) {
            // Cut before it is quoted: a text of a megabyte is not copied to be cut.
            return "\"" + (chars.length() > MOST_CHARACTERS ? chars.subSequence(0, MOST_CHARACTERS) + "…" : chars) + "\"";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Code || value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return items(items.iterator(), items.size(), depth);
        }
        if (value instanceof Map<?, ?> map) {
            return items(map.entrySet().iterator(), map.size(), depth);
        }
        if (value.getClass().isRecord() && value.getClass().getName().startsWith(MODEL)) {
            return record((Record) value, depth);
        }
        return value.getClass().getSimpleName();
    }

    /** A record of the model that is not an element, e.g. a {@code Periode}: its components, as its own text would give them. */
    private String record(Record value, int depth) {
        StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('[');
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length && text.length() < MOST_CHARACTERS; i++) {
            Object component;
            try {
                component = components[i].getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
                component = UNKNOWN;
            }
            text.append(i > 0 ? ", " : "").append(components[i].getName()).append('=').append(unbounded(unwrapped(component), depth + 1));
        }
        return text.append(']').toString();
    }

    private String items(Iterator<?> items, int size, int depth) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < Math.min(size, Explanation.MOST_ITEMS) && items.hasNext(); i++) {
            Object item = items.next();
            text.append(i > 0 ? ", " : "").append(item instanceof Map.Entry<?, ?> e
                    ? unbounded(e.getKey(), depth + 1) + "=" + unbounded(e.getValue(), depth + 1) : unbounded(item, depth + 1));
        }
        if (size > Explanation.MOST_ITEMS) {
            text.append(", … (").append(size).append(')');
        }
        return text.append(']').toString();
    }
}
