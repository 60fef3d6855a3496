package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Explanation;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.facts.CommuneDuTerritoire;
import io.github.cls4j.rules.facts.DateDuControle;
import io.github.cls4j.rules.facts.EditionGeographique;
import io.github.cls4j.rules.facts.EpciDuTerritoire;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.Parametre;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.rule.RuleReads;
import io.github.cls4j.rules.internal.structure.StructuralCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.runtime.rule.Match;

/**
 * The explanations of one validation's findings, made only when the host asks for them: the
 * engine keeps each firing's matched facts and bound values ({@link #firing}), and each finding
 * it reported is explained from them, with what the rule's conditions read ({@link RuleReads}).
 */
final class Explainer {

    /** The elements of a list looked through that an explanation shows. */
    static final int MOST_LOOKED = 10;
    /** The prefix Drools gives the variables it makes for patterns without one. */
    private static final String GENERATED = "GENERATED_";

    /**
     * What a rule had matched when it fired.
     *
     * @param from the number of findings reported before it: those it reports come after
     * @param objects the facts it matched, in the order of its conditions
     * @param declarations the values of its variables, by name
     */
    record Firing(int from, List<Object> objects, Map<String, Object> declarations) {
    }

    private final Map<Object, ElementPath> paths;
    private final ValidationPolicy policy;
    private final LocalDate legalDate;
    private final String referenceSource;
    private final EditionGeographique edition;
    private final ValueText text;

    /**
     * The explainer of a validation whose elements are at {@code paths}, under {@code policy}, judged
     * on {@code legalDate}, with reference data from {@code referenceSource} and the geography of
     * {@code edition} ({@code null} when the territory was not judged against it).
     */
    Explainer(Map<Object, ElementPath> paths, ValidationPolicy policy, LocalDate legalDate, String referenceSource,
            EditionGeographique edition) {
        this.paths = paths;
        this.policy = policy;
        this.legalDate = legalDate;
        this.referenceSource = referenceSource;
        this.edition = edition;
        this.text = new ValueText(paths);
    }

