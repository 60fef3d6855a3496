package io.github.cls4j.rules.internal;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Derogation;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.path.Located;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.Validity;
import io.github.cls4j.rules.WaivedFinding;
import io.github.cls4j.rules.facts.DateDuControle;
import io.github.cls4j.rules.facts.Findings;
import io.github.cls4j.rules.facts.Parametre;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One validation of one contract: Bean Validation, then each rule base in a session of its own
 * on the same facts, then the profile and the contract's dérogations. Nothing here is shared
 * between threads but the immutable {@link RuleBase}.
 */
final class ValidationRun {

    private static final String GLOBAL = "findings";

    private final RuleBase rules;
    private final ContratLocalSante contrat;
    private final ValidationContext context;
    private final ValidationPolicy policy;
    private final LocalDate legalDate;
    private final Map<Object, ElementPath> paths = new IdentityHashMap<>();
    private final List<Object> facts = new ArrayList<>();

    ValidationRun(RuleBase rules, ContratLocalSante contrat, ValidationContext context) {
        this.rules = rules;
        this.contrat = contrat;
        this.context = context;
        this.policy = rules.policy(context.profile(), contrat);
        this.legalDate = LegalDate.of(contrat, context.asOf());
        for (Located<?> located : ContractElements.of(contrat).all()) {
            paths.putIfAbsent(located.element(), located.path());
            facts.add(located.element());
        }
        if (context.asOf() != null) {
            facts.add(new DateDuControle(context.asOf()));
        }
        policy.parameters().forEach((name, value) -> facts.add(new Parametre(name, value)));
        facts.addAll(rules.referenceFacts());
    }

    ValidationReport report() {
        Set<Finding> found = new LinkedHashSet<>();
        for (StructuralCheck.Violation v : rules.structuralCheck().check(contrat, context.locale())) {
            found.add(new Finding(v.ruleId(), Severity.ERROR, v.path(), v.message(), v.messageKey(), List.of(),
                    rules.reference(RuleBase.STRUCTURE_REFERENCE), Validity.ALWAYS));
        }
        for (RulePart part : rules.parts()) {
            for (Findings.Emission emission : fire(part)) {
                found.add(finding(part.rules().get(new RuleKey(emission.rulePackage(), emission.ruleName())), emission));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        for (Finding raw : found) {
            Finding finding = raw.withSeverity(policy.severityOf(raw.ruleId(), raw.severity()));
            Optional<WaivedFinding> waiver = waiver(finding);
            if (waiver.isPresent()) {
                waived.add(waiver.get());
            } else {
                findings.add(finding);
            }
        }
        return new ValidationReport(contrat.id(), policy.name(), rules.version(), context.asOf(), legalDate, findings, waived);
    }

    private List<Findings.Emission> fire(RulePart part) {
        // A pooled session: disposing resets it for the next validation, cheaper than a new one.
        KieSession session = part.sessions().newKieSession();
        Findings findings = new Findings();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                findings.firing(event.getMatch().getRule().getPackageName(), event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        try {
            session.setGlobal(GLOBAL, findings);
            facts.forEach(session::insert);
            // A rule whose law does not apply on the contract's legal date never fires.
            session.fireAllRules(match -> applies(part.rules().get(RuleKey.of(match.getRule()))));
            return findings.emissions();
        } finally {
            // The listener belongs to this validation; the pooled session goes on without it.
            session.removeEventListener(listener);
            session.dispose();
        }
    }

    private boolean applies(RuleInfo rule) {
        return rule != null && rule.validity().covers(legalDate);
    }

    private Finding finding(RuleInfo rule, Findings.Emission emission) {
        // An object that is not an element of the contract (a rule's mistake) is reported at the contract.
        ElementPath path = paths.getOrDefault(emission.element(), ElementPath.root());
        if (emission.property() != null) {
            path = path.property(emission.property());
        }
        Messages messages = rules.messages();
        return new Finding(rule.id(), rule.severity(), path, messages.message(rule.id(), context.locale(), emission.arguments()),
                rule.id() + Messages.MESSAGE, emission.arguments(), rules.reference(rule.referenceId()), rule.validity());
    }

    private Optional<WaivedFinding> waiver(Finding finding) {
        Optional<String> suppressed = policy.suppression(finding.ruleId());
        if (suppressed.isPresent()) {
            return Optional.of(new WaivedFinding(finding, WaivedFinding.Source.PROFILE, suppressed.get(), policy.name(), null));
        }
        for (Derogation d : contrat.derogations()) {
            if (d != null && finding.ruleId().equals(d.regle()) && d.justification() != null && covers(d.chemin(), finding.path())) {
                return Optional.of(new WaivedFinding(finding, WaivedFinding.Source.DEROGATION, d.justification(), d.accordeePar(), d.date()));
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
