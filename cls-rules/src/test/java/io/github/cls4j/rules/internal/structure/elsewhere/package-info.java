/** A record out of the constraint screen's reach, for {@code ConstraintScreenTest}. */
package io.github.cls4j.rules.internal.structure.elsewhere;
