package io.github.cls4j.rules.internal.load;

import io.github.cls4j.geography.Geographie;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.engine.FindingFactory;
import io.github.cls4j.rules.internal.engine.ReferenceFacts;
import io.github.cls4j.rules.internal.engine.RulePart;
import io.github.cls4j.rules.internal.engine.RuleSet;
import io.github.cls4j.rules.internal.rule.DrlSources;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.rule.RuleKey;
import io.github.cls4j.rules.internal.rule.RuleMetadata;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import io.github.cls4j.rules.internal.text.Messages;
import io.github.cls4j.rules.internal.text.References;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link RuleSet}, once, from the bundled rules or from DRL folders, and checks that it is whole: every rule has its metadata, its reference
 * and its French and English messages, no id is used twice, the profiles name only existing rules,
 * and the bundled rule base holds exactly the rules the bundled messages declare, so that a
 * packaging mistake can never yield a silently empty rule base.
 */
public final class RuleSetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    /** The files beside the DRL of a folder that a load reads. */
    private static final List<String> BESIDE_RULES = List.of(Messages.FRENCH_FILE, Messages.ENGLISH_FILE, References.FILE);
    /** How many times files that change while they are read are read before the load is refused. */
    private static final int READS = 3;
    /** The pause between two tries. */
    private static final long PAUSE_MILLIS = 100;
    /** The pause between the two reads of a try. */
    private static final long SETTLE_MILLIS = 50;

    /**
     * Where to take rules from.
     *
     * @param replacement a folder of DRL that replaces the bundled rules, or {@code null}
     * @param additions folders of DRL added to the rules
     * @param profileFiles files of validation profiles added to the bundled ones
     * @param dataFolder a folder whose reference data ({@code prs.json}) replace the bundled
     *     data, or {@code null}
     * @param geographie the official geography the territories are judged against, asked for at
     *     the first validation (the bundled one is read then, not while the rules load)
     */
    public record Sources(Path replacement, List<Path> additions, List<Path> profileFiles, Path dataFolder, Supplier<Geographie> geographie) {

        /** Copies the lists; requires the geography. */
        public Sources {
            additions = List.copyOf(additions);
            profileFiles = List.copyOf(profileFiles);
            Objects.requireNonNull(geographie, "geographie");
        }

        /** The folders of DRL, the replacement first. */
        List<Path> folders() {
            List<Path> folders = new ArrayList<>();
            if (replacement != null) {
                folders.add(replacement);
            }
            folders.addAll(additions);
            return folders;
        }

        /** Whether a load reads files at all: the bundled rules alone read none. */
        boolean readsFiles() {
            return !folders().isEmpty() || !profileFiles.isEmpty() || dataFolder != null;
        }

        /** Every file a load reads, read now: the DRL of each folder, the files beside it, the profiles, the PRS data. */
        SourceFiles read() {
            List<Path> others = new ArrayList<>();
            for (Path folder : folders()) {
                BESIDE_RULES.forEach(name -> others.add(folder.resolve(name)));
            }
            others.addAll(profileFiles);
            if (dataFolder != null) {
                others.add(dataFolder.resolve(PrsData.FILE));
            }
            return SourceFiles.read(folders(), others);
        }
    }

    private RuleSetLoader() {
    }

    /**
     * The bundled geography, read from now on on a thread of its own (about 0.2 s in a fresh
     * JVM, half of it interpreted parsing) while the rules load, for the first validation.
     */
    public static Supplier<Geographie> bundledGeographyMeanwhile() {
        return OnItsOwnThread.start("cls4j-geography", Geographie::bundled)::get;
    }

    /**
     * Loads and checks the rules; throws {@link RuleCompilationException} on any problem. The files
     * are read into memory before anything is compiled, twice, {@value #SETTLE_MILLIS} ms apart,
     * and compiled from those bytes only when both reads agree: what is loaded is what the files
     * held at one moment, half an edit (an editor saving, a checkout) only if it stood still
     * longer than the pause. Files that change at
     * every one of {@value #READS} tries are refused.
     */
    public static RuleSet load(Sources sources) {
        return load(sources, sources::read);
    }

    /** {@link #load(Sources)}, the files read by {@code reads} (a test's, to change them between reads). */
    static RuleSet load(Sources sources, Supplier<SourceFiles> reads) {
        if (!sources.readsFiles()) {
            return loadOnce(sources, SourceFiles.NONE);
        }
        for (int read = 1; read <= READS; read++) {
            SourceFiles first = reads.get();
            // Read again a moment later: files being written (a checkout) rarely stand still that long half-way.
            pause(SETTLE_MILLIS);
            if (first.equals(reads.get())) {
                return loadOnce(sources, first);
            }
            LOG.debug("cls4j: the rule files changed while they were read; reading them again");
            pause(PAUSE_MILLIS);
        }
        String where = sources.folders().isEmpty() ? "the profiles and data files" : sources.folders().toString();
        throw new RuleCompilationException(where, List.of(Texts.problem(where, 0, null, "load.changing", READS)));
    }

    /** A moment for the files to be written whole: an editor's save, a checkout. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleCompilationException("the rule files", List.of(Texts.problem("the rule files", 0, null, "load.interrupted")));
        }
    }

    private static RuleSet loadOnce(Sources sources, SourceFiles files) {
        long start = System.nanoTime();
        // The bundled rule base needs nothing of what follows: it is built meanwhile.
        OnItsOwnThread<KieBase> bundled = sources.replacement() == null ? OnItsOwnThread.start("cls4j-rule-base", BundledModel::load) : null;
        Messages messages = Messages.bundled(DataFiles.BUNDLED);
        References references = References.bundled(DataFiles.BUNDLED);
        List<RulePart> parts = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        String library = bundledVersion();
        StringBuilder version = new StringBuilder(library);
        // The portfolio checks are bundled rules: a folder that replaces the bundled rules replaces them too.
        List<RuleInfo> checks = sources.replacement() == null ? DeclaredChecks.bundled(problems) : List.of();
        if (sources.replacement() == null) {
            parts.add(bundledPart(bundled, messages, checks, problems));
        }
        List<Path> folders = sources.folders();
        for (Path folder : folders) {
            Messages own = Messages.folder(folder, files);
            messages = messages.overriddenBy(own);
            references = references.overriddenBy(References.folder(folder, files));
            parts.add(folderPart(folder, files, problems));
            version.append(" + ").append(folder.toAbsolutePath().normalize());
        }
        List<RuleInfo> all = new ArrayList<>(checks);
        parts.forEach(part -> all.addAll(part.rules().values()));
        problems.addAll(completeness(all, messages, references));
        problems.addAll(SeverityPolicy.ofRules(all, references));
        references.dangling().forEach(d -> problems.add(new RuleProblem(References.FILE, 0, null, d)));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(folders.isEmpty() ? "cls-rules" : folders.toString(), problems);
        }
        Set<String> structureIds = new TreeSet<>();
        messages.frenchIds().stream().filter(id -> id.startsWith(StructuralCheck.PREFIX)).forEach(structureIds::add);
        Profiles profiles = Profiles.bundled(DataFiles.BUNDLED);
        for (Path file : sources.profileFiles()) {
            profiles = profiles.with(file, files);
        }
        ReferenceFacts referenceFacts = new ReferenceFacts(PrsData.bundled(DataFiles.BUNDLED), "cls-rules " + library);
        if (sources.dataFolder() != null) {
            List<Object> replaced = PrsData.folder(sources.dataFolder(), files);
            if (replaced.isEmpty()) {
                throw new RuleCompilationException(sources.dataFolder().toString(), List.of(Texts.problem(sources.dataFolder().toString(), 0,
                        null, files.exists(sources.dataFolder().resolve(PrsData.FILE)) ? "prs.none" : "prs.noFile", PrsData.FILE)));
            }
            referenceFacts = new ReferenceFacts(replaced, sources.dataFolder().toAbsolutePath().normalize().toString());
            version.append(" + data ").append(sources.dataFolder().toAbsolutePath().normalize());
        }
        RuleSet base = new RuleSet(parts, checks, structureIds, new FindingFactory(messages, references), profiles.all(), version.toString(),
                referenceFacts, sources.geographie());
        profiles.check(base.ids(), base.lawIds(), sources.replacement() == null);
        List<RuleProblem> regional = SeverityPolicy.ofRegionalGuidance(base.rules(), references, base.profiles());
        if (!regional.isEmpty()) {
            throw new RuleCompilationException("the regional rules and the profiles", regional);
        }
        LOG.info("cls4j: {} rules loaded ({} Drools rules, {} Bean Validation constraints; version {}) in {} ms",
                base.ids().size(), base.rules().size(), structureIds.size(), base.version(), (System.nanoTime() - start) / 1_000_000);
        return base;
    }

    private static RulePart bundledPart(OnItsOwnThread<KieBase> bundled, Messages messages, List<RuleInfo> checks, List<RuleProblem> problems) {
        DrlSources sources = DrlSources.onClassPath(DataFiles.BUNDLED);
        KieBase kieBase = bundled.get();
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
        declared.removeIf(id -> id.startsWith(StructuralCheck.PREFIX) || id.startsWith(RuleFailure.FINDING_ID));
        checks.forEach(check -> declared.remove(check.id()));
        Set<String> loaded = new TreeSet<>();
        rules.values().forEach(r -> loaded.add(r.id()));
        if (!loaded.containsAll(declared)) {
            Set<String> absent = new TreeSet<>(declared);
            absent.removeAll(loaded);
            problems.add(new RuleProblem(BundledModel.INDEX, 0, null, "the bundled rule base holds " + loaded.size()
                    + " of the " + declared.size() + " rules declared in " + Messages.FRENCH_FILE + "; missing: " + absent));
        }
        return new RulePart("cls-rules", kieBase, rules, sources);
    }

    private static RulePart folderPart(Path folder, SourceFiles files, List<RuleProblem> problems) {
        DrlFolder.Compiled compiled = DrlFolder.compile(folder, files);
        Map<RuleKey, RuleInfo> rules = new LinkedHashMap<>();
        List<Rule> loaded = rules(compiled.kieBase());
        for (Rule rule : loaded) {
            Optional<DrlSources.Declaration> declaration = compiled.sources().of(RuleKey.of(rule));
            String file = declaration.map(DrlSources.Declaration::file).orElse(folder.toString());
            RuleMetadata.read(rule, file, declaration.map(DrlSources.Declaration::line).orElse(0), problems).ifPresent(info -> rules.put(info.key(), info));
        }
        if (loaded.isEmpty() && compiled.sources().count() == 0) {
            // An empty file, or one cut short by an editor: a folder of rules without a rule is a mistake.
            problems.add(Texts.problem(folder.toString(), 0, null, "rules.noRule", compiled.sources().files()));
        } else if (loaded.size() != compiled.sources().count()) {
            problems.add(new RuleProblem(folder.toString(), 0, null, "Drools loaded " + loaded.size() + " rules of the "
                    + compiled.sources().count() + " written in " + compiled.sources().files()));
        }
        return new RulePart(folder.toString(), compiled.kieBase(), rules, compiled.sources());
    }

    /** What every rule needs beyond compiling: a unique id, a known reference, both languages. */
    private static List<RuleProblem> completeness(List<RuleInfo> rules, Messages messages, References references) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RuleInfo rule : rules) {
            if (!seen.add(rule.id())) {
                problems.add(Texts.problem(rule.file(), rule.line(), rule.key().name(), "rules.idTaken", rule.id()));
            }
            if (references.get(rule.referenceId()).isEmpty()) {
                problems.add(Texts.problem(rule.file(), rule.line(), rule.key().name(), "rules.noReference", rule.referenceId(), References.FILE));
            }
            for (String missing : messages.missing(rule.id(), rule.title() != null)) {
                problems.add(Texts.problem(rule.file(), rule.line(), rule.key().name(), "rules.noMessage", missing));
            }
            for (String unfillable : messages.unfillable(rule.id())) {
                problems.add(Texts.problem(rule.file(), rule.line(), rule.key().name(), "rules.unfillable", unfillable));
            }
            // The French title is written once: a second one, in the messages, may not say otherwise.
            String title = rule.title();
            messages.frenchTitle(rule.id()).filter(other -> title != null && !other.equals(title)).ifPresent(other ->
                    problems.add(Texts.problem(rule.file(), rule.line(), rule.key().name(), "rules.otherTitle", Messages.FRENCH_FILE, other,
                            rule.id())));
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
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DataFiles.BUNDLED + "version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
