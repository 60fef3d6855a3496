package io.github.cls4j.rules.exemples;

import io.github.cls4j.rules.Validators;
import io.github.cls4j.rules.testing.RuleTestRun;
import io.github.cls4j.rules.testing.RuleTests;
import java.nio.file.Path;

/**
 * The cases of the bundled rules, the {@code *.cas.txt} files beside their DRL, read from the
 * sources (they are not in the jar) and run once on the bundled validator.
 */
public final class BundledCases {

    /** The folder of the bundled rules, their cases and the conforming contract ({@code cas/conforme.json}). */
    public static final Path FOLDER = Path.of("src/main/resources/io/github/cls4j/rules");

    /** Every case of the bundled rules. */
    public static final RuleTests CASES = RuleTests.read(FOLDER);

    /** Every case run on {@link Validators#BUNDLED}. */
    public static final RuleTestRun RUN = CASES.run(Validators.BUNDLED);

    private BundledCases() {
    }
}
