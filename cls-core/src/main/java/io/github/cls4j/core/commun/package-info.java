/**
 * Small records shared by every part of a contract: {@link io.github.cls4j.core.commun.Periode}
 * (a span of dates, checked by {@link io.github.cls4j.core.commun.DatesInOrder}) and {@link
 * io.github.cls4j.core.commun.Personne}.
 */
package io.github.cls4j.core.commun;
