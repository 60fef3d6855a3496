package io.github.cls4j.rules.properties;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A contract seen as the tree of its records and lists, read and rebuilt by reflection on the
 * record components: the model's own shape, independent of {@code ContractElements} (which the
 * tests check) and of the JSON format (which cannot hold a {@code null} item, while a host
 * building a contract in Java can).
 */
final class RecordTree {

    private RecordTree() {
    }

    /**
     * What {@code path} leads to in {@code contrat}, walking record components and list indexes.
     * It is not found when a step names no component of the record reached, an index outside the
     * list reached, or goes through a missing value; a missing value at the very end is found, as
     * {@link Lookup#MISSING}.
     */
    static Lookup lookup(ContratLocalSante contrat, ElementPath path) {
        Object value = contrat;
        List<String> tokens = path.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (value == null) {
                return Lookup.broken(path, i, "goes through a missing value");
            }
            String token = tokens.get(i);
            if (value instanceof List<?> list) {
                int index = index(token);
                if (index < 0 || index >= list.size()) {
                    return Lookup.broken(path, i, "index " + token + " is outside a list of " + list.size());
                }
                value = list.get(index);
            } else if (value instanceof Record record) {
                Optional<RecordComponent> component = component(record.getClass(), token);
                if (component.isEmpty()) {
                    return Lookup.broken(path, i, token + " is not a property of " + record.getClass().getSimpleName());
                }
                value = read(component.get(), record);
            } else {
                return Lookup.broken(path, i, "a " + value.getClass().getSimpleName() + " has no " + token);
            }
        }
        return value == null ? Lookup.MISSING : new Lookup(true, value, null);
    }

    /**
     * What a path leads to.
     *
     * @param found whether every step of the path exists
     * @param value the value found, {@code null} when missing or not found
     * @param problem why the path does not lead anywhere, when it does not
     */
    record Lookup(boolean found, Object value, String problem) {

        static final Lookup MISSING = new Lookup(true, null, null);

        static Lookup broken(ElementPath path, int step, String why) {
            return new Lookup(false, null, "step " + (step + 1) + " of '" + path + "': " + why);
        }
    }

    /** Every list of the contract, present or empty, by its path, in document order. */
    static List<ElementPath> lists(ContratLocalSante contrat) {
        List<ElementPath> lists = new ArrayList<>();
        collectLists(contrat, ElementPath.root(), lists);
        return lists;
    }

    private static void collectLists(Object value, ElementPath path, List<ElementPath> lists) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collectLists(read(component, record), path.property(component.getName()), lists);
            }
        } else if (value instanceof List<?> list) {
            lists.add(path);
            for (int i = 0; i < list.size(); i++) {
                collectLists(list.get(i), path.index(i), lists);
            }
        }
    }

    /**
     * {@code contrat} with a {@code null} inserted in a list: {@code axes[0].objectifs[1]} puts it
     * at index 1 of {@code axes[0].objectifs}, which may be its size (appended). Empty when the
     * list is not there or the index is beyond its end.
     */
    static Optional<ContratLocalSante> withNullItem(ContratLocalSante contrat, ElementPath item) {
        List<String> tokens = item.tokens();
        if (tokens.size() < 2) {
            return Optional.empty();
        }
        int index = index(tokens.get(tokens.size() - 1));
        Lookup list = lookup(contrat, ElementPath.parse(parent(item)));
        if (index < 0 || !(list.value() instanceof List<?> items) || index > items.size()) {
            return Optional.empty();
        }
        Object changed = update(contrat, tokens.subList(0, tokens.size() - 1), value -> {
            List<Object> copy = new ArrayList<>((List<?>) value);
            copy.add(index, null);
            return copy;
        });
        return Optional.of((ContratLocalSante) changed);
    }

    /** {@code axes[0].objectifs[1]} gives {@code axes[0].objectifs}. */
    private static String parent(ElementPath item) {
        String text = item.toString();
        return text.substring(0, text.lastIndexOf('['));
    }

    /** The value rebuilt with {@code change} applied at the end of {@code tokens}, which exist. */
    private static Object update(Object value, List<String> tokens, UnaryOperator<Object> change) {
        if (tokens.isEmpty()) {
            return change.apply(value);
        }
        String token = tokens.get(0);
        List<String> rest = tokens.subList(1, tokens.size());
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            int index = index(token);
            copy.set(index, update(copy.get(index), rest, change));
            return copy;
        }
        Record record = (Record) value;
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], record);
            types[i] = components[i].getType();
            if (components[i].getName().equals(token)) {
                values[i] = update(values[i], rest, change);
            }
        }
        try {
            // The canonical constructor, so that the record normalises its lists as it always does.
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild a " + record.getClass().getSimpleName(), e);
        }
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return Optional.empty();
        }
        for (RecordComponent component : components) {
            if (component.getName().equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code type} is a record with a component named {@code name}. */
    static boolean hasComponent(Class<?> type, String name) {
        return component(type, name).isPresent();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }
}
