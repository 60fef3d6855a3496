package io.github.cls4j.rules.portfolio;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Subject;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Measures the contracts of a region together on a day: their {@link Coverage}, a summary of each
 * (verdict, mental-health component, CLSM, coordination, evaluations, indicators) and the
 * portfolio checks (candidate POR-02 of docs/domaine.md keeps its number; POR-01, the share of
 * the population covered, is a figure of the coverage, not a check). The checks are rules like
 * the others: their metadata ({@code portefeuille/regles.json}), messages, catalogue rows and
 * severities under a profile are the validator's ({@link ContractValidator#finding}); this class
 * only decides when each fires, on the figures of the region:
 *
 * <ul>
 *   <li>{@code CLS-POR-02}: the priority territories are covered below the target of the region's
 *       profile (its parameter {@value #TARGET_PARAMETER}, in percent);</li>
 *   <li>{@code CLS-POR-03}: a commune is in the territory of several contracts that cover it (no
 *       source forbids it, hence an information);</li>
 *   <li>{@code CLS-POR-04}: a QPV of the reference data is covered by no contract;</li>
 *   <li>{@code CLS-POR-05}: no commune of a PRAPS territory is covered;</li>
 *   <li>{@code CLS-POR-06}: a contract is given more than once (one file twice, or one id in two
 *       files); it is counted once.</li>
 * </ul>
 *
 * <p>The region's profile applies (the checks of a regional guidance run only under it), on the
 * portfolio's day. Thread-safe; build one per validator.
 */
public final class Portfolio {

    /** The profile parameter of the share of the priority territories' population a region aims to cover, in percent. */
    public static final String TARGET_PARAMETER = ValidationPolicy.COVERAGE_TARGET;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ContractValidator validator;
    /** Where the contracts are validated: on the threads of a host's executor, or on the caller's. */
    private final BiFunction<List<ContratLocalSante>, ValidationContext, List<ValidationReport>> validations;

    /**
     * A portfolio whose contracts {@code validator} validates, on the calling thread, with the
     * profiles it has.
     */
    public Portfolio(ContractValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.validations = validator::validateAll;
    }

    /**
     * A portfolio whose contracts {@code validator} validates on the threads of {@code executor},
     * as {@link ContractValidator#validateAll(List, ValidationContext, Executor)} does: a rule that
     * never yields costs a thread of the executor, not the portfolio.
     */
    public Portfolio(ContractValidator validator, Executor executor) {
        this.validator = Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(executor, "executor");
        this.validations = (contrats, context) -> validator.validateAll(contrats, context, executor);
    }

    /**
     * The report on the contracts of {@code region} among {@code contrats} on {@code asOf}, with
     * {@code data} as reference data, in French.
     */
    public PortfolioReport report(Region region, Collection<ContratLocalSante> contrats, TerritorialData data, LocalDate asOf) {
        return report(region, contrats, data, asOf, Locale.FRENCH);
    }

    /** The same report, its messages and those of the validations in {@code locale}. */
    public PortfolioReport report(Region region, Collection<ContratLocalSante> contrats, TerritorialData data, LocalDate asOf,
            Locale locale) {
        Objects.requireNonNull(region, "region");
        List<ContratLocalSante> ofRegion = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (ContratLocalSante contrat : contrats) {
            if (Regions.of(contrat).orElse(null) == region) {
                ofRegion.add(contrat);
            } else {
                others.add(String.valueOf(contrat.id()));
            }
        }
        return measure(region, ofRegion, others, data, asOf, locale);
    }

    /**
     * The report of each region among {@code contrats} on {@code asOf}, in the order of the
     * regions' codes, and the contracts that name no region: the contracts are grouped by region
     * once, here, and each group is measured as {@link #report} measures a region's.
     */
    public PortfolioReports reports(Collection<ContratLocalSante> contrats, TerritorialData data, LocalDate asOf, Locale locale) {
        Map<Region, List<ContratLocalSante>> byRegion = new EnumMap<>(Region.class);
        List<PortfolioReports.LeftOut> leftOut = new ArrayList<>();
        for (ContratLocalSante contrat : contrats) {
            Optional<Region> region = Regions.of(contrat);
            if (region.isPresent()) {
                byRegion.computeIfAbsent(region.get(), r -> new ArrayList<>()).add(contrat);
            } else {
                leftOut.add(new PortfolioReports.LeftOut(contrat, contrat.region() == null
                        ? PortfolioReports.Reason.REGION_MISSING : PortfolioReports.Reason.REGION_UNKNOWN));
            }
        }
        List<PortfolioReport> reports = byRegion.entrySet().stream()
                .map(e -> measure(e.getKey(), e.getValue(), List.of(), data, asOf, locale)).toList();
        return new PortfolioReports(reports, leftOut);
    }

    /** The report on {@code ofRegion}, contracts of {@code region} all; {@code others} those given of no such region. */
    private PortfolioReport measure(Region region, List<ContratLocalSante> ofRegion, List<String> others, TerritorialData data,
            LocalDate asOf, Locale locale) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(asOf, "asOf");
        // A contract given twice (one file twice, or one id in two files) is counted once, and said.
        Map<String, Integer> repeated = new TreeMap<>();
        List<ContratLocalSante> distinct = distinct(ofRegion, repeated);
        Coverage coverage = Coverage.measure(region, distinct, data, asOf, target(region));
        ValidationContext context = ValidationContext.asOf(asOf).withLocale(locale);
        List<ValidationReport> validated = validations.apply(distinct, context);
        List<ContractSummary> summaries = new ArrayList<>(distinct.size());
        for (int i = 0; i < distinct.size(); i++) {
            summaries.add(ContractSummary.of(distinct.get(i), validated.get(i), asOf));
        }
        List<Finding> findings = new ArrayList<>();
        Checks checks = new Checks(validator, region, context, findings);
        repeated.forEach((id, times) -> checks.fire("CLS-POR-06", Subject.ofContract(id), id, String.valueOf(times)));
        findings.addAll(findings(region, distinct, coverage, data, context));
        return new PortfolioReport(region, asOf, coverage, summaries, findings, others);
    }

    /**
     * The contracts of {@code contrats} once each, by id (by equality for one without an id), in
     * the order given; adds to {@code repeated} each id given more than once, with how many times.
     */
    private static List<ContratLocalSante> distinct(List<ContratLocalSante> contrats, Map<String, Integer> repeated) {
        Map<Object, Integer> seen = new LinkedHashMap<>();
        List<ContratLocalSante> distinct = new ArrayList<>();
        for (ContratLocalSante contrat : contrats) {
            Object key = contrat.id() == null ? contrat : contrat.id();
            int times = seen.merge(key, 1, Integer::sum);
            if (times == 1) {
                distinct.add(contrat);
            } else {
                repeated.put(String.valueOf(contrat.id()), times);
            }
        }
        return distinct;
    }

    /** The target of the region's profile, as a share; {@code null} when it sets none. */
    private BigDecimal target(Region region) {
        String code = region.code();
        return validator.profiles().values().stream().filter(p -> code.equals(p.region()))
                .map(ValidationPolicy::parameters).map(p -> p.get(TARGET_PARAMETER)).filter(Objects::nonNull)
                .map(percent -> new BigDecimal(percent.trim()).divide(HUNDRED)).findFirst().orElse(null);
    }

    private List<Finding> findings(Region region, List<ContratLocalSante> contrats, Coverage coverage, TerritorialData data,
            ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        Checks checks = new Checks(validator, region, context, findings);
        if (coverage.targetMet().orElse(true).equals(false)) {
            checks.fire("CLS-POR-02", Subject.Territory.Kind.REGION, region.code(),
                    percent(coverage.priorityShare().orElseThrow()), percent(coverage.priorityTarget()));
        }
        overlaps(contrats, coverage.asOf()).forEach((commune, ids) ->
                checks.fire("CLS-POR-03", Subject.Territory.Kind.COMMUNE, commune, designation(data, commune), String.join(", ", ids)));
        data.qpv(region).stream().filter(q -> !coverage.qpvCovered().contains(q.code())).forEach(q ->
                checks.fire("CLS-POR-04", Subject.Territory.Kind.QPV, q.code().value(), q.code().value(), q.nom()));
        data.praps(region).stream().filter(t -> t.communes().stream().noneMatch(coverage.communesCovered()::contains)).forEach(t ->
                checks.fire("CLS-POR-05", Subject.Territory.Kind.PRAPS, t.id(), t.id(), t.nom()));
        return findings;
    }

    /** The commune for a reader: {@code Arras (62041)} where the data name it, else its code. */
    private static String designation(TerritorialData data, String code) {
        return data.commune(CodeCommune.of(code)).map(c -> c.nom() == null ? code : c.nom() + " (" + code + ")").orElse(code);
    }

    /** The checks of one region's report: each firing becomes the validator's finding, if the rule runs. */
    private record Checks(ContractValidator validator, Region region, ValidationContext context, List<Finding> findings) {

        void fire(String ruleId, Subject.Territory.Kind kind, String code, String... arguments) {
            fire(ruleId, Subject.of(kind, code), arguments);
        }

        void fire(String ruleId, Subject subject, String... arguments) {
            validator.finding(ruleId, subject, List.of(arguments), context, region.code()).ifPresent(findings::add);
        }
    }

    /** The communes in the territories of several covering contracts, with their ids, in code order. */
    private static Map<String, List<String>> overlaps(List<ContratLocalSante> contrats, LocalDate asOf) {
        Map<String, List<String>> byCommune = new TreeMap<>();
        for (ContratLocalSante contrat : contrats) {
            boolean covers = Stade.of(contrat, asOf).map(Stade::couvre).orElse(false);
            if (covers && contrat.territoire() != null) {
                for (CodeCommune commune : contrat.territoire().communes()) {
                    byCommune.computeIfAbsent(commune.value(), c -> new ArrayList<>()).add(String.valueOf(contrat.id()));
                }
            }
        }
        byCommune.values().removeIf(ids -> ids.size() < 2);
        return byCommune;
    }

    private static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
