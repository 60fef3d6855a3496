package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.RuleFamily;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.Subject;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import io.github.cls4j.rules.internal.text.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import io.github.cls4j.geography.Geographie;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A loaded and checked rule set: its compiled parts, the metadata and texts of every rule, the
 * profiles and the reference data. Immutable, so one instance serves every thread; the loader
 * ({@code internal.load.RuleSetLoader}) builds it once and checks it whole before.
 */
public final class RuleSet {

    /** The rule set a failure names when none was running: the validation had not started. */
    private static final String NO_RULE_SET = "cls4j";

    private final List<RulePart> parts;
    private final Map<String, RuleInfo> byId;
    private final Set<String> structureIds;
    private final Set<String> lawIds;
    private final FindingFactory texts;
    private final Map<String, ValidationPolicy> profiles;
    private final String version;
    private final ReferenceFacts referenceFacts;
    /** The geography, asked for at each validation: the bundled one is read at the first. */
    private final Supplier<Geographie> geographie;
    private final StructuralCheck structuralCheck = new StructuralCheck();

    /**
     * A rule set of {@code parts} and of the {@code checks} written in Java (the portfolio's),
     * whose Bean Validation constraints have {@code structureIds},
     * whose texts are {@code texts}, whose profiles are {@code profiles}, and whose rules see
     * {@code referenceFacts} beside every contract, and the territory as {@code geographie} knows it.
     */
    public RuleSet(List<RulePart> parts, List<RuleInfo> checks, Set<String> structureIds, FindingFactory texts, Map<String, ValidationPolicy> profiles,
            String version, ReferenceFacts referenceFacts, Supplier<Geographie> geographie) {
        this.parts = List.copyOf(parts);
        Map<String, RuleInfo> ids = new LinkedHashMap<>();
        parts.forEach(p -> p.rules().values().forEach(r -> ids.put(r.id(), r)));
        checks.forEach(r -> ids.put(r.id(), r));
        this.byId = Map.copyOf(ids);
        Set<String> law = new TreeSet<>();
        ids.values().stream().filter(RuleInfo::isOfTheLaw).forEach(r -> law.add(r.id()));
        this.lawIds = Set.copyOf(law);
        this.structureIds = Set.copyOf(structureIds);
        this.texts = texts;
        this.profiles = Map.copyOf(profiles);
        this.version = version;
        this.referenceFacts = Objects.requireNonNull(referenceFacts, "referenceFacts");
        this.geographie = Objects.requireNonNull(geographie, "geographie");
    }

    /**
     * Validates {@code contrat} for {@code context}, within the limits of {@code watch} (a new one
     * for each validation); safe to call from any number of threads.
     *
     * @throws IllegalArgumentException if the context names a profile the rule set does not have
     */
    public ValidationReport validate(ContratLocalSante contrat, ValidationContext context, RunWatch watch) {
        return run(contrat, context, watch).report();
    }

    /**
     * The report of a validation of {@code contrat} that {@code watch} found overdue, stuck in a
     * rule that does not yield: its structural findings and the failure that says which rule it
     * was stuck in. Made on the waiting thread, without anything of the stuck one but its watch.
     */
    public ValidationReport overdue(ContratLocalSante contrat, ValidationContext context, RunWatch watch) {
        return run(contrat, context, watch).overdue(ValidationRun.beyondLimit(watch, RuleFailure.Kind.STUCK));
    }

    /**
     * The report of a validation of {@code contrat} that could not start: the threads it was to
     * run on were all held by rules that do not yield. Its structural findings and the failure.
     */
    public ValidationReport notStarted(ContratLocalSante contrat, ValidationContext context, RunWatch watch) {
        RuleFailure failure = new RuleFailure(null, NO_RULE_SET, null, ElementPath.root(),
                ValidationRun.seconds(watch.limits().time().plus(watch.limits().grace())), RuleFailure.Kind.NOT_STARTED);
        return run(contrat, context, watch).overdue(failure);
    }

    /** A validation of {@code contrat} by these rules, under the profile {@code context} asks for. */
    private ValidationRun run(ContratLocalSante contrat, ValidationContext context, RunWatch watch) {
        return new ValidationRun(parts, structuralCheck, texts, lawIds, version, referenceFacts, geographie.get(), policy(contrat, context), contrat,
                context, watch);
    }

