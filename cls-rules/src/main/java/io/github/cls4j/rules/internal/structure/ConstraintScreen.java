package io.github.cls4j.rules.internal.structure;

import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers quickly whether a contract satisfies every Bean Validation constraint of the model,
 * so that Hibernate Validator, whose walk costs about half a validation of a typical contract,
 * runs only on a contract that breaks one and then gives the violations, their paths and
 * messages as before.
 *
 * <p>The screen reads the constraints from the annotations of the model's records, as Hibernate
 * Validator does (those of each component's field, and of the list's element type), so it follows
 * the model: a new annotation needs no change here. Reading them itself, rather than from
 * Hibernate Validator's metadata, spares a contract that passes Hibernate Validator's start
 * (about 0.3 s and 600 classes in a fresh JVM). It evaluates the constraints
 * {@link ScreenedConstraint} knows; a type that is not a record and holds constraints, or that holds
 * any other constraint or Bean Validation annotation, a validation group, a composed constraint, a
 * constraint inherited from an interface or a container other than a list is not screened, and a
 * contract reaching it always goes to Hibernate Validator. The screen may thus send a valid
 * contract to Hibernate Validator, never pass an invalid one: {@code ConstraintScreenTest}
 * compares it with Hibernate Validator on every property of the samples made invalid in turn.
 */
final class ConstraintScreen {

    /** The packages of Bean Validation's annotations: one the screen does not know makes its type unscreened. */
    private static final List<String> VALIDATION_PACKAGES = List.of("jakarta.validation", "org.hibernate.validator");

    /**
     * The constraints of one property of a record.
     *
     * @param reader reads the record component's value
     * @param checks the constraints on the value
     * @param cascaded whether the value (or each element of a list value) is validated in turn
     * @param elementChecks the constraints on each element of a list value
     * @param elementsCascaded whether each element is validated in turn
     * @param cascadedType the type validated in turn, the list's element type for a list; {@code null} if none
     * @param cascadedRecord the value's declared type when it is cascaded and a record, which no container can be; else {@code null}
     */
    private record PropertyPlan(Function<Object, Object> reader, ScreenedConstraint[] checks, boolean cascaded,
            ScreenedConstraint[] elementChecks, boolean elementsCascaded, Class<?> cascadedType, Class<?> cascadedRecord) {

        /** Whether the property has anything to check: a component without constraints is left out of its type's plan. */
        boolean checksAnything() {
            return checks.length > 0 || cascaded || elementChecks.length > 0 || elementsCascaded;
        }
    }

    /**
     * What the screen checks of one type: the properties that have something to check, in arrays
     * rather than lists because the screen's loops run for every element of every contract.
     *
     * @param screened whether the screen can evaluate the type; if not, a contract reaching it goes to Hibernate Validator
     * @param properties the properties to check, none when not screened
     */
    private record TypePlan(boolean screened, PropertyPlan[] properties) {

        static final TypePlan UNSCREENED = new TypePlan(false, new PropertyPlan[0]);
    }

    /** What one annotated type declares: its constraints and whether it is cascaded; empty when not screened. */
    private record Declared(ScreenedConstraint[] checks, boolean cascaded) {
    }

    /** Each type's plan, asked for every element of every contract; computed once per type. */
    private final ClassValue<TypePlan> plans = new ClassValue<>() {
        @Override
        protected TypePlan computeValue(Class<?> type) {
            return plan(type);
        }
    };

