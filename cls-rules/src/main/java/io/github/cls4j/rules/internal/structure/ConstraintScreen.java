package io.github.cls4j.rules.internal.structure;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers quickly whether a contract satisfies every Bean Validation constraint of the model,
 * so that Hibernate Validator, whose walk costs about half a validation of a typical contract,
 * runs only on a contract that breaks one and then gives the violations, their paths and
 * messages as before.
 *
 * <p>The screen reads the constraints from Hibernate Validator's metadata (the Jakarta
 * Validation {@link BeanDescriptor}s), so it follows the annotations of the model: a new
 * annotation needs no change here. It evaluates the constraints {@link ScreenedConstraint} knows;
 * a type holding any other constraint, a validation group, a composed constraint or a container
 * other than a list is not screened, and a contract reaching it always goes to Hibernate
 * Validator. The screen may thus send a valid contract to Hibernate Validator, never pass an
 * invalid one: {@code ConstraintScreenTest} compares it with Hibernate Validator on every
 * property of the samples made invalid in turn.
 */
final class ConstraintScreen {

    /**
     * The constraints of one property of a record.
     *
     * @param accessor the record component's accessor
     * @param checks the constraints on the value
     * @param cascaded whether the value (or each element of a list value) is validated in turn
     * @param elementChecks the constraints on each element of a list value
     * @param elementsCascaded whether each element is validated in turn
     */
    private record PropertyPlan(Method accessor, List<ScreenedConstraint> checks, boolean cascaded,
            List<ScreenedConstraint> elementChecks, boolean elementsCascaded) {
    }

    private final Validator validator;
    /** Each type's properties to check; empty for a type that cannot be screened. */
    private final Map<Class<?>, Optional<List<PropertyPlan>>> plans = new ConcurrentHashMap<>();

    ConstraintScreen(Validator validator) {
        this.validator = validator;
    }

    /**
     * Whether {@code bean} and everything it cascades to satisfy their constraints.
     *
     * @return {@code false} when a constraint fails or when something reached is not screened
     */
    boolean passes(Object bean) {
        Optional<List<PropertyPlan>> plan = plans.computeIfAbsent(bean.getClass(), this::plan);
        if (plan.isEmpty()) {
            return false;
        }
        // Indexed loops: this runs for every element of every contract, and iterators were half of
        // what a validation allocated.
        List<PropertyPlan> properties = plan.get();
        for (int p = 0; p < properties.size(); p++) {
            PropertyPlan property = properties.get(p);
            Object value = read(property.accessor(), bean);
            if (!allAccept(property.checks(), value) || property.cascaded() && !cascadePasses(value)) {
                return false;
            }
            if (value instanceof List<?> elements && (!property.elementChecks().isEmpty() || property.elementsCascaded())) {
                for (int e = 0; e < elements.size(); e++) {
                    Object element = elements.get(e);
                    if (!allAccept(property.elementChecks(), element)
                            || property.elementsCascaded() && element != null && !passes(element)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The types reachable from {@code root} through cascaded properties that the screen cannot
     * evaluate; empty when every contract is screened.
     */
    Set<Class<?>> unscreened(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        Set<Class<?>> unscreened = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (plans.computeIfAbsent(type, this::plan).isEmpty()) {
                unscreened.add(type);
                continue;
            }
            for (PropertyDescriptor property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
                if (property.isCascaded()) {
                    toVisit.push(property.getElementClass());
                }
                property.getConstrainedContainerElementTypes().stream()
                        .filter(ContainerElementTypeDescriptor::isCascaded)
                        .forEach(element -> toVisit.push(element.getElementClass()));
            }
        }
        return unscreened;
    }

    private boolean cascadePasses(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Iterable<?> elements) {
            for (Object element : elements) {
                if (element != null && !passes(element)) {
                    return false;
                }
            }
            return true;
        }
        // Hibernate Validator would unwrap a map or an optional: leave those to it.
        return !(value instanceof Map<?, ?> || value instanceof Optional<?>) && passes(value);
    }

    private static boolean allAccept(List<ScreenedConstraint> checks, Object value) {
        for (int c = 0; c < checks.size(); c++) {
            if (!checks.get(c).accepts(value)) {
                return false;
            }
        }
        return true;
    }

    private Optional<List<PropertyPlan>> plan(Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty() || !bean.getConstrainedProperties().isEmpty() && !type.isRecord()) {
            return Optional.empty();
        }
        List<PropertyPlan> properties = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Optional<PropertyPlan> plan = propertyPlan(type, property);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            properties.add(plan.get());
        }
        return Optional.of(List.copyOf(properties));
    }

    private static Optional<PropertyPlan> propertyPlan(Class<?> type, PropertyDescriptor property) {
        Optional<Method> accessor = accessor(type, property.getPropertyName());
        Optional<List<ScreenedConstraint>> checks = ScreenedConstraint.allOf(property.getConstraintDescriptors());
        List<ScreenedConstraint> elementChecks = new ArrayList<>();
        boolean elementsCascaded = false;
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
            Optional<List<ScreenedConstraint>> own = ScreenedConstraint.allOf(element.getConstraintDescriptors());
            if (!List.class.equals(element.getContainerClass()) || !element.getConstrainedContainerElementTypes().isEmpty()
                    || own.isEmpty()) {
                return Optional.empty();
            }
            elementChecks.addAll(own.get());
            elementsCascaded |= element.isCascaded();
        }
        if (accessor.isEmpty() || checks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PropertyPlan(accessor.get(), checks.get(), property.isCascaded(),
                List.copyOf(elementChecks), elementsCascaded));
    }

    private static Optional<Method> accessor(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    private static Object read(Method accessor, Object bean) {
        try {
            return accessor.invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of the contract", e);
        }
    }
}
