package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.ReportOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * How a command writes its report: in which format, in which language, and where. Shared by
 * {@code validate} and {@code portfolio} as a picocli mixin.
 */
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (par défaut), json ou html.")
    private ReportFormat format;

    @Mixin
    private LanguageOption language;

    @Option(names = {"-o", "--output"}, paramLabel = "FICHIER", description = "Écrit le rapport dans FICHIER (UTF-8) au lieu de la sortie standard.")
    private Path output;

    /** The format asked for. */
    public ReportFormat format() {
        return format;
    }

    /** The words of the report, in the language asked for. */
    public Labels labels() {
        return language.labels();
    }

    /** The file of {@code -o}, or {@code null} for the standard output. */
    public Path output() {
        return output;
    }

    /** Writes {@code report} where asked; says whether it could, and why not on {@code err}, in the report's language. */
    public boolean write(CommandLine command, ReportOutput.Report report, PrintWriter err) {
        return ReportOutput.write(command, output, report, labels(), err);
    }
}
