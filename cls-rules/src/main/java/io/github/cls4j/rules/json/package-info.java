/**
 * The public JSON form of a validation report ({@link io.github.cls4j.rules.json.ReportJson},
 * {@link io.github.cls4j.rules.json.ReportDocument}), the one {@code cls validate --format json}
 * writes, with its JSON Schema: paths as texts, days as ISO texts, enums by name.
 */
package io.github.cls4j.rules.json;
