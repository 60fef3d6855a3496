/**
 * What a rule is, as the loader reads it from a DRL file: its key in a rule base ({@code RuleKey}),
 * its metadata ({@code RuleMetadata} reads {@code @id}, {@code @severity}, {@code @family},
 * {@code @reference}, {@code @since}, {@code @until}, {@code @enabledBy} into a {@code RuleInfo})
 * and where it is written ({@code DrlSources}, for {@code file:line} in every problem). Depends on
 * the API and on {@code text} (the words of its problems) only.
 */
package io.github.cls4j.rules.internal.rule;