    /**
     * Whether {@code bean} and everything it cascades to satisfy their constraints.
     *
     * @return {@code false} when a constraint fails or when something reached is not screened
     */
    boolean passes(Object bean) {
        TypePlan plan = plans.get(bean.getClass());
        if (!plan.screened()) {
            return false;
        }
        // Arrays and indexed loops: this runs for every element of every contract, and iterators
        // were half of what a validation allocated.
        for (PropertyPlan property : plan.properties()) {
            Object value = property.reader().apply(bean);
            if (!allAccept(property.checks(), value) || property.cascaded() && !cascadePasses(property, value)) {
                return false;
            }
            // The plan first: asking a value whether it is a list, an interface, costs a search of its supertypes.
            if ((property.elementChecks().length > 0 || property.elementsCascaded()) && value instanceof List<?> elements) {
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
            TypePlan plan = plans.get(type);
            if (!plan.screened()) {
                unscreened.add(type);
                continue;
            }
            Arrays.stream(plan.properties()).map(PropertyPlan::cascadedType).filter(t -> t != null).forEach(toVisit::push);
        }
        return unscreened;
    }

    private boolean cascadePasses(PropertyPlan property, Object value) {
        if (value == null) {
            return true;
        }
        if (value.getClass() == property.cascadedRecord()) {
            // A record of the declared type (a record is final): neither a container nor anything to unwrap.
            return passes(value);
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

    private static boolean allAccept(ScreenedConstraint[] checks, Object value) {
        for (ScreenedConstraint check : checks) {
            if (!check.accepts(value)) {
                return false;
            }
        }
        return true;
    }

    private static TypePlan plan(Class<?> type) {
        if (declaresValidation(type) || inheritsValidation(type)) {
            return TypePlan.UNSCREENED;
        }
        if (!type.isRecord()) {
            // Hibernate Validator would read its fields and getters: screened only when it has none to read.
            return holdsValidation(type) ? TypePlan.UNSCREENED : new TypePlan(true, new PropertyPlan[0]);
        }
        for (Method method : type.getDeclaredMethods()) {
            // A getter's constraints are Hibernate Validator's too; an accessor's are not (it is no getter).
            if (isGetter(method) && declaresValidation(method)) {
                return TypePlan.UNSCREENED;
            }
        }
        List<PropertyPlan> properties = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Optional<PropertyPlan> plan = propertyPlan(type, component);
            if (plan.isEmpty()) {
                return TypePlan.UNSCREENED;
            }
            if (plan.get().checksAnything()) {
                properties.add(plan.get());
            }
        }
        return new TypePlan(true, properties.toArray(PropertyPlan[]::new));
    }

    private static Optional<PropertyPlan> propertyPlan(Class<?> type, RecordComponent component) {
        Field field;
        try {
            field = type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
        // A constraint on the component is on its field, and on the field's type when it may annotate a type use.
        Optional<Declared> own = declared(field.getAnnotations(), field.getAnnotatedType().getAnnotations());
        Optional<Declared> element = Optional.of(new Declared(new ScreenedConstraint[0], false));
        Class<?> cascadedType = field.getType();
        AnnotatedType annotated = field.getAnnotatedType();
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            boolean list = List.class.equals(field.getType()) && arguments.length == 1;
            if (list && !annotatedWithin(arguments[0])) {
                element = declared(arguments[0].getAnnotations());
                cascadedType = rawType(arguments[0]);
            } else if (annotatedWithin(parameterized)) {
                return Optional.empty();
            }
        } else if (annotated instanceof AnnotatedArrayType && annotatedWithin(annotated)) {
            return Optional.empty();
        }
        if (own.isEmpty() || element.isEmpty()) {
            return Optional.empty();
        }
        boolean cascaded = own.get().cascaded() || element.get().cascaded();
        Optional<Function<Object, Object>> reader = reader(component.getAccessor());
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        boolean record = own.get().cascaded() && field.getType().isRecord();
        return Optional.of(new PropertyPlan(reader.get(), own.get().checks(), own.get().cascaded(),
                element.get().checks(), element.get().cascaded(), cascaded ? cascadedType : null, record ? field.getType() : null));
    }

    /** The constraints of {@code groups} of annotations (each constraint once), or empty if one is not screened. */
    private static Optional<Declared> declared(Annotation[]... groups) {
        List<ScreenedConstraint> checks = new ArrayList<>();
        Set<Annotation> seen = new HashSet<>();
        boolean cascaded = false;
        for (Annotation[] annotations : groups) {
            for (Annotation annotation : annotations) {
                if (!seen.add(annotation)) {
                    continue;
                }
                if (annotation instanceof Valid) {
                    cascaded = true;
                } else if (ScreenedConstraint.isConstraint(annotation)) {
                    Optional<ScreenedConstraint> check = ScreenedConstraint.ofConstraint(annotation);
                    if (check.isEmpty()) {
                        return Optional.empty();
                    }
                    checks.add(check.get());
                } else if (ofValidation(annotation)) {
                    // A list of constraints, a group conversion…: left to Hibernate Validator.
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Declared(checks.toArray(ScreenedConstraint[]::new), cascaded));
    }

    /** Whether a type argument or an element type within {@code type} is annotated at all. */
    private static boolean annotatedWithin(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                if (argument.getAnnotations().length > 0 || annotatedWithin(argument)) {
                    return true;
                }
            }
        }
        if (type instanceof AnnotatedArrayType array) {
            return array.getAnnotatedGenericComponentType().getAnnotations().length > 0
                    || annotatedWithin(array.getAnnotatedGenericComponentType());
        }
        return false;
    }

    private static Class<?> rawType(AnnotatedType type) {
        if (type.getType() instanceof Class<?> plain) {
            return plain;
        }
        return type.getType() instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : Object.class;
    }

    /** Whether {@code type}, its fields or its methods, or those of its superclasses, carry a Bean Validation annotation. */
    private static boolean holdsValidation(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && (declaresValidation(field) || field.getAnnotatedType().getAnnotations().length > 0 || annotatedWithin(field.getAnnotatedType()))) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (declaresValidation(method)) {
                    return true;
                }
            }
            if (c != type && declaresValidation(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an interface {@code type} implements, directly or not, carries a Bean Validation annotation. */
    private static boolean inheritsValidation(Class<?> type) {
        Deque<Class<?>> interfaces = new ArrayDeque<>(List.of(type.getInterfaces()));
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(List.of(c.getInterfaces()));
        }
        while (!interfaces.isEmpty()) {
            Class<?> next = interfaces.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (declaresValidation(next) || List.of(next.getDeclaredMethods()).stream().anyMatch(ConstraintScreen::declaresValidation)) {
                return true;
            }
            interfaces.addAll(List.of(next.getInterfaces()));
        }
        return false;
    }

    private static boolean declaresValidation(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (ofValidation(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code annotation} is a constraint or another annotation of Bean Validation. */
    private static boolean ofValidation(Annotation annotation) {
        String name = annotation.annotationType().getName();
        return ScreenedConstraint.isConstraint(annotation) || VALIDATION_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."));
    }

    /** Whether Hibernate Validator takes {@code method} for a getter: {@code getX()} or {@code isX()}, returning a value. */
    private static boolean isGetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && method.getReturnType() != void.class
                && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
    }

    /**
     * A reader of the component whose accessor is {@code accessor}: its method handle, typed to
     * take and give an object, called through one function for every accessor; empty when this
     * module may not link to the accessor (a record not public, or in a package not exported to
     * it), whose type is then not screened.
     *
     * <p>Not a function of the lambda factory per accessor: each would be a class spun at the first
     * screen of its type (about 150 for the model), and spinning them, with the compiling of the
     * class writer it makes hot, cost a fresh JVM more than the screen gained (docs/performance.md).
     */
    private static Optional<Function<Object, Object>> reader(Method accessor) {
        MethodHandle handle;
        try {
            handle = MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException notLinked) {
            return Optional.empty();
        }
        return Optional.of(bean -> read(handle, bean));
    }

    private static Object read(MethodHandle handle, Object bean) {
        try {
            return (Object) handle.invokeExact(bean);
        } catch (RuntimeException | Error thrown) {
            throw thrown;
        } catch (Throwable impossible) {
            // A record's accessor declares no checked exception.
            throw new IllegalStateException(impossible);
        }
    }
}
