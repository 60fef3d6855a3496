/**
 * The JSON format of a contract. {@link io.github.cls4j.core.json.ContractJson} reads and writes
 * it; a file that cannot be used raises a {@link io.github.cls4j.core.json.ContractFormatException}
 * listing each {@link io.github.cls4j.core.json.JsonProblem} with its line, column, JSON path and
 * what was expected.
 *
 * <p>The format is the model's records with the same property names, ISO dates ({@code
 * YYYY-MM-DD}) and a top-level {@code schemaVersion}; its JSON Schema (2020-12) ships as {@link
 * io.github.cls4j.core.json.ContractJson#SCHEMA_RESOURCE}. Reading is strict: an unknown
 * property, a duplicated property, a value of the wrong type, a malformed date or a {@code null}
 * inside a list is an error, never silently dropped.
 *
 * <p>Reading stops at the {@link io.github.cls4j.core.json.ReadLimits} (size, nesting, text and
 * number length, token count); {@link io.github.cls4j.core.json.ContractJson#reader} gives a
 * {@link io.github.cls4j.core.json.ContractReader} with other limits. Each problem's texts are
 * {@link io.github.cls4j.core.json.LocalizedText}s, in French and English.
 */
package io.github.cls4j.core.json;
