package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.ProfileOption;
import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.output.JsonOutput;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.Language;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.RuleCatalog;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.ValidationPolicy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cls rules}: the catalogue of the rules a validator runs, for all profiles or for one. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Affiche le catalogue des règles : identifiant, gravité, famille, titre.")
final class RulesCommand implements Callable<Integer> {

    /** The formats of the catalogue. */
    enum Format {
        /** One line per rule, then the count. */
        text,
        /** An array with one object per rule. */
        json,
        /** The French Markdown document of docs/rules.md. */
        md
    }


    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Mixin
    private ProfileOption profileOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (par défaut), json ou md.")
    private Format format;

    @Option(names = "--lang", paramLabel = "LANGUE", defaultValue = "fr",
            description = "Langue des titres : fr (par défaut) ou en ; le document md est en français.")
    private Language language;

    /** One rule in the JSON catalogue. */
    record JsonRule(String id, String title, String family, String severity, LegalReference reference,
            LocalDate since, LocalDate until, String stage, List<String> profiles, String source) {

        static JsonRule of(RuleDescription r) {
            return new JsonRule(r.id(), r.title(), r.family().name(), r.defaultSeverity().name(), r.reference(),
                    r.validity().since(), r.validity().until(), r.stage() == null ? null : r.stage().name(), r.profiles(), r.source());
        }
    }

    /** One line per rule in aligned columns (id, severity, family as written in the DRL, title), then the count. */
    private static void text(RuleCatalog catalog, Labels labels, PrintWriter out) {
        int idWidth = catalog.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        int severityWidth = catalog.rules().stream().mapToInt(r -> labels.severity(r.defaultSeverity()).length()).max().orElse(0);
        int familyWidth = catalog.rules().stream().mapToInt(r -> r.family().name().length()).max().orElse(0);
        String line = "%-" + idWidth + "s  %-" + severityWidth + "s  %-" + familyWidth + "s  %s%n";
        for (RuleDescription rule : catalog.rules()) {
            out.printf(line, rule.id(), labels.severity(rule.defaultSeverity()), rule.family(), rule.title());
        }
        out.println(labels.get("rules.count", catalog.size()));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = Labels.of(language.locale());
        Optional<ContractValidator> loaded = ruleOptions.load(labels, err).filter(v -> profileOption.knownTo(v, labels, err));
        if (loaded.isEmpty()) {
            return ExitCode.INPUT.code();
        }
        ContractValidator validator = loaded.get();
        RuleCatalog catalog = validator.catalog(format == Format.md ? Language.fr.locale() : language.locale());
        Map<String, ValidationPolicy> profiles = validator.profiles();
        if (profileOption.profile() != null) {
            ValidationPolicy profile = profiles.get(profileOption.profile());
            catalog = catalog.under(profile);
            profiles = Map.of(profile.name(), profile);
        }
        switch (format) {
            case text -> text(catalog, labels, out);
            case json -> JsonOutput.writeArray(catalog.rules(), JsonRule::of, out);
            case md -> out.print(catalog.toMarkdown(profiles));
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
