package io.github.cls4j.core.commun;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Names the lists of its record that a question of the model looks through to answer, such as the
 * {@code signataires} of {@code ContratLocalSante.estSignePar(TypeOrganisation)}.
 *
 * <p>A rule that asks the question instead of walking the list with {@code from} still has its
 * finding explained with the elements looked through: {@code cls-rules} reads this annotation when
 * an explanation is first asked, and never otherwise. It says what the method reads, not how.
 */
@Documented
@Target(METHOD)
@Retention(RUNTIME)
public @interface LooksThrough {

    /** The components of the record, each a list, that the question looks through. */
    String[] value();

    /** The properties the question reads on each element of those lists, such as {@code type}. */
    String[] reads() default {};
}
