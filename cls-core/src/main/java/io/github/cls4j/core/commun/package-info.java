/**
 * Small records shared by every part of a contract: {@link io.github.cls4j.core.commun.Periode}
 * (a span of dates, whose order the rules of {@code cls-rules} check) and {@link
 * io.github.cls4j.core.commun.Personne}; and {@link io.github.cls4j.core.commun.LooksThrough}, which
 * names the lists a question of the model looks through, so that a finding is explained with them.
 */
package io.github.cls4j.core.commun;
