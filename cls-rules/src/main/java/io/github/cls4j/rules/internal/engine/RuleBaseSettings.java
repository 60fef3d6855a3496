package io.github.cls4j.rules.internal.engine;

import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * The configuration of every rule base of cls4j, bundled or compiled from a rule author's folder.
 */
public final class RuleBaseSettings {

    private RuleBaseSettings() {
    }

    /**
     * A new configuration: {@link RuleFailureHandler} for consequences that throw, and a rule base
     * that is never changed once built.
     *
     * <p>Immutable because cls4j never adds or removes rules in a built rule base (a reload builds
     * a new one), and because Drools then keeps each session's facts in one identity map instead of
     * a store per class, which it makes again after every reset and links to the stores of the
     * fact's supertypes: about a tenth of a typical validation (issue 23, tenth step).
     */
    public static KieBaseConfiguration kieBaseConfiguration() {
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return configuration;
    }
}
