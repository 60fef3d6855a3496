package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.Language;
import picocli.CommandLine.Option;

/** {@code --lang fr|en}: the language a command speaks, French by default. Shared by the commands as a picocli mixin. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANGUE", defaultValue = "fr", description = "fr (par défaut) ou en.")
    private Language language;

    /** The words of the language asked for. */
    public Labels labels() {
        return Labels.of(language.locale());
    }
}
