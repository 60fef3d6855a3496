/**
 * The territory a contract covers: {@link io.github.cls4j.core.territoire.Territoire}, its
 * communes, its quartiers prioritaires ({@link io.github.cls4j.core.territoire.Qpv}) and the
 * zonings the law gives priority to.
 */
package io.github.cls4j.core.territoire;
