/**
 * The {@code cls} command line (picocli). {@link io.github.cls4j.samples.cli.ClsCommand} is the
 * entry point of {@code cls.jar}; each sub-command is its own class.
 */
package io.github.cls4j.samples.cli;
