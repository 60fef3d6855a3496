/**
 * The commands of {@code cls} (picocli): {@link io.github.cls4j.cli.command.ClsCommand}, the entry
 * point of {@code cls.jar}, and one class per command ({@code validate}, {@code portfolio}, {@code
 * show}, {@code rules}, {@code check-rules}). A command only strings the other packages together:
 * it takes its inputs and rules from the mixins of {@code option}, validates or measures through
 * the API of cls-rules, hands the result to a writer of {@code report} or {@code portfolio}, and
 * ends with an {@link io.github.cls4j.cli.command.ExitCode}. {@code validate} and {@code portfolio}
 * share their options, their prologue and the writing of their report in {@code ContractsCommand}.
 * Here too is what concerns picocli alone: the version, and mistakes on the command line told in
 * the user's language.
 *
 * <p>Nothing below this package knows the commands, so a writer or an option can be tested without
 * running one.
 */
package io.github.cls4j.cli.command;
