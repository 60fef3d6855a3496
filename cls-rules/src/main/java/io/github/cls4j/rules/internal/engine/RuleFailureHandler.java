package io.github.cls4j.rules.internal.engine;

import io.github.cls4j.rules.facts.Findings;
import java.util.Objects;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Records a consequence that throws in the validation's {@link Findings}, and lets the engine go on
 * with the other rules. Drools's own handler rethrows, which would end the validation and lose
 * every finding; a rule author's bug must cost only that rule's findings.
 *
 * <p>Public only because Drools instantiates it by name, once per session; it holds no state, the
 * validation's state being the session's {@code findings} global.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {

    /** Called by Drools. */
    public RuleFailureHandler() {
    }

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Findings findings = (Findings) ((KieRuntime) runtime).getGlobal(ValidationRun.GLOBAL);
        Objects.requireNonNull(findings, "the findings global of the session");
        findings.failed(match.getRule().getPackageName(), match.getRule().getName(), match.getObjects(), exception);
    }
}
