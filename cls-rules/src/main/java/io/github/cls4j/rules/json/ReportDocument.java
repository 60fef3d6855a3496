package io.github.cls4j.rules.json;

import java.util.List;
import java.util.Map;

/**
 * A report in cls4j's public JSON form, the one {@code cls validate --format json} writes: plain
 * texts, numbers, booleans, lists and maps, so that any JSON library writes it the same (Jackson 2
 * or 3, as Spring Boot 3 or 4 configures it, or another). Days are ISO texts ({@code 2023-06-30}),
 * paths are texts in the notation of the reports ({@code axes[1].objectifs[0]}; empty for the
 * contract itself), enums are their names. Every key is always present, {@code null} when it has
 * no value. Its JSON Schema is {@link ReportJson#SCHEMA_RESOURCE}.
 *
 * @param contract the contract's id as written in it, or {@code null}
 * @param valid whether no finding is an error and every rule ran
 * @param complete whether every rule ran to its end
 * @param profile the profile applied
 * @param asOf the day the check was made for, or {@code null}
 * @param legalDate the day the law was judged on, or {@code null}
 * @param ruleSetVersion the version of the rules, and the folders loaded at run time
 * @param summary the number of findings of each severity: {@code ERROR}, {@code WARNING}, {@code INFO}
 * @param findings the findings that count, in report order
 * @param waived the findings waived by a dérogation or the profile
 * @param notApplied the rules not applied to the contract, and why
 */
public record ReportDocument(String contract, boolean valid, boolean complete, String profile, String asOf, String legalDate,
        String ruleSetVersion, Map<String, Integer> summary, List<Finding> findings, List<Waived> waived, List<NotApplied> notApplied) {

    /**
     * One finding.
     *
     * @param ruleId its rule, e.g. {@code CLS-LEG-01}
     * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
     * @param path the element it concerns; empty for the contract
     * @param message its message, in the language of the validation
     * @param reference the source its rule encodes
     * @param explanation why, when the validation was asked to explain; {@code null} otherwise
     */
    public record Finding(String ruleId, String severity, String path, String message, Reference reference, Explanation explanation) {
    }

    /**
     * The source a rule encodes.
     *
     * @param id its key in the references
     * @param title its title
     * @param article the article, or {@code null}
     * @param url where to read it, or {@code null}
     */
    public record Reference(String id, String title, String article, String url) {
    }

    /**
     * A finding waived, and why.
     *
     * @param finding the finding
     * @param justification why it is waived
     * @param effective {@code false} for a dérogation to a rule of the law, whose finding stays among the findings
     */
    public record Waived(Finding finding, String justification, boolean effective) {
    }

    /**
     * A rule not applied to the contract.
     *
     * @param ruleId the rule
     * @param reason {@code NOT_SWITCHED_ON}, {@code NOT_AT_ITS_STAGE}, {@code OUTSIDE_ITS_DATES} or {@code NO_LEGAL_DATE}
     * @param since the first day of the rule, or {@code null}
     * @param until the last day of the rule, or {@code null}
     * @param legalDate the day the contract was judged on, or {@code null}
     * @param parameter the profile parameter that would switch it on, for {@code NOT_SWITCHED_ON}
     * @param stage the stage the rule is for ({@code CONCLU}, {@code PROJET}), or {@code null}
     */
    public record NotApplied(String ruleId, String reason, String since, String until, String legalDate, String parameter, String stage) {
    }

    /**
     * Why a rule made a finding.
     *
     * @param legalDate the day the law was judged on, or {@code null}
     * @param asOf the day of the check, when the rule read it, or {@code null}
     * @param profile the profile applied
     * @param parameters the profile parameters the rule used
     * @param facts the elements it matched or looked through, with the values it read
     * @param variables the values it bound
     * @param referenceData the reference data it matched
     */
    public record Explanation(String legalDate, String asOf, String profile, Map<String, String> parameters, List<Fact> facts,
            List<Value> variables, List<Data> referenceData) {
    }

    /**
     * An element a rule read.
     *
     * @param path where it is; empty for the contract
     * @param type its type, e.g. {@code Signataire}
     * @param values what the rule read of it
     */
    public record Fact(String path, String type, List<Value> values) {
    }

    /**
     * A value read or bound.
     *
     * @param name the property or variable
     * @param value the value as a reader needs it
     */
    public record Value(String name, String value) {
    }

    /**
     * Reference data a rule matched.
     *
     * @param kind {@code PRS}, {@code OBJECTIF_PRS}, {@code GEOGRAPHIE}, {@code COMMUNE} or {@code EPCI}
     * @param id its id, or {@code null}
     * @param edition which edition, or {@code null}
     * @param source where the data come from, or {@code null}
     */
    public record Data(String kind, String id, String edition, String source) {
    }
}
