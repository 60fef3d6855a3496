package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.option.LanguageOption;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.TextTable;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.testing.DateSide;
import io.github.cls4j.rules.testing.RuleCoverage;
import io.github.cls4j.rules.testing.RuleTestResult;
import io.github.cls4j.rules.testing.RuleTestRun;
import io.github.cls4j.rules.testing.RuleTests;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls test DIR}: runs the test cases of a rule folder (its {@code *.cas.txt} files) on its
 * rules, alone or, with {@code --additional}, beside the bundled ones; prints each failure as
 * {@code file:line: expected …; got …}, then how well the cases show each rule.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Exécute les cas de test (*.cas.txt) d'un dossier de règles et dit, pour chaque règle, si un cas la déclenche"
                + " et si un cas l'épargne, de chaque côté de ses dates.",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:chaque cas passe", "1:au moins un cas échoue (ou, avec --require-coverage, une règle n'est pas couverte)",
            "2:les règles ne compilent pas, ou un fichier de cas ne peut être lu"})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "Le dossier des règles (.drl) et de leurs cas (.cas.txt).")
    private Path folder;

    @Option(names = "--additional", description = "Exécute les cas sur les règles fournies et celles du dossier, comme --additional-rules ;"
            + " sans l'option, sur les règles du dossier seules, comme --rules.")
    private boolean additional;

    @Option(names = "--require-coverage", description = "Échoue (code 1) si une règle du dossier n'a pas de cas qui la déclenche, de cas"
            + " qu'elle épargne, ou de cas de chaque côté de ses dates.")
    private boolean requireCoverage;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(labels.get("folder.missing", "test", folder));
            return ExitCode.INPUT.code();
        }
        ContractValidator validator;
        ContractValidator bundled = RuleOptions.validatorOfOneRun().build();
        try {
            ContractValidator.Builder builder = additional ? RuleOptions.validatorOfOneRun().additionalRules(folder)
                    : RuleOptions.validatorOfOneRun().rules(folder);
            // The folder's own profiles, as validate --rules reads them, for its cases to name.
            Path profiles = folder.resolve("profiles.json");
            if (Files.isRegularFile(profiles)) {
                builder.profiles(profiles);
            }
            validator = builder.build();
        } catch (RuleCompilationException e) {
            RuleOptions.print(e, List.of(folder), labels, err);
            return ExitCode.INPUT.code();
        }
        RuleTestRun run = RuleTests.read(folder).run(validator);
        Locale locale = labels.locale();
        run.problems().forEach(p -> err.println(p.describe(locale)));
        List<RuleTestResult> failed = run.failed();
        failed.forEach(r -> r.describe(locale).forEach(out::println));
        out.println(labels.get("test.summary", folder, run.results().size(), run.results().size() - failed.size(), failed.size(),
                run.problems().size()));
        List<RuleCoverage> coverage = run.coverage(shown(validator, bundled, run));
        printCoverage(coverage, labels, out);
        if (!run.problems().isEmpty()) {
            return ExitCode.INPUT.code();
        }
        boolean uncovered = requireCoverage && coverage.stream().anyMatch(c -> !c.complete());
        return failed.isEmpty() && !uncovered ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    /**
     * The rules the table shows: those the folder writes (its DRL; with {@code --additional}, not
     * the bundled ones), and any other rule a case names, in the order of the catalogue.
     */
    private List<RuleDescription> shown(ContractValidator validator, ContractValidator bundled, RuleTestRun run) {
        Set<String> theirs = bundled.catalog().rules().stream().map(RuleDescription::id).collect(Collectors.toSet());
        Set<String> named = Set.copyOf(run.ruleIds());
        return validator.catalog().rules().stream()
                .filter(r -> named.contains(r.id()) || r.source().endsWith(".drl") && !(additional && theirs.contains(r.id())))
                .toList();
    }

    private static void printCoverage(List<RuleCoverage> coverage, Labels labels, PrintWriter out) {
        if (coverage.isEmpty()) {
            return;
        }
        out.println();
        out.println(labels.get("test.coverage"));
        TextTable table = new TextTable().row(labels.get("test.rule"), labels.get("test.fires"), labels.get("test.spares"),
                labels.get("test.dates"), labels.get("test.missing"));
        for (RuleCoverage c : coverage) {
            List<String> sides = new ArrayList<>();
            for (DateSide side : c.dates()) {
                sides.add(labels.get(side.fires() ? "test.firedOn" : "test.sparedOn", side.day(), labels.yesNo(side.shown())));
            }
            table.row(c.rule().id(), labels.integer(c.fires()), labels.integer(c.spares()),
                    sides.isEmpty() ? "—" : String.join(", ", sides), c.complete() ? "—" : missing(c, labels));
        }
        table.print("  ", out);
        long complete = coverage.stream().filter(RuleCoverage::complete).count();
        out.println(labels.get("test.covered", complete, coverage.size()));
    }

    private static String missing(RuleCoverage c, Labels labels) {
        List<String> missing = new ArrayList<>();
        if (c.fires() == 0) {
            missing.add(labels.get("test.noFiring"));
        }
        if (c.spares() == 0) {
            missing.add(labels.get("test.noSparing"));
        }
        c.dates().stream().filter(s -> !s.shown())
                .forEach(s -> missing.add(labels.get(s.fires() ? "test.noFiringOn" : "test.noSparingOn", s.day())));
        return String.join(", ", missing);
    }
}
