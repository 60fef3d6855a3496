package io.github.cls4j.rules.internal;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.RuleCatalog;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded rule set: its compiled rule bases, the metadata, titles, messages and references of
 * every rule, and the validation profiles. Immutable once built, so one instance serves every
 * thread. Loading checks that the rule set is whole: every rule has its metadata, its reference
 * and its French and English messages, no id is used twice, the profiles name only existing rules,
 * and the bundled rule base holds exactly the rules the bundled messages declare, so that a
 * packaging mistake can never yield a silently empty rule base.
 */
public final class RuleBase {

    /** The resource folder of the bundled rules and their data. */
    static final String BUNDLED = "/io/github/cls4j/rules/";
    static final String STRUCTURE_REFERENCE = "CLS4J-MODELE";
    /** The reference of a rule failure: the engine, not a text of law. */
    static final String ENGINE_REFERENCE = "CLS4J-MOTEUR";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    /**
     * Where to take rules from.
     *
     * @param replacement a folder of DRL that replaces the bundled rules, or {@code null}
     * @param additions folders of DRL added to the rules
     * @param profileFiles files of validation profiles added to the bundled ones
     * @param dataFolder a folder whose reference data ({@code prs.json}) replace the bundled
     *     data, or {@code null}
     */
    public record Sources(Path replacement, List<Path> additions, List<Path> profileFiles, Path dataFolder) {

        /** Copies the lists. */
        public Sources {
            additions = List.copyOf(additions);
            profileFiles = List.copyOf(profileFiles);
        }
    }

    private final List<RulePart> parts;
    private final Map<String, RuleInfo> byId;
    private final Set<String> structureIds;
    private final Messages messages;
    private final References references;
    private final Map<String, ValidationPolicy> profiles;
    private final String version;
    private final List<Object> referenceFacts;
    private final StructuralCheck structuralCheck = new StructuralCheck();

    private RuleBase(List<RulePart> parts, Set<String> structureIds, Messages messages, References references,
            Map<String, ValidationPolicy> profiles, String version, List<Object> referenceFacts) {
        this.referenceFacts = List.copyOf(referenceFacts);
        this.parts = List.copyOf(parts);
        Map<String, RuleInfo> ids = new HashMap<>();
        parts.forEach(p -> p.rules().values().forEach(r -> ids.put(r.id(), r)));
        this.byId = Map.copyOf(ids);
        this.structureIds = Set.copyOf(structureIds);
        this.messages = messages;
        this.references = references;
        this.profiles = Map.copyOf(profiles);
        this.version = version;
    }

