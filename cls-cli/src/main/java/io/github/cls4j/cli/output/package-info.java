/**
 * What every report and message is written with, whatever its command: the words in French or
 * English ({@link io.github.cls4j.cli.output.Labels}, {@link io.github.cls4j.cli.output.Language}),
 * where a report goes ({@link io.github.cls4j.cli.output.ReportOutput}), and the forms it takes
 * (the HTML page of {@link io.github.cls4j.cli.output.Html}, the aligned columns of {@link
 * io.github.cls4j.cli.output.TextTable}, the JSON of {@link io.github.cls4j.cli.output.JsonOutput}).
 *
 * <p>At the bottom of the command line: it knows no command, option or report.
 */
package io.github.cls4j.cli.output;
