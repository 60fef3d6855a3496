package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.ContractInputs;
import io.github.cls4j.cli.option.ProfileOption;
import io.github.cls4j.cli.option.ReportOptions;
import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cls validate}: validates contracts and writes their reports. Every input is tried: one
 * that cannot be used is reported on the error stream (and in a JSON or HTML report) and the
 * others are still validated.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vérifie des contrats et en donne le rapport.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:aucune erreur", "1:au moins un constat de gravité ERROR",
            "2:une entrée inutilisable (fichier illisible, JSON invalide, règles qui ne compilent pas, option invalide)",
            "3:une défaillance de cls lui-même, à signaler avec l'entrée qui l'a causée"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ClsCommand cls;

    @Mixin
    private ContractInputs inputs;

    @Mixin
    private RuleOptions ruleOptions;

    @Mixin
    private ProfileOption profileOption;

    @Mixin
    private ReportOptions reportOptions;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ",
            description = "La date du contrôle : ce qui est dû à cette date (évaluations, échéances) est jugé. Sans elle, rien ne l'est.")
    private LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!inputs.given(err)) {
            return ExitCode.INPUT.code();
        }
        Optional<ContractValidator> loaded = ruleOptions.load(err).filter(v -> profileOption.knownTo(v, err));
        if (loaded.isEmpty()) {
            return ExitCode.INPUT.code();
        }
        ContractValidator validator = loaded.get();
        ValidationContext context = new ValidationContext(asOf, reportOptions.labels().locale(), profileOption.profile());
        List<Outcome> outcomes = new ArrayList<>();
        for (ContractInputs.Input input : inputs.inputs()) {
            Outcome outcome = validate(validator, context, input, cls.debug(), err);
            if (!outcome.isUsable()) {
                err.println(outcome.error());
            }
            outcomes.add(outcome);
        }
        if (!write(outcomes, err)) {
            return ExitCode.INPUT.code();
        }
        return exitCode(outcomes).code();
    }

    private static Outcome validate(ContractValidator validator, ValidationContext context, ContractInputs.Input input,
            boolean debug, PrintWriter err) {
        ContractInputs.Read read = input.tryRead(context.locale());
        if (read.failure() != null) {
            return read.failure();
        }
        ContratLocalSante contrat = read.contrat();
        try {
            ValidationReport report = validator.validate(contrat, context);
            return Outcome.validated(input.name(), contrat, report);
        } catch (RuntimeException e) {
            // A rule that throws gives an incomplete report, not an exception: what comes here is a
            // failure of cls4j itself. That contract has no report; the others still get theirs.
            if (debug) {
                e.printStackTrace(err);
            }
            return Outcome.unusable(input.name(), input.name() + ": la validation a échoué : " + e);
        }
    }

    /** Writes the report where asked; says whether it could, and why not on {@code err}. */
    private boolean write(List<Outcome> outcomes, PrintWriter err) {
        Labels labels = reportOptions.labels();
        return reportOptions.write(spec.commandLine(), (out, colour) -> reportOptions.format().writer(colour).write(outcomes, labels, out), err);
    }

    private static ExitCode exitCode(List<Outcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> !o.isUsable())) {
            return ExitCode.INPUT;
        }
        return outcomes.stream().allMatch(o -> o.report().isValid()) ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
