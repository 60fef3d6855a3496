/**
 * What a reader sees of a rule: its title and message in French and English ({@code Messages},
 * read without {@code ResourceBundle}, whose JVM-wide cache and default-locale fallback a host
 * does not want), its source, dated ({@code References}), and the texts the library writes for a
 * rule author ({@code Texts}). Depends on {@code data} only.
 */
package io.github.cls4j.rules.internal.text;
