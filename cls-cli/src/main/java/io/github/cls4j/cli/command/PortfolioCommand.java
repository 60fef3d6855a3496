package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.ContractInputs;
import io.github.cls4j.cli.option.ReportOptions;
import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.portfolio.PortfolioRun;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ReferenceDataException;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.portfolio.Portfolio;
import io.github.cls4j.rules.portfolio.PortfolioReport;
import io.github.cls4j.rules.portfolio.TerritorialData;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
final class PortfolioCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContractInputs inputs;

    @Mixin
    private RuleOptions ruleOptions;

    @Mixin
    private ReportOptions reportOptions;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", required = true,
            description = "La date à laquelle le portefeuille est mesuré (obligatoire).")
    private LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!inputs.given(err)) {
            return ExitCode.INPUT.code();
        }
        Optional<ContractValidator> validator = ruleOptions.load(err);
        if (validator.isEmpty()) {
            return ExitCode.INPUT.code();
        }
        TerritorialData data;
        try {
            data = ruleOptions.territorialData();
        } catch (ReferenceDataException e) {
            err.println("--data : données territoriales inutilisables : " + e.getMessage());
            return ExitCode.INPUT.code();
        }
        Labels labels = reportOptions.labels();
        Map<Region, List<ContratLocalSante>> byRegion = new EnumMap<>(Region.class);
        List<Outcome> unusable = new ArrayList<>();
        List<PortfolioRun.LeftOut> leftOut = new ArrayList<>();
        for (ContractInputs.Input input : inputs.inputs()) {
            ContractInputs.Read read = input.tryRead(labels.locale());
            if (read.failure() != null) {
                err.println(read.failure().error());
                unusable.add(read.failure());
                continue;
            }
            ContratLocalSante contrat = read.contrat();
            Optional<Region> region = contrat.region() == null ? Optional.empty() : contrat.region().region();
            if (region.isPresent()) {
                byRegion.computeIfAbsent(region.get(), r -> new ArrayList<>()).add(contrat);
            } else {
                PortfolioRun.LeftOut left = new PortfolioRun.LeftOut(input.name(), contrat.id());
                err.println(labels.get("portfolio.leftOut", left.source(), Objects.toString(left.contract(), labels.get("unknown"))));
                leftOut.add(left);
            }
        }
        Portfolio portfolio = new Portfolio(validator.get());
        List<PortfolioReport> reports = byRegion.entrySet().stream()
                .map(e -> portfolio.report(e.getKey(), e.getValue(), data, asOf, labels.locale())).toList();
        PortfolioRun run = new PortfolioRun(asOf, ruleOptions.territorialFile().orElse(null), ruleOptions.prsFile().orElse(null),
                reports, unusable, leftOut);
        if (!reportOptions.write(spec.commandLine(), (out, colour) -> reportOptions.format().portfolioWriter().write(run, labels, out), err)) {
            return ExitCode.INPUT.code();
        }
        return exitCode(run).code();
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