    private ValidationPolicy policy(ContratLocalSante contrat, ValidationContext context) {
        return policy(context.profile(), contrat.region() == null ? null : contrat.region().value());
    }

    /**
     * The finding of the check {@code ruleId}, written in Java, about {@code subject}, as a
     * validation under {@code context} reports it: its severity under the profile (the one named,
     * else that of {@code region}, else the national one), its message in the context's language
     * with {@code arguments}, its source as it stood on the context's day; empty when the check
     * does not run under that profile or on that day, or when the rule set does not hold it (the
     * bundled rules were replaced).
     *
     * @throws IllegalArgumentException if no profile has the name given
     */
    public Optional<Finding> finding(String ruleId, Subject subject, List<String> arguments, ValidationContext context, String region) {
        RuleInfo rule = byId.get(ruleId);
        ValidationPolicy policy = policy(context.profile(), region);
        if (rule == null || !rule.runsUnder(policy) || !rule.validity().covers(context.asOf())) {
            return Optional.empty();
        }
        Finding finding = texts.of(rule, subject, arguments, context.locale(), context.asOf());
        return Optional.of(finding.withSeverity(policy.severityOf(ruleId, finding.severity())));
    }

    /** The ids of every rule, Bean Validation constraints included. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(structureIds);
        return ids;
    }

    /** The ids of the rules of the law ({@link RuleInfo#isOfTheLaw()}). */
    public Set<String> lawIds() {
        return lawIds;
    }

    /** The metadata of every DRL rule. */
    public List<RuleInfo> rules() {
        return List.copyOf(byId.values());
    }

    /** The catalogue's entries, with titles in {@code locale}. */
    public List<RuleDescription> descriptions(Locale locale) {
        List<RuleDescription> rules = new ArrayList<>();
        for (RuleInfo info : byId.values()) {
            rules.add(new RuleDescription(info.id(), title(info, locale), info.family(), info.severity(),
                    texts.reference(info.referenceId()), info.validity(), info.stage(), profilesRunning(info::runsUnder), info.file()));
        }
        for (String id : structureIds) {
            rules.add(new RuleDescription(id, texts.messages().title(id, locale), RuleFamily.STRUCTURE, Severity.ERROR,
                    texts.reference(References.STRUCTURE), Validity.ALWAYS, null, profilesRunning(p -> p.suppression(id).isEmpty()),
                    "Bean Validation"));
        }
        return rules;
    }

    /** The French title where the rule is declared; the English one, or one the name lacks, in the messages. */
    private String title(RuleInfo rule, Locale locale) {
        boolean english = "en".equals(locale.getLanguage()) && texts.messages().hasEnglishTitle(rule.id());
        return english || rule.title() == null ? texts.messages().title(rule.id(), locale) : rule.title();
    }

    private List<String> profilesRunning(Predicate<ValidationPolicy> runs) {
        return profiles.values().stream().filter(runs).map(ValidationPolicy::name).sorted().toList();
    }

    /**
     * The profile a validation applies: the one named, else the one of {@code region} (an INSEE
     * region code, the contract's), else the national one.
     *
     * @throws IllegalArgumentException if no profile has the name given
     */
    ValidationPolicy policy(String name, String region) {
        if (name != null) {
            ValidationPolicy named = profiles.get(name);
            if (named == null) {
                throw new IllegalArgumentException("Unknown validation profile \"" + name + "\"; known profiles: "
                        + new TreeSet<>(profiles.keySet()));
            }
            return named;
        }
        return profiles.values().stream().filter(p -> p.region() != null && p.region().equals(region)).findFirst()
                .orElse(profiles.get(ValidationContext.DEFAULT_PROFILE));
    }

    /** Starts Hibernate Validator now, which otherwise starts with the first contract that breaks a constraint. */
    public void prepareStructuralCheck() {
        structuralCheck.prepare();
    }

    /** The texts of the rules. */
    public FindingFactory texts() {
        return texts;
    }

    /** The profiles, by name. */
    public Map<String, ValidationPolicy> profiles() {
        return profiles;
    }

    /** The version of the rules: the library's, followed by the folders loaded at run time. */
    public String version() {
        return version;
    }
}
