/**
 * The options the commands share, as picocli mixins: which contracts to read ({@link
 * io.github.cls4j.cli.option.ContractInputs}), which rules and reference data to load ({@link
 * io.github.cls4j.cli.option.RuleOptions}), which profile ({@link
 * io.github.cls4j.cli.option.ProfileOption}), and how to write the report ({@link
 * io.github.cls4j.cli.option.ReportOptions}, {@link io.github.cls4j.cli.option.ReportFormat}).
 *
 * <p>Reading gives values, not exceptions: each input is an {@link
 * io.github.cls4j.cli.option.InputRead}, a contract or an input that cannot be used with its reason
 * as a type, worded once in the run's language. An option that cannot be used says why on the error
 * stream, in the words of {@code output}'s labels, and the command ends with an input error; the
 * mixins throw nothing at the commands.
 */
package io.github.cls4j.cli.option;
