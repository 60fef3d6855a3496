package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.option.LanguageOption;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCompilationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls check-rules DIR}: compiles a folder of rules as {@code validate --rules DIR} would
 * (with {@code --additional}, as {@code validate --additional-rules DIR} would: beside the bundled
 * rules, whose ids it may not take), and reports each problem as
 * {@code DIR/file.drl:line: rule "…": message}.
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

    @Option(names = "--additional", description = "Vérifie le dossier comme --additional-rules : ajouté aux règles fournies,"
            + " un id qu'elles portent déjà est refusé.")
    private boolean additional;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        try {
            // The rules of the folder: its DRL, not the model's Bean Validation constraints, which every
            // rule set has, nor the bundled rules it is added to.
            long rules = additional
                    ? drlRules(RuleOptions.validatorOfOneRun().additionalRules(folder).build())
                            - drlRules(RuleOptions.validatorOfOneRun().build())
                    : drlRules(RuleOptions.validatorOfOneRun().rules(folder).build());
            spec.commandLine().getOut().println(labels.get("checkRules.compiled", folder, rules));
            return ExitCode.OK.code();
        } catch (RuleCompilationException e) {
            PrintWriter err = spec.commandLine().getErr();
            RuleOptions.print(e, List.of(folder), labels, err);
            return ExitCode.INPUT.code();
        }
    }

    private static long drlRules(ContractValidator validator) {
        return validator.catalog().rules().stream().filter(r -> r.source() != null && r.source().endsWith(".drl")).count();
    }
}
