package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.rules.Explanation;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.RuleFailure;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.NotApplied;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.WaivedFinding;
import io.github.cls4j.rules.facts.DateDuControle;
import io.github.cls4j.rules.facts.EditionGeographique;
import io.github.cls4j.rules.facts.Findings;
import io.github.cls4j.rules.facts.Parametre;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.rule.RuleKey;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import io.github.cls4j.rules.internal.text.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One validation of one contract: Bean Validation, then each rule base in a session of its own
 * on the same facts, then the profile and the contract's dérogations (which cannot set aside a
 * rule of the law). Nothing here is shared
 * between threads but the immutable {@link RuleSet} it is given.
 */
final class ValidationRun {

    static final String GLOBAL = "findings";

    /** Where Drools names the rules of a constraint that threw: {@code … in [Rule "A", "B" in f.drl]}. */
    private static final Pattern CONSTRAINT = Pattern.compile("Error evaluating constraint '(.*)' in (\\[Rule .*)", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private static final Logger LOG = LoggerFactory.getLogger(ValidationRun.class);

    private final List<RulePart> parts;
    private final StructuralCheck structuralCheck;
    private final FindingFactory texts;
    private final Set<String> lawIds;
    private final String version;
    private final ContratLocalSante contrat;
    private final ValidationContext context;
    private final ValidationPolicy policy;
    private final LocalDate legalDate;
    private final boolean concluded;
    private final RunWatch watch;
    /** The place of each element of the contract. */
    private final Map<Object, ElementPath> paths;
    /**
     * The further places of an element a host put in several places, which Drools sees as one
     * fact: each finding on it is reported at every place. Rare, hence apart, so that the common
     * case allocates nothing more.
     */
    private final Map<Object, List<ElementPath>> furtherPaths = new IdentityHashMap<>();
    private final List<Object> facts;
    /** The number of elements of the contract, each place counted: the firing limit follows it. */
    private final int elements;
    /** The explanations of the findings, when the host asks for them; {@code null} otherwise, so that they cost nothing. */
    private final Explainer explainer;

    /**
     * A validation of {@code contrat} for {@code context}, under {@code policy}, by the rules of
     * {@code parts} (after the {@code structuralCheck}), with {@code texts} for the findings; the
     * rules of {@code lawIds} are of the law, and every session also sees what of {@code reference}
     * concerns the contract and the territory as {@code geographie} knows it;
     * {@code watch} keeps it within its limits.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    ValidationRun(List<RulePart> parts, StructuralCheck structuralCheck, FindingFactory texts, Set<String> lawIds, String version,
            ReferenceFacts reference, Geographie geographie, ValidationPolicy policy, ContratLocalSante contrat, ValidationContext context, RunWatch watch) {
        this.parts = parts;
        this.structuralCheck = structuralCheck;
        this.texts = texts;
        this.lawIds = lawIds;
        this.version = version;
        this.contrat = contrat;
        this.context = context;
        this.policy = policy;
        this.legalDate = LegalDate.of(contrat, context.asOf());
        this.concluded = contrat.estConclu();
        this.watch = watch;
        // The elements and their paths as the walk meets them, without its tree: every
        // validation walks its contract once, and reads the walk only here.
        List<Object> walked = new ArrayList<>();
        List<ElementPath> walkedPaths = new ArrayList<>();
        ContractElements.forEach(contrat, (path, element) -> {
            walkedPaths.add(path);
            walked.add(element);
        });
        // Sized once: growing it was 4 % of a validation's fixed part.
        this.paths = new IdentityHashMap<>(walked.size());
        for (int i = 0; i < walked.size(); i++) {
            Object element = walked.get(i);
            if (paths.putIfAbsent(element, walkedPaths.get(i)) != null) {
                furtherPaths.computeIfAbsent(element, e -> new ArrayList<>(1)).add(walkedPaths.get(i));
            }
        }
        this.facts = walked;
        this.elements = facts.size();
        // Chosen only for rules that match them: the fixed part of a rule set without one does not
        // pay for walking the elements' codes.
        List<Object> concerning = matchedByAPart(parts, reference.types()) ? reference.concerning(contrat, walked) : List.of();
        if (context.asOf() != null) {
            facts.add(new DateDuControle(context.asOf()));
        }
        policy.parameters().forEach((name, value) -> facts.add(new Parametre(name, value)));
        facts.addAll(concerning);
        List<Object> territory = GeographyFacts.of(contrat.territoire(), legalDate, geographie);
        facts.addAll(territory);
        this.explainer = context.explain() ? new Explainer(paths, policy, legalDate, reference.source(),
                territory.stream().filter(EditionGeographique.class::isInstance).map(EditionGeographique.class::cast).findFirst().orElse(null))
                : null;
    }

    /** Whether a pattern of one of {@code parts} matches the facts of one of {@code types}. */
    private static boolean matchedByAPart(List<RulePart> parts, Set<Class<?>> types) {
        for (RulePart part : parts) {
            for (Class<?> type : types) {
                if (part.inserted().matchesType(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    ValidationReport report() {
        watch.start(elements);
        Map<Finding, Explanation> found = structuralFindings();
        List<RuleFailure> failures = new ArrayList<>();
        for (RulePart part : parts) {
            List<Explainer.Firing> firings = explainer == null ? null : new ArrayList<>();
            List<Findings.Emission> emissions = fire(part, failures, firings);
            int firing = 0;
            for (int i = 0; i < emissions.size(); i++) {
                Findings.Emission emission = emissions.get(i);
                RuleInfo rule = part.rules().get(new RuleKey(emission.rulePackage(), emission.ruleName()));
                Explanation why = null;
                if (firings != null && !firings.isEmpty() && rule != null) {
                    // The firings and what they reported come in the same order.
                    while (firing + 1 < firings.size() && firings.get(firing + 1).from() <= i) {
                        firing++;
                    }
                    why = explainer.of(rule, part.reads().of(rule.key()), firings.get(firing));
                }
                for (Finding finding : findings(rule, emission)) {
                    // The first explanation of a finding made twice is kept, as the finding is.
                    found.putIfAbsent(finding, why);
                }
            }
        }
        watch.rulesDone();
        return assembled(found, failures);
    }

    /**
     * The report of a validation given up while a rule did not yield ({@code stuck}): the
     * structural findings, re-levelled and waived as in any report, and the failure.
     */
    ValidationReport overdue(RuleFailure stuck) {
        return assembled(structuralFindings(), List.of(stuck));
    }

    /** The findings of the model's shape (Bean Validation), which come before the rules, with their explanations if asked. */
    private Map<Finding, Explanation> structuralFindings() {
        Map<Finding, Explanation> found = new LinkedHashMap<>();
        for (StructuralCheck.Violation v : structuralCheck.check(contrat, context.locale())) {
            found.putIfAbsent(texts.of(v), explainer == null ? null : explainer.of(v));
        }
        return found;
    }

    /** The report of {@code found} and {@code failures}: the profile's severities, then the waivers. */
    private ValidationReport assembled(Map<Finding, Explanation> found, List<RuleFailure> failures) {
        List<Finding> findings = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        for (Map.Entry<Finding, Explanation> entry : found.entrySet()) {
            Finding raw = entry.getValue() == null ? entry.getKey() : entry.getKey().withExplanation(entry.getValue());
            Finding finding = raw.withSeverity(policy.severityOf(raw.ruleId(), raw.severity()));
            Optional<WaivedFinding> waiver = waiver(finding);
            waiver.ifPresent(waived::add);
            if (waiver.isEmpty() || !waiver.get().effective()) {
                findings.add(finding);
            }
        }
        // A failure is neither re-levelled nor waivable: no profile may hide that findings are missing.
        failures.forEach(failure -> findings.add(texts.of(failure, context.locale())));
        return new ValidationReport(contrat.id(), policy.name(), version, context.asOf(), legalDate, findings, waived, failures, notApplied());
    }

    /**
     * Runs the rules of {@code part} and returns what they reported; adds to {@code firings}, unless
     * {@code null}, what each rule had matched as it fired, and to {@code failures} the
     * rules that threw, or the rule that was running when a limit was passed. A consequence that
     * throws is recorded by {@link RuleFailureHandler} and the others go on; a condition that
     * throws, an error in a consequence and a limit passed end the evaluation of the part, which
     * keeps what was reported before.
     */
    private List<Findings.Emission> fire(RulePart part, List<RuleFailure> failures, List<Explainer.Firing> firings) {
        if (watch.passed() != null) {
            // A limit passed in an earlier part: no rule may fire again.
            return List.of();
        }
        watch.partStarts(part);
        // A pooled session: disposing resets it for the next validation, cheaper than a new one.
        KieSession session = part.sessions().newKieSession();
        Findings findings = new Findings();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                Rule rule = event.getMatch().getRule();
                watch.consequenceStarts(part.rules().get(RuleKey.of(rule)));
                findings.firing(rule.getPackageName(), rule.getName());
                if (firings != null) {
                    firings.add(Explainer.firing(event.getMatch(), findings.size()));
                }
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                watch.consequenceEnds();
            }
        };
        session.addEventListener(listener);
        try {
            // Rules that report nothing need not declare the global (Drools refuses an undeclared one).
            if (part.declaresFindings()) {
                session.setGlobal(GLOBAL, findings);
            }
            // Only what a pattern matches in working memory: the other elements are reached by `from`.
            for (Object fact : facts) {
                if (part.inserted().matches(fact)) {
                    session.insert(fact);
                }
            }
            // A rule whose law does not apply on the contract's legal date, or that the profile does
            // not switch on, never fires; past a limit, none does.
            session.fireAllRules(match -> applies(part.rules().get(RuleKey.of(match.getRule()))) && mayFire(session));
        } catch (RuntimeException conditionFailure) {
            failures.addAll(inConditions(part, conditionFailure));
        } catch (OutOfMemoryError exhausted) {
            // Not recoverable: the memory may be short for anything, reporting included. It reaches
            // the host, which decides, as for any OutOfMemoryError.
            throw exhausted;
        } catch (Error error) {
            // A rule author's error (a recursive function, an assertion, a class that fails to
            // initialise) costs the findings of its rule set, never the validation.
            failures.addAll(watch.inConsequence() ? List.of(stopping(part, watch.runningRule(), error)) : inConditions(part, error));
        } finally {
            // The listener belongs to this validation; the pooled session goes on without it.
            session.removeEventListener(listener);
            session.dispose();
        }
        for (Findings.Failure failure : findings.failures()) {
            failures.add(inConsequence(part, failure));
        }
        if (watch.passed() != null) {
            failures.add(beyondLimit(watch, watch.passed()));
        }
        return findings.emissions();
    }

    /** Whether the next rule may fire within the limits; the engine is halted when they are first passed. */
    private boolean mayFire(KieSession session) {
        boolean within = watch.passed() == null;
        if (watch.mayFire()) {
            return true;
        }
        if (within) {
            // Once: the engine asks again for every match left, and each halt is queued.
            session.halt();
        }
        return false;
    }

    /**
     * The failure of the rule {@code watch} saw running when the validation passed a limit, in
     * the way {@code kind} says: for the firing limit, the rule that fired last; otherwise the rule
     * of the part evaluated whose consequence started last, or none when the evaluation of
     * conditions had started since. Only while a part runs (the watch says so).
     */
    static RuleFailure beyondLimit(RunWatch watch, RuleFailure.Kind kind) {
        boolean lastFired = kind == RuleFailure.Kind.FIRING_LIMIT && watch.lastFiredPart() != null;
        RulePart part = lastFired ? watch.lastFiredPart() : watch.runningPart();
        RuleInfo rule = lastFired ? watch.lastFiredRule()
                : kind == RuleFailure.Kind.STUCK && !watch.inConsequence() ? null : watch.runningRule();
        String limit = kind == RuleFailure.Kind.FIRING_LIMIT ? Long.toString(watch.maxFirings()) : seconds(watch.limits().time());
        return rule == null
                ? new RuleFailure(null, part.origin(), null, ElementPath.root(), limit, kind)
                : new RuleFailure(rule.id(), part.origin(), source(rule), ElementPath.root(), limit, kind);
    }

    /** A duration as people write it: {@code 60 s}, {@code 0.25 s}. */
    static String seconds(Duration duration) {
        return new BigDecimal(duration.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString() + " s";
    }

    /** An error in the consequence of {@code rule} (null when its metadata are not known), which stopped the rules of its part. */
    private RuleFailure stopping(RulePart part, RuleInfo rule, Error error) {
        LOG.warn("cls4j: the rule {} failed with an error in its consequence on contract {}", rule == null ? "?" : rule.id(), contrat.id(),
                error);
        return rule == null
                ? new RuleFailure(null, part.origin(), null, ElementPath.root(), describe(error), RuleFailure.Kind.ERROR_IN_CONSEQUENCE)
                : new RuleFailure(rule.id(), part.origin(), source(rule), ElementPath.root(), describe(error),
                        RuleFailure.Kind.ERROR_IN_CONSEQUENCE);
    }

    private RuleFailure inConsequence(RulePart part, Findings.Failure failure) {
        RuleInfo rule = part.rules().get(new RuleKey(failure.rulePackage(), failure.ruleName()));
        // The most precise element the rule had matched: its conditions go from the contract down.
        ElementPath path = ElementPath.root();
        for (Object matched : failure.matched()) {
            path = paths.getOrDefault(matched, path);
        }
        LOG.warn("cls4j: the rule {} failed in its consequence on {} of contract {}", failure.ruleName(), path, contrat.id(), failure.error());
        return rule == null
                ? new RuleFailure(null, part.origin(), null, path, describe(failure.error()), RuleFailure.Kind.EXCEPTION_IN_CONSEQUENCE)
                : new RuleFailure(rule.id(), part.origin(), source(rule), path, describe(failure.error()),
                        RuleFailure.Kind.EXCEPTION_IN_CONSEQUENCE);
    }

    /**
     * The rules named by the exception of a condition. Drools names them when a constraint throws
     * (one constraint may be shared by several rules); otherwise, e.g. when a {@code from}
     * expression throws, the rule is not known and the failure names the part.
     */
    private List<RuleFailure> inConditions(RulePart part, Throwable exception) {
        LOG.warn("cls4j: a condition failed in the rules of {} on contract {}", part.origin(), contrat.id(), exception);
        Matcher constraint = null;
        for (Throwable t = exception; t != null && constraint == null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : CONSTRAINT.matcher(t.getMessage());
            constraint = m != null && m.find() ? m : null;
        }
        String error = constraint == null ? describe(exception) : "'" + constraint.group(1) + "': " + describe(exception);
        List<RuleFailure> failures = new ArrayList<>();
        if (constraint != null) {
            Matcher names = QUOTED.matcher(constraint.group(2));
            while (names.find()) {
                String name = names.group(1);
                part.rules().values().stream().filter(r -> r.key().name().equals(name))
                        .forEach(r -> failures.add(new RuleFailure(r.id(), part.origin(), source(r), ElementPath.root(), error,
                                RuleFailure.Kind.EXCEPTION_IN_CONDITIONS)));
            }
        }
        if (failures.isEmpty()) {
            failures.add(new RuleFailure(null, part.origin(), null, ElementPath.root(), error, RuleFailure.Kind.EXCEPTION_IN_CONDITIONS));
        }
        return failures;
    }

    private static String source(RuleInfo rule) {
        return rule.line() > 0 ? rule.file() + ":" + rule.line() : rule.file();
    }

    /** The exception at the origin: the class and message a rule author can act on. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private boolean applies(RuleInfo rule) {
        return rule != null && whyNot(rule).isEmpty();
    }

    /** Why {@code rule} is not applied to this contract, if it is not. */
    private Optional<NotApplied.Reason> whyNot(RuleInfo rule) {
        // A rule the profile does not switch on (@enabledBy) never fires.
        if (!rule.isSwitchedOnBy(policy)) {
            return Optional.of(NotApplied.Reason.NOT_SWITCHED_ON);
        }
        // A rule for a concluded contract is not asked of a project (@stage), whatever its dates.
        if (rule.stage() != null && !rule.stage().covers(contrat)) {
            return Optional.of(NotApplied.Reason.NOT_AT_ITS_STAGE);
        }
        // A concluded contract whose day of conclusion is unknown: which law bound it is not known,
        // so no dated rule is applied to it (CLS-CYC-04 says the date is missing).
        if (legalDate == null && concluded) {
            return rule.validity().since() == null && rule.validity().until() == null ? Optional.empty()
                    : Optional.of(NotApplied.Reason.NO_LEGAL_DATE);
        }
        return rule.validity().covers(legalDate) ? Optional.empty() : Optional.of(NotApplied.Reason.OUTSIDE_ITS_DATES);
    }

    /** The rules of every part not applied to this contract, and why, by id. */
    private List<NotApplied> notApplied() {
        List<NotApplied> notApplied = new ArrayList<>();
        for (RulePart part : parts) {
            for (RuleInfo rule : part.rules().values()) {
                whyNot(rule).ifPresent(reason -> notApplied.add(new NotApplied(rule.id(), reason, rule.validity(), legalDate,
                        reason == NotApplied.Reason.NOT_SWITCHED_ON ? rule.enabledBy() : null, rule.stage())));
            }
        }
        notApplied.sort(Comparator.comparing(NotApplied::ruleId));
        return notApplied;
    }

    /** The finding of {@code emission} at each place of its element. */
    private List<Finding> findings(RuleInfo rule, Findings.Emission emission) {
        // An object that is not an element of the contract (a rule's mistake) is reported at the contract.
        List<ElementPath> further = furtherPaths.getOrDefault(emission.element(), List.of());
        List<Finding> findings = new ArrayList<>(1 + further.size());
        List<ElementPath> places = new ArrayList<>(1 + further.size());
        places.add(paths.getOrDefault(emission.element(), ElementPath.root()));
        places.addAll(further);
        for (ElementPath place : places) {
            ElementPath path = emission.property() == null ? place : place.property(emission.property());
            findings.add(texts.of(rule, path, emission.arguments(), context.locale(), legalDate));
        }
        return findings;
    }

    private Optional<WaivedFinding> waiver(Finding finding) {
        // The loader refuses a profile that suppresses a rule of the law; a dérogation is data, shown
        // but without effect on such a rule.
        boolean effective = !lawIds.contains(finding.ruleId());
        Optional<String> suppressed = policy.suppression(finding.ruleId());
        if (suppressed.isPresent()) {
            return Optional.of(new WaivedFinding(finding, WaivedFinding.Source.PROFILE, suppressed.get(), policy.name(), null, effective));
        }
        for (Derogation d : contrat.derogations()) {
            if (d != null && finding.ruleId().equals(d.regle()) && d.justification() != null && covers(d.chemin(), finding.path())) {
                return Optional.of(new WaivedFinding(finding, WaivedFinding.Source.DEROGATION, d.justification(), d.accordeePar(), d.date(),
                        effective));
            }
        }
        return Optional.empty();
    }

    /** Whether a dérogation's path covers {@code path}; a malformed one covers nothing, so the finding stays. */
    private static boolean covers(String waivedPath, ElementPath path) {
        if (waivedPath == null || waivedPath.isBlank()) {
            return true;
        }
        try {
            return path.startsWith(ElementPath.parse(waivedPath));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