    /** What {@code match} holds as its rule fires, after {@code reported} findings. */
    static Firing firing(Match match, int reported) {
        Map<String, Object> declarations = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            if (!id.startsWith(GENERATED)) {
                declarations.put(id, match.getDeclarationValue(id));
            }
        }
        return new Firing(reported, new ArrayList<>(match.getObjects()), declarations);
    }

    /** Why {@code rule}, which reads {@code reads}, reported what it did when it fired as {@code firing}. */
    Explanation of(RuleInfo rule, RuleReads.Reads reads, Firing firing) {
        Gathered gathered = new Gathered();
        if (rule.enabledBy() != null) {
            gathered.parameters.put(rule.enabledBy(), policy.parameters().get(rule.enabledBy()));
        }
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object matched : firing.objects()) {
            if (matched != null && shown.add(matched)) {
                fact(matched, reads, gathered);
            }
        }
        for (RuleReads.LookedThrough looked : reads.lookedThrough()) {
            Object owner = firing.declarations().get(looked.variable());
            Object list = owner == null ? null : text.read(owner, looked.chain()).value();
            for (Object item : items(list)) {
                if (item != null && item.getClass().getSimpleName().equals(looked.itemType()) && shown.add(item)) {
                    fact(item, reads, gathered);
                }
            }
        }
        firing.declarations().forEach((name, value) -> {
            // A variable bound to what a condition read ($presidents : coPresidents) is shown once, as read.
            boolean elementShown = paths.containsKey(value) && shown.contains(value);
            if (value == null || !elementShown && !gathered.read.contains(value) && !isReference(value)) {
                gathered.variables.add(new Explanation.Value(name, text.of(value)));
            } else if (isReference(value) && shown.add(value)) {
                reference(value, gathered);
            }
        });
        return gathered.explanation();
    }

    /** Why a constraint of the model's shape was broken: the value, on the element that holds it. */
    Explanation of(StructuralCheck.Violation violation) {
        Gathered gathered = new Gathered();
        ElementPath path = violation.element() == null ? null : paths.get(violation.element());
        if (path != null) {
            // The violation's path is the element's, then the property that holds the value.
            String full = violation.path().toString();
            String own = path.toString();
            String name = full.startsWith(own) ? full.substring(own.length()) : full;
            name = name.startsWith(".") ? name.substring(1) : name;
            gathered.facts.add(new Explanation.Fact(path, violation.element().getClass().getSimpleName(),
                    List.of(new Explanation.Value(name.isEmpty() ? ValueText.path(path) : name, text.of(violation.value())))));
        }
        return gathered.explanation();
    }

    private void fact(Object matched, RuleReads.Reads reads, Gathered gathered) {
        ElementPath path = paths.get(matched);
        if (path == null) {
            reference(matched, gathered);
            return;
        }
        Map<String, ValueText.Read> values = new LinkedHashMap<>();
        for (String chain : reads.of(matched.getClass())) {
            ValueText.Read read = text.read(matched, chain);
            values.putIfAbsent(read.name(), read);
        }
        List<Explanation.Value> read = new ArrayList<>();
        values.forEach((name, value) -> {
            // gouvernance beside gouvernance.comitePilotage says nothing more: the longer chain was read on it.
            boolean readFurther = value.value() != null && values.keySet().stream().anyMatch(other -> other.startsWith(name + "."));
            if (!readFurther) {
                read.add(new Explanation.Value(name, text.of(value.value())));
                gathered.read.add(value.value());
            }
        });
        gathered.facts.add(new Explanation.Fact(path, matched.getClass().getSimpleName(), read));
    }

    private static boolean isReference(Object value) {
        return value instanceof Parametre || value instanceof DateDuControle || value instanceof ProjetRegionalSante || value instanceof ObjectifPrs
                || value instanceof EditionGeographique || value instanceof CommuneDuTerritoire || value instanceof EpciDuTerritoire;
    }

    /** Records the reference fact {@code value}; anything else (an accumulate's result) is a bound value, shown as such. */
    private void reference(Object value, Gathered gathered) {
        String geography = edition == null ? null : edition.source();
        if (value instanceof Parametre p) {
            gathered.parameters.put(p.nom(), p.valeur());
        } else if (value instanceof DateDuControle d) {
            gathered.asOf = d.jour();
        } else if (value instanceof ProjetRegionalSante p) {
            gathered.data(new Explanation.Data(Explanation.DataKind.PRS, p.id(), side(p.debut()) + "/" + side(p.fin()), referenceSource));
        } else if (value instanceof ObjectifPrs o) {
            gathered.data(new Explanation.Data(Explanation.DataKind.OBJECTIF_PRS, o.code(), o.prs(), referenceSource));
        } else if (value instanceof EditionGeographique e) {
            gathered.data(new Explanation.Data(Explanation.DataKind.GEOGRAPHIE, null, Integer.toString(e.annee()), e.source()));
        } else if (value instanceof CommuneDuTerritoire c) {
            gathered.data(new Explanation.Data(Explanation.DataKind.COMMUNE, c.code(), Integer.toString(c.edition()), geography));
        } else if (value instanceof EpciDuTerritoire e) {
            gathered.data(new Explanation.Data(Explanation.DataKind.EPCI, e.siren(), Integer.toString(e.edition()), geography));
        }
    }

    private static String side(LocalDate day) {
        return day == null ? ".." : day.toString();
    }

    /** The items of a list, or the value itself when it is one element. */
    private static Iterable<?> items(Object list) {
        if (list instanceof Collection<?> items) {
            return items.stream().limit(MOST_LOOKED).toList();
        }
        return list == null ? List.of() : List.of(list);
    }

    /** What an explanation gathers as the facts of a firing are gone through. */
    private final class Gathered {
        private final Map<String, String> parameters = new TreeMap<>();
        private final List<Explanation.Fact> facts = new ArrayList<>();
        private final List<Explanation.Value> variables = new ArrayList<>();
        private final List<Explanation.Data> data = new ArrayList<>();
        /** The values read on the facts, which a variable bound to them does not repeat. */
        private final Set<Object> read = Collections.newSetFromMap(new IdentityHashMap<>());
        private LocalDate asOf;

        void data(Explanation.Data datum) {
            if (!data.contains(datum)) {
                data.add(datum);
            }
        }

        Explanation explanation() {
            // A parameter the profile does not set is shown as unset, never left out.
            Map<String, String> set = new TreeMap<>();
            parameters.forEach((name, value) -> set.put(name, Objects.toString(value, "null")));
            return new Explanation(legalDate, asOf, policy.name(), set, facts, variables, data);
        }
    }
}
