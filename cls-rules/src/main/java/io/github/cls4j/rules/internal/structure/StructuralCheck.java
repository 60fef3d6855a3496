package io.github.cls4j.rules.internal.structure;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Bean Validation constraints of the model before the rules. Each violation becomes a
 * raw finding whose id is {@code CLS-STRUCT-} followed by the constraint's name, e.g.
 * {@code CLS-STRUCT-NOT-BLANK} for {@code @NotBlank}, at the path of the violating element.
 *
 * <p>A {@link ConstraintScreen} first answers whether the contract breaks any constraint at all;
 * Hibernate Validator starts and runs only when it may, and gives the violations. It runs with
 * {@link ParameterMessageInterpolator}, so that the library imposes no Expression Language
 * implementation on its hosts.
 */
public final class StructuralCheck {

    public static final String PREFIX = "CLS-STRUCT-";

    /**
     * One violation.
     *
     * @param ruleId its {@code CLS-STRUCT-…} id
     * @param path the element
     * @param message the Bean Validation message, in the validator's locale
     * @param messageKey the key of that message
     * @param element the element of the contract that holds the value, for an explanation
     * @param value the value that breaks the constraint, for an explanation
     */
    public record Violation(String ruleId, ElementPath path, String message, String messageKey, Object element, Object value) {
    }

    private final ConstraintScreen screen = new ConstraintScreen();
    /**
     * Hibernate Validator, one per language, started at its first use: a contract that passes the
     * screen never needs it, and its start costs about 0.3 s in a fresh JVM.
     */
    private volatile Map<String, Validator> byLanguage;

    /** Starts Hibernate Validator now rather than for the first contract that breaks a constraint. */
    public void prepare() {
        validators();
    }

    /** Whether Hibernate Validator has started. */
    boolean started() {
        return byLanguage != null;
    }

    private Map<String, Validator> validators() {
        Map<String, Validator> started = byLanguage;
        if (started == null) {
            synchronized (this) {
                started = byLanguage;
                if (started == null) {
                    ValidatorFactory factory = Validation.byDefaultProvider().configure()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory();
                    MessageInterpolator base = factory.getMessageInterpolator();
                    started = Map.of(
                            "fr", validator(factory, base, Locale.FRENCH),
                            "en", validator(factory, base, Locale.ENGLISH));
                    byLanguage = started;
                }
            }
        }
        return started;
    }

    private static Validator validator(ValidatorFactory factory, MessageInterpolator base, Locale locale) {
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(inLocale).getValidator();
    }

    public List<Violation> check(ContratLocalSante contrat, Locale locale) {
        if (screen.passes(contrat)) {
            // Most contracts break no constraint: the screen spares them Hibernate Validator's walk.
            return List.of();
        }
        Map<String, Validator> validators = validators();
        Validator validator = validators.getOrDefault(locale.getLanguage(), validators.get("fr"));
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<ContratLocalSante> v : validator.validate(contrat)) {
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            violations.add(new Violation(ruleId(constraint), path(v.getPropertyPath()), v.getMessage(),
                    stripBraces(v.getMessageTemplate()), v.getLeafBean(), v.getInvalidValue()));
        }
        return violations;
    }

    /** {@code NotBlank} gives {@code CLS-STRUCT-NOT-BLANK}. */
    public static String ruleId(String constraintName) {
        return PREFIX + constraintName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toUpperCase(Locale.ROOT);
    }

    /**
     * The Bean Validation path in the notation of {@link ElementPath}: an element of a list is
     * its index ({@code axes[1]}), never a {@code <list element>} node.
     */
    public static ElementPath path(Path propertyPath) {
        ElementPath path = ElementPath.root();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path = path.index(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path = path.property(name);
            }
        }
        return path;
    }

    private static String stripBraces(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
