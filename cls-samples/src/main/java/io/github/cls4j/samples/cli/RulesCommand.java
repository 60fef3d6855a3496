package io.github.cls4j.samples.cli;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.RuleCatalog;
import io.github.cls4j.rules.RuleDescription;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cls rules}: the catalogue of the rules this build of cls4j runs. */
@Command(name = "rules", description = "Affiche le catalogue des règles : identifiant, gravité, famille, titre.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANGUE", defaultValue = "fr",
            description = "Langue des titres : fr (par défaut) ou en.")
    private String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalog catalog = ContractValidator.builder().build().catalog(Locale.forLanguageTag(language));
        for (RuleDescription rule : catalog.rules()) {
            out.printf("%-26s %-8s %-14s %s%n", rule.id(), rule.defaultSeverity(), rule.family(), rule.title());
        }
        out.println(catalog.size() + ("en".equals(language) ? " rules" : " règles"));
        return 0;
    }
}
