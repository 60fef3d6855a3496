/**
 * Identifiers and codes of French administration as small value types: {@link
 * io.github.cls4j.core.code.Siren}, {@link io.github.cls4j.core.code.CodeCommune}, {@link
 * io.github.cls4j.core.code.CodeQpv} and {@link io.github.cls4j.core.code.CodeRegion}.
 *
 * <p>A malformed code is still constructible: {@link io.github.cls4j.core.code.Code#isWellFormed()}
 * says whether it follows its format, and the {@link io.github.cls4j.core.code.WellFormed}
 * constraint reports it through Bean Validation. Nothing here throws on bad input.
 */
package io.github.cls4j.core.code;
