package io.github.cls4j.core.json;

import java.lang.reflect.Constructor;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes Jackson call the records' constructors through reflection instead of a method handle.
 *
 * <p>Why: Jackson 3 calls a constructor with properties through {@code
 * MethodHandle.invokeWithArguments}, which in a fresh JVM generates one class of the JDK's own
 * ({@code LambdaForm}) per shape of constructor: 144 of them when the command line reads one
 * contract. Generating them keeps the JDK's internal class writer busy enough that the JIT
 * compiler then spends most of its costliest compilations on it, on the cores the run needs
 * (docs/performance.md, issue 23). {@link Constructor#newInstance} makes no such form: on Java
 * 17 it calls the constructor natively, then, after some fifteen calls, through an accessor of its
 * own that the JDK writes without that class writer. What the constructor throws still reaches Jackson, which reports it with
 * its path as before.
 *
 * <p>Only Jackson's own instantiator for a constructor is replaced; any other (a factory method, a
 * delegating creator, a module's instantiator) is left as it is.
 */
final class ReflectiveCreators extends ValueInstantiators.Base {

    private ReflectiveCreators() {
    }

    /** The module to add to a mapper. */
    static SimpleModule module() {
        return new SimpleModule("cls4j-reflective-creators") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new ReflectiveCreators());
            }
        };
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
            BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
        if (defaultInstantiator.getClass() == StdValueInstantiator.class
                && defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
            return new Reflective((StdValueInstantiator) defaultInstantiator, creator.getAnnotated());
        }
        return defaultInstantiator;
    }

    /** Jackson's instantiator, but for the call of its constructor with properties. */
    private static final class Reflective extends StdValueInstantiator {

        private final Constructor<?> constructor;

        Reflective(StdValueInstantiator jacksons, Constructor<?> constructor) {
            super(jacksons);
            // Jackson has already made it accessible, as it does before making its handle.
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // As Jackson does: the InvocationTargetException is peeled, the cause reported.
                return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
            }
        }
    }
}
