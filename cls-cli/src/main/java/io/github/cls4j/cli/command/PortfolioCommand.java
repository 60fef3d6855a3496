package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.InputRead;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.portfolio.PortfolioRun;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ReferenceDataException;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.portfolio.Portfolio;
import io.github.cls4j.rules.portfolio.PortfolioReports;
import io.github.cls4j.rules.portfolio.TerritorialData;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cls portfolio}: the contracts of each region measured together on a day, with
 * {@link Portfolio}. Every input is tried: one that cannot be read, or whose region is missing or
 * unknown, is reported on the error stream and in the report, and the others are still measured.
 *
 * <p>{@code --as-of} is required. The library never reads the clock, and a portfolio is nothing
 * without a day (which contracts are in force, which evaluations are due, where each indicator
 * should stand); a report dated by the clock would change overnight with nothing in the command
 * saying so, and could not be reproduced.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Mesure ensemble les contrats de chaque région à une date : la couverture (communes, habitants, QPV,"
            + " territoires prioritaires) au regard de la cible de la région, le verdict de chaque contrat, la progression"
            + " de ses indicateurs.",
            "--as-of est obligatoire : cls ne prend pas la date du jour, pour qu'un rapport dise toujours à quelle date il"
                + " est établi et qu'on puisse le refaire."},
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:aucune erreur", "1:au moins un constat de gravité ERROR",
            "2:une entrée inutilisable (fichier illisible, JSON invalide, contrat sans région reconnue, données invalides,"
                + " option invalide)",
            "3:une défaillance de cls lui-même, à signaler avec l'entrée qui l'a causée"})
final class PortfolioCommand extends ContractsCommand {

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", required = true,
            description = "La date à laquelle le portefeuille est mesuré (obligatoire).")
    private LocalDate asOf;

    @Override
    public Integer call() {
        Labels labels = labels();
        Optional<ContractValidator> validator = prologue();
        if (validator.isEmpty()) {
            return ExitCode.INPUT.code();
        }
        TerritorialData data;
        try {
            data = ruleOptions.territorialData(asOf);
        } catch (ReferenceDataException e) {
            err().println(labels.get("portfolio.badData", e.getMessage()));
            return ExitCode.INPUT.code();
        }
        List<InputRead> reads = inputs.read();
        List<ContratLocalSante> contrats = reads.stream().filter(InputRead.Contract.class::isInstance)
                .map(read -> ((InputRead.Contract) read).contrat()).toList();
        PortfolioRun run = run(reads, data, new Portfolio(validator.get(), validationThreads()).reports(contrats, data, asOf, labels.locale()));
        if (!write((out, colour) -> reportOptions.format().portfolioWriter().write(run, labels, out))) {
            return ExitCode.INPUT.code();
        }
        return exitCode(run).code();
    }

    /**
     * What was measured, with the inputs that are in no portfolio, in the order given; the error
     * stream names each as it comes.
     */
    private PortfolioRun run(List<InputRead> reads, TerritorialData data, PortfolioReports measured) {
        PrintWriter err = err();
        // The library gives back the contracts themselves: the input each came from is found by identity.
        Set<ContratLocalSante> outside = Collections.newSetFromMap(new IdentityHashMap<>());
        measured.leftOut().forEach(left -> outside.add(left.contrat()));
        List<Outcome.Unusable> unusable = new ArrayList<>();
        List<PortfolioRun.LeftOut> leftOut = new ArrayList<>();
        for (InputRead read : reads) {
            if (read instanceof InputRead.Unusable input) {
                Outcome.Unusable outcome = unusable(input);
                err.println(outcome.error());
                unusable.add(outcome);
            } else if (read instanceof InputRead.Contract contract && outside.contains(contract.contrat())) {
                PortfolioRun.LeftOut left = new PortfolioRun.LeftOut(contract.name(), contract.contrat().id());
                err.println(left.message(labels()));
                leftOut.add(left);
            }
        }
        String geography = data.geographie().map(m -> m.annee() + " (" + m.source() + ")").orElse(null);
        return new PortfolioRun(asOf, ruleOptions.territorialFile().orElse(null), ruleOptions.prsFile().orElse(null), geography,
                measured.reports(), unusable, leftOut);
    }

    private static ExitCode exitCode(PortfolioRun run) {
        if (!run.unusable().isEmpty() || !run.leftOut().isEmpty()) {
            return ExitCode.INPUT;
        }
        boolean errors = run.reports().stream().anyMatch(r -> r.contracts().stream().anyMatch(c -> !c.valid())
                || r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
        return errors ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
