package io.github.cls4j.rules.exemples;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.rules.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The examples of every rule of the catalogue. Each theme adds its own; an example starts from
 * {@link Exemples#builder()} and changes what it needs.
 */
public final class Catalogue {

    private final List<Exemple> exemples = new ArrayList<>();

    private Catalogue() {
    }

    /** Every example. */
    public static List<Exemple> exemples() {
        Catalogue catalogue = new Catalogue();
        LoiExemples.define(catalogue);
        PrsExemples.define(catalogue);
        GouvernanceExemples.define(catalogue);
        CycleExemples.define(catalogue);
        ActionExemples.define(catalogue);
        TerritoireExemples.define(catalogue);
        GeographieExemples.define(catalogue);
        StructureExemples.define(catalogue);
        return List.copyOf(catalogue.exemples);
    }

    /** Starts the examples of {@code ruleId}, checked as of {@link Exemples#CONTROLE} under the region's profile. */
    Regle regle(String ruleId) {
        return new Regle(ruleId, ValidationContext.asOf(Exemples.CONTROLE));
    }

    /** The examples of one rule, under one context until {@link #sous} changes it. */
    final class Regle {

        private final String ruleId;
        private ValidationContext context;

        private Regle(String ruleId, ValidationContext context) {
            this.ruleId = ruleId;
            this.context = context;
        }

        /** The examples that follow are checked under {@code other}. */
        Regle sous(ValidationContext other) {
            this.context = other;
            return this;
        }

        /** The examples that follow are checked under the profile {@code name}. */
        Regle profil(String name) {
            return sous(context.withProfile(name));
        }

        /** The examples that follow are checked as of {@code day}, or without a day when {@code null}. */
        Regle auJour(LocalDate day) {
            return sous(context.withAsOf(day));
        }

        /** The rule fires on the contract {@code change} makes, at {@code path}. */
        Regle declenche(String name, UnaryOperator<ContratLocalSante.Builder> change, String path) {
            exemples.add(new Exemple(ruleId, true, name, change.apply(Exemples.builder()).build(), context, path));
            return this;
        }

        /** The rule does not fire on the contract {@code change} makes. */
        Regle epargne(String name, UnaryOperator<ContratLocalSante.Builder> change) {
            exemples.add(new Exemple(ruleId, false, name, change.apply(Exemples.builder()).build(), context, null));
            return this;
        }
    }
}