    /** Loads and checks the rules; throws {@link RuleCompilationException} on any problem. */
    public static RuleBase load(Sources sources) {
        long start = System.nanoTime();
        Messages messages = Messages.bundled(BUNDLED);
        References references = References.bundled(BUNDLED);
        List<RulePart> parts = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        StringBuilder version = new StringBuilder(bundledVersion());
        if (sources.replacement() == null) {
            parts.add(bundledPart(messages, problems));
        }
        List<Path> folders = new ArrayList<>();
        if (sources.replacement() != null) {
            folders.add(sources.replacement());
        }
        folders.addAll(sources.additions());
        for (Path folder : folders) {
            Messages own = Messages.folder(folder);
            messages = messages.overriddenBy(own);
            references = references.overriddenBy(References.folder(folder));
            parts.add(folderPart(folder, problems));
            version.append(" + ").append(folder.toAbsolutePath().normalize());
        }
        problems.addAll(completeness(parts, messages, references));
        for (RulePart part : parts) {
            problems.addAll(SeverityPolicy.ofRules(part.rules().values(), references));
        }
        references.dangling().forEach(d -> problems.add(new RuleProblem(References.FILE, 0, null, d)));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(folders.isEmpty() ? "cls-rules" : folders.toString(), problems);
        }
        Set<String> structureIds = new TreeSet<>();
        messages.frenchIds().stream().filter(id -> id.startsWith(StructuralCheck.PREFIX)).forEach(structureIds::add);
        Profiles profiles = Profiles.bundled(BUNDLED);
        for (Path file : sources.profileFiles()) {
            profiles = profiles.with(file);
        }
        List<Object> referenceFacts = PrsData.bundled(BUNDLED);
        if (sources.dataFolder() != null) {
            List<Object> replaced = PrsData.folder(sources.dataFolder());
            if (replaced.isEmpty()) {
                throw new RuleCompilationException(sources.dataFolder().toString(), List.of(new RuleProblem(
                        sources.dataFolder().toString(), 0, null, "the data folder holds no " + PrsData.FILE)));
            }
            referenceFacts = replaced;
            version.append(" + data ").append(sources.dataFolder().toAbsolutePath().normalize());
        }
        RuleBase base = new RuleBase(parts, structureIds, messages, references, profiles.all(), version.toString(), referenceFacts);
        profiles.check(base.ids(), base.lawIds(), sources.replacement() == null);
        List<RuleProblem> regional = SeverityPolicy.ofRegionalGuidance(base.byId.values(), references, base.profiles);
        if (!regional.isEmpty()) {
            throw new RuleCompilationException("the regional rules and the profiles", regional);
        }
        LOG.info("cls4j: {} rules loaded ({} Drools rules, {} Bean Validation constraints; version {}) in {} ms",
                base.ids().size(), base.byId.size(), base.structureIds.size(), base.version, (System.nanoTime() - start) / 1_000_000);
        return base;
    }

    private static RulePart bundledPart(Messages messages, List<RuleProblem> problems) {
        KieBase kieBase = BundledModel.load();
        DrlSources sources = DrlSources.onClassPath(BUNDLED);
        Map<RuleKey, RuleInfo> rules = new LinkedHashMap<>();
        for (Rule rule : rules(kieBase)) {
            Optional<DrlSources.Declaration> declaration = sources.of(RuleKey.of(rule));
            String file = declaration.map(DrlSources.Declaration::file).orElse(rule.getPackageName().replace('.', '/') + "/");
            RuleMetadata.read(rule, file, declaration.map(DrlSources.Declaration::line).orElse(0), problems)
                    .ifPresent(info -> rules.put(info.key(), info));
        }
        // The bundled messages declare the bundled rules: a rule base that lacks one of them
        // (an empty one above all) is a packaging error, never a valid rule set.
        Set<String> declared = new TreeSet<>(messages.frenchIds());
        declared.removeIf(id -> id.startsWith(StructuralCheck.PREFIX) || id.equals(RuleFailure.FINDING_ID));
        Set<String> loaded = new TreeSet<>();
        rules.values().forEach(r -> loaded.add(r.id()));
        if (!loaded.containsAll(declared)) {
            Set<String> absent = new TreeSet<>(declared);
            absent.removeAll(loaded);
            problems.add(new RuleProblem(BundledModel.INDEX, 0, null, "the bundled rule base holds " + loaded.size()
                    + " of the " + declared.size() + " rules declared in " + Messages.FRENCH_FILE + "; missing: " + absent));
        }
        return new RulePart("cls-rules", kieBase, rules);
    }

    private static RulePart folderPart(Path folder, List<RuleProblem> problems) {
        DrlFolder.Compiled compiled = DrlFolder.compile(folder);
        Map<RuleKey, RuleInfo> rules = new LinkedHashMap<>();
        List<Rule> loaded = rules(compiled.kieBase());
        for (Rule rule : loaded) {
            Optional<DrlSources.Declaration> declaration = compiled.sources().of(RuleKey.of(rule));
            String file = declaration.map(DrlSources.Declaration::file).orElse(folder.toString());
            RuleMetadata.read(rule, file, declaration.map(DrlSources.Declaration::line).orElse(0), problems).ifPresent(info -> rules.put(info.key(), info));
        }
        if (loaded.size() != compiled.sources().count()) {
            problems.add(new RuleProblem(folder.toString(), 0, null, "Drools loaded " + loaded.size() + " rules of the "
                    + compiled.sources().count() + " written in " + compiled.sources().files()));
        }
        return new RulePart(folder.toString(), compiled.kieBase(), rules);
    }

    /** What every rule needs beyond compiling: a unique id, a known reference, both languages. */
    private static List<RuleProblem> completeness(List<RulePart> parts, Messages messages, References references) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RulePart part : parts) {
            for (RuleInfo rule : part.rules().values()) {
                if (!seen.add(rule.id())) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), rule.key().name(), "the id " + rule.id() + " is used by another rule"));
                }
                if (references.get(rule.referenceId()).isEmpty()) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), rule.key().name(),
                            "@reference(" + rule.referenceId() + ") is not in " + References.FILE));
                }
                for (String missing : messages.missing(rule.id())) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), rule.key().name(), "no message " + missing));
                }
            }
        }
        return problems;
    }

    private static List<Rule> rules(KieBase kieBase) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    private static String bundledVersion() {
        try (InputStream in = RuleBase.class.getResourceAsStream(BUNDLED + "version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Validates {@code contrat} for {@code context}; safe to call from any number of threads. */
    public ValidationReport validate(ContratLocalSante contrat, ValidationContext context) {
        return new ValidationRun(this, contrat, context).report();
    }

    /** The ids of every rule, Bean Validation constraints included. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(structureIds);
        return ids;
    }

    /** The ids of the rules of the law ({@link RuleInfo#isOfTheLaw()}). */
    Set<String> lawIds() {
        Set<String> ids = new TreeSet<>();
        byId.values().stream().filter(RuleInfo::isOfTheLaw).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Whether {@code ruleId} is a rule of the law, which no dérogation sets aside. */
    boolean isOfTheLaw(String ruleId) {
        RuleInfo rule = byId.get(ruleId);
        return rule != null && rule.isOfTheLaw();
    }

    /** The catalogue, with titles in {@code locale}. */
    public RuleCatalog catalog(Locale locale) {
        List<RuleDescription> rules = new ArrayList<>();
        for (RuleInfo info : byId.values()) {
            rules.add(new RuleDescription(info.id(), messages.title(info.id(), locale), info.family(), info.severity(),
                    reference(info.referenceId()), info.validity(), profilesRunning(info::runsUnder), info.file()));
        }
        for (String id : structureIds) {
            rules.add(new RuleDescription(id, messages.title(id, locale), RuleFamily.STRUCTURE, Severity.ERROR,
                    reference(STRUCTURE_REFERENCE), Validity.ALWAYS, profilesRunning(p -> p.suppression(id).isEmpty()),
                    "Bean Validation"));
        }
        return new RuleCatalog(rules);
    }

    private List<String> profilesRunning(Predicate<ValidationPolicy> runs) {
        return profiles.values().stream().filter(runs).map(ValidationPolicy::name).sorted().toList();
    }

    LegalReference reference(String id) {
        return references.get(id).orElseThrow(() -> new IllegalStateException("No reference " + id));
    }

    /** The reference {@code id} as it stood on the day a contract was concluded ({@link References#on}). */
    LegalReference reference(String id, LocalDate day) {
        reference(id);
        return references.on(id, day);
    }

    /**
     * The profile a validation applies: the one named, else the one of the contract's region, else
     * the national one.
     *
     * @throws IllegalArgumentException if no profile has the name given
     */
    ValidationPolicy policy(String name, ContratLocalSante contrat) {
        if (name != null) {
            ValidationPolicy named = profiles.get(name);
            if (named == null) {
                throw new IllegalArgumentException("Unknown validation profile \"" + name + "\"; known profiles: "
                        + new TreeSet<>(profiles.keySet()));
            }
            return named;
        }
        String region = contrat.region() == null ? null : contrat.region().value();
        return profiles.values().stream().filter(p -> p.region() != null && p.region().equals(region)).findFirst()
                .orElse(profiles.get(ValidationContext.DEFAULT_PROFILE));
    }

    /** The facts of the reference data (PRS versions and objectives), shared by every validation. */
    List<Object> referenceFacts() {
        return referenceFacts;
    }

    /** The profiles, by name. */
    public Map<String, ValidationPolicy> profiles() {
        return profiles;
    }

    /** The version of the rules: the library's, followed by the folders loaded at run time. */
    public String version() {
        return version;
    }

    List<RulePart> parts() {
        return parts;
    }

    Messages messages() {
        return messages;
    }

    StructuralCheck structuralCheck() {
        return structuralCheck;
    }
}
