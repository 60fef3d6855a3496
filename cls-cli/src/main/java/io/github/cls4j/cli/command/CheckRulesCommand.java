package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCompilationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls check-rules DIR}: compiles a folder of rules as {@code validate --rules DIR} would,
 * and reports each problem as {@code DIR/file.drl:line: rule "…": message}.
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compile un dossier de règles DRL et signale chaque erreur avec son fichier et sa ligne.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:les règles compilent", "2:au moins une erreur"})
final class CheckRulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "Le dossier des fichiers .drl (et de leurs messages).")
    private Path folder;

    @Override
    public Integer call() {
        try {
            // The rules of the folder: its DRL, not the model's Bean Validation constraints, which every rule set has.
            long rules = ContractValidator.builder().rules(folder).build().catalog().rules().stream()
                    .filter(r -> r.source() != null && r.source().endsWith(".drl")).count();
            // No --lang here: the words are French, the language of cls.
            spec.commandLine().getOut().println(Labels.of(Locale.FRENCH).get("checkRules.compiled", folder, rules));
            return ExitCode.OK.code();
        } catch (RuleCompilationException e) {
            PrintWriter err = spec.commandLine().getErr();
            RuleOptions.print(e, List.of(folder), err);
            return ExitCode.INPUT.code();
        }
    }
}
