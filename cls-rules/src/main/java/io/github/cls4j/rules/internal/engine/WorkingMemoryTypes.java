package io.github.cls4j.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;

/**
 * The classes a rule base matches in working memory: those of its object type nodes, one for each
 * type that a pattern matches without {@code from}. Most rules walk the contract from its root
 * ({@code Objectif(...) from $axe.objectifs}), so most elements of a contract are matched by no
 * node: inserting them costs a fact handle, a lock and a propagation each, and can make no rule
 * fire. A validation inserts only the facts some node matches; the others are still reached
 * through {@code from}, and still have their paths.
 */
final class WorkingMemoryTypes {

    private final List<Class<?>> matched;
    /** A node of a type that is not a class (a Drools declared type, a template): every fact is inserted. */
    private final boolean everything;
    private final ClassValue<Boolean> byClass = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return everything || matched.stream().anyMatch(m -> m.isAssignableFrom(type));
        }
    };

    private WorkingMemoryTypes(List<Class<?>> matched, boolean everything) {
        this.matched = List.copyOf(matched);
        this.everything = everything;
    }

    /** The types {@code kieBase}'s default entry point matches. */
    static WorkingMemoryTypes of(KieBase kieBase) {
        List<Class<?>> matched = new ArrayList<>();
        boolean everything = !(kieBase instanceof InternalRuleBase);
        if (!everything) {
            for (ObjectType type : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet()) {
                if (type instanceof ClassObjectType classType) {
                    matched.add(classType.getClassType());
                } else {
                    everything = true;
                }
            }
        }
        return new WorkingMemoryTypes(matched, everything);
    }

    /** Whether some node matches {@code fact}, which is then worth inserting. */
    boolean matches(Object fact) {
        return matchesType(fact.getClass());
    }

    /** Whether some node matches the facts of {@code type}. */
    boolean matchesType(Class<?> type) {
        return byClass.get(type);
    }
}
