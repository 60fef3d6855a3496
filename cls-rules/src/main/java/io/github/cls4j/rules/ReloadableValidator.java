package io.github.cls4j.rules;

import io.github.cls4j.core.contrat.ContratLocalSante;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A validator whose rules can be loaded again from their folders while it serves, so that a rule
 * author's edit takes effect without restarting the application.
 *
 * <pre>{@code
 * ReloadableValidator validator = ReloadableValidator.of(ContractValidator.builder().additionalRules(folder));
 * ValidationReport report = validator.validate(contrat, context);
 * // after an edit of the folder:
 * try {
 *     validator.reload();
 * } catch (RuleCompilationException e) {
 *     e.problems().forEach(System.err::println);   // the previous rules are still in place
 * }
 * }</pre>
 *
 * <p>Thread-safe. Each validation runs wholly on the rules in place when it started: a reload
 * neither waits for the validations in flight nor changes their rules, and a reload that fails
 * changes nothing. Loading rules from a folder runs its code: see the README on trusting a folder.
 */
public final class ReloadableValidator {

    private final ContractValidator.Builder sources;
    private final AtomicReference<ContractValidator> current;

    private ReloadableValidator(ContractValidator.Builder sources, ContractValidator first) {
        this.sources = sources;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Loads the rules {@code builder} describes, as {@link ContractValidator.Builder#build()} does;
     * later changes to {@code builder} do not affect this validator.
     *
     * @throws RuleCompilationException if the rules cannot be loaded
     */
    public static ReloadableValidator of(ContractValidator.Builder builder) {
        ContractValidator.Builder sources = Objects.requireNonNull(builder, "builder").copy();
        return new ReloadableValidator(sources, sources.build());
    }

    /** The validator in place: the one the next validation will use. */
    public ContractValidator current() {
        return current.get();
    }

    /** Validates {@code contrat} with the rules in place, as {@link ContractValidator#validate(ContratLocalSante, ValidationContext)}. */
    public ValidationReport validate(ContratLocalSante contrat, ValidationContext context) {
        return current.get().validate(contrat, context);
    }

    /**
     * Loads the rules again from the same sources and puts them in place for the validations that
     * start afterwards. One reload at a time: a second caller waits for the first. The files are
     * read whole before they are compiled, twice, and compiled only when both reads agree, so that
     * a reload during an edit or a checkout rarely puts in place rules that never were on disk: only
     * if the files stand still half-written for longer than the pause between the reads.
     *
     * @return the validator now in place
     * @throws RuleCompilationException if the rules do not load, or the files changed at every read;
     *     the previous ones stay in place
     */
    public synchronized ContractValidator reload() {
        ContractValidator reloaded = sources.build();
        current.set(reloaded);
        return reloaded;
    }
}
