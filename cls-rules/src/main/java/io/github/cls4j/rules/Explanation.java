package io.github.cls4j.rules;

import io.github.cls4j.core.path.ElementPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a rule made a finding: the elements of the contract it matched and the values its
 * conditions read of them, the values it bound, the profile parameters and reference data it
 * used, and the day it was judged on. A finding carries one only when the host asked for it
 * ({@link ValidationContext#withExplanations()}), since gathering it costs time.
 *
 * <p>What a rule read is taken from its conditions as written: each property its conditions name
 * on a fact it matched, and, for a condition that no element may meet ({@code not},
 * {@code exists}, {@code forall}, {@code accumulate}) over a list of the contract, each element of
 * that list with the properties the condition names. A value is written as a reader needs it: a
 * text in quotes, a code, an enum, a number or a day as they are, an element of the contract by
 * its path, a list by its items (the first {@value #MOST_ITEMS}, then how many).
 *
 * @param legalDate the day the law was judged on ({@link ValidationReport#legalDate()}), or
 *     {@code null} when not known
 * @param asOf the day of the check, when the rule read it (a rule about what is due by a day);
 *     {@code null} otherwise
 * @param profile the name of the profile applied
 * @param parameters the profile parameters the rule used: the one that switches it on
 *     ({@code @enabledBy}), and those its conditions matched, by name
 * @param facts the elements of the contract the rule matched or looked through, in the order of its
 *     conditions
 * @param variables the values the rule bound ({@code $total : sum(...)}) that are not elements
 * @param referenceData the reference data it matched: PRS versions and their objectives, the
 *     edition of the official geography
 */
public record Explanation(LocalDate legalDate, LocalDate asOf, String profile, Map<String, String> parameters, List<Fact> facts,
        List<Value> variables, List<Data> referenceData) {

    /** The items of a list a value shows, before it says how many there are. */
    public static final int MOST_ITEMS = 5;

    /**
     * An element of the contract a rule matched, and what it read of it.
     *
     * @param path where it is in the contract
     * @param type its type, e.g. {@code Signataire}
     * @param values the properties the rule's conditions read, in the order they are written
     */
    public record Fact(ElementPath path, String type, List<Value> values) {

        /** Checks that nothing is missing and copies the values. */
        public Fact {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
        }
    }

    /**
     * A value a rule read or bound.
     *
     * @param name the property as a condition names it ({@code participation.usagers},
     *     {@code estConclu()}) or the variable ({@code $total})
     * @param value the value as a reader needs it: {@code null}, {@code "Arras"}, {@code SIGNE},
     *     {@code 2023-03-01}, {@code signataires[2]}, {@code [SOINS, PREVENTION]}
     */
    public record Value(String name, String value) {

        /** Checks that both are given. */
        public Value {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** What reference data is. */
    public enum DataKind {
        /** A version of a region's projet régional de santé. */
        PRS,
        /** An objective of a PRS version. */
        OBJECTIF_PRS,
        /** The edition of the official geography the territory was judged against. */
        GEOGRAPHIE,
        /** A commune of the territory, as an edition of the geography knows it. */
        COMMUNE,
        /** The EPCI of the territory, as an edition of the geography knows it. */
        EPCI
    }

    /**
     * Reference data a rule matched.
     *
     * @param kind what it is
     * @param id its id: the PRS version ({@code HDF-PRS-2018-2028}), the objective's code, the
     *     commune's INSEE code, the EPCI's SIREN; {@code null} for an edition of the geography
     * @param edition which edition: the PRS version's days ({@code 2018-07-05/2028-07-04}, a side
     *     unknown written {@code ..}), the PRS version of an objective, the year of the geography
     * @param source where the data come from: the data of cls-rules or the folder that replaces
     *     them, the package of the geography
     */
    public record Data(DataKind kind, String id, String edition, String source) {

        /** Checks that the kind is given. */
        public Data {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Checks that the profile is given and copies the lists. */
    public Explanation {
        Objects.requireNonNull(profile, "profile");
        parameters = Map.copyOf(parameters);
        facts = List.copyOf(facts);
        variables = List.copyOf(variables);
        referenceData = List.copyOf(referenceData);
    }
}
