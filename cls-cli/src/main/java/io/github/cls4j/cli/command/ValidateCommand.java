package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.InputRead;
import io.github.cls4j.cli.option.ProfileOption;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.cli.report.ReportWriter;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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
final class ValidateCommand extends ContractsCommand {

    @ParentCommand
    private ClsCommand cls;

    @Mixin
    private ProfileOption profileOption;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ",
            description = "La date du contrôle : ce qui est dû à cette date (évaluations, échéances) est jugé. Sans elle, rien ne l'est.")
    private LocalDate asOf;

    @Option(names = "--explain",
            description = "Explique chaque constat : ce que sa règle a lu du contrat, les paramètres et données de référence employés, le jour où le droit a été jugé.")
    private boolean explain;

    @Override
    public Integer call() {
        Labels labels = labels();
        Optional<ContractValidator> loaded = prologue().filter(v -> profileOption.knownTo(v, labels, err()));
        if (loaded.isEmpty()) {
            return ExitCode.INPUT.code();
        }
        ValidationContext context = new ValidationContext(asOf, labels.locale(), profileOption.profile(), explain);
        // Each contract is read, validated and reported in turn, then let go: a night's batch holds
        // one at a time (the HTML report keeps them for its summary at the top).
        Verdicts verdicts = new Verdicts();
        boolean written = write((out, colour) -> {
            ReportWriter.Sink report = reportOptions.format().writer(colour, explain).start(labels, out);
            for (Supplier<InputRead> input : inputs.inputs()) {
                InputRead read = input.get();
                Outcome outcome = read instanceof InputRead.Contract contract ? validate(loaded.get(), context, contract)
                        : unusable((InputRead.Unusable) read);
                if (outcome instanceof Outcome.Unusable unusable) {
                    err().println(unusable.error());
                }
                verdicts.add(outcome);
                report.add(outcome);
            }
            report.end();
        });
        return written ? verdicts.exitCode().code() : ExitCode.INPUT.code();
    }

    /** What the exit code needs of the outcomes: whether one was unusable, whether all were valid. */
    private static final class Verdicts {

        private boolean unusable;
        private boolean invalid;

        void add(Outcome outcome) {
            if (outcome instanceof Outcome.Validated validated) {
                invalid |= !validated.report().isValid();
            } else {
                unusable = true;
            }
        }

        ExitCode exitCode() {
            return unusable ? ExitCode.INPUT : invalid ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }

    private Outcome validate(ContractValidator validator, ValidationContext context, InputRead.Contract contract) {
        try {
            // On a thread of its own: a rule that never yields costs that thread, and the contract
            // still gets its report once the time limit has passed.
            return new Outcome.Validated(contract.name(), contract.contrat(),
                    validator.validateAll(List.of(contract.contrat()), context, validationThreads()).get(0));
        } catch (RuntimeException e) {
            // A rule that throws gives an incomplete report, not an exception: what comes here is a
            // failure of cls4j itself. That contract has no report; the others still get theirs.
            if (cls.debug()) {
                e.printStackTrace(err());
            }
            return new Outcome.Unusable(contract.name(), labels().get("validate.failed", contract.name(), e), List.of());
        }
    }
}
