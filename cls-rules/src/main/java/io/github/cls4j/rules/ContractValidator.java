package io.github.cls4j.rules;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.rules.internal.engine.RuleSet;
import io.github.cls4j.rules.internal.engine.RunWatch;
import io.github.cls4j.rules.internal.load.RuleSetLoader;
import io.github.cls4j.rules.internal.load.WarmUp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Validates Contrats Locaux de Santé against the rules: Bean Validation of the model first, then
 * the Drools rules of the law, PRS alignment, good practice and regional profiles.
 *
 * <p>Build one when the application starts and share it: it is immutable and thread-safe, and
 * loading the rules is the expensive part.
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.builder().build();
 * ValidationReport report = validator.validate(contrat, ValidationContext.asOf(LocalDate.of(2026, 11, 23)));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>A rule author may load DRL from a folder instead of, or besides, the bundled rules; see
 * {@link Builder#rules(Path)}. To take the edits of such a folder while the application runs, see
 * {@link ReloadableValidator}.
 */
public final class ContractValidator {

    /** How often a validation waited for is looked at while its rules do not run: its time runs from its start. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final RuleSet rules;
    private final ValidationLimits limits;

    private ContractValidator(RuleSet rules, ValidationLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    /** A builder of validators, with the bundled rules and profiles. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates {@code contrat} with the {@linkplain ValidationContext#defaults() default context}. */
    public ValidationReport validate(ContratLocalSante contrat) {
        return validate(contrat, ValidationContext.defaults());
    }

    /**
     * Validates {@code contrat} for {@code context}, on the calling thread, within the
     * validator's {@linkplain #limits() limits}: past one, the report is incomplete. A rule whose
     * consequence never returns holds the calling thread (see {@link ValidationLimits});
     * {@link #validateAll(List, ValidationContext, Executor)} does not wait for it.
     *
     * @throws IllegalArgumentException if the context names a profile the validator does not have
     */
    public ValidationReport validate(ContratLocalSante contrat, ValidationContext context) {
        Objects.requireNonNull(contrat, "contrat");
        Objects.requireNonNull(context, "context");
        return rules.validate(contrat, context, new RunWatch(limits));
    }

    /**
     * Validates {@code contrats} one after the other, for {@code context}: the batch of a night's
     * run on one thread.
     *
     * @return the reports, in the order of {@code contrats}
     * @throws IllegalArgumentException if the context names a profile the validator does not have
     */
    public List<ValidationReport> validateAll(List<ContratLocalSante> contrats, ValidationContext context) {
        Objects.requireNonNull(contrats, "contrats");
        Objects.requireNonNull(context, "context");
        return contrats.stream().map(c -> validate(c, context)).toList();
    }

    /**
     * Validates {@code contrats} for {@code context} on the threads of {@code executor}, which the
     * host owns (its size sets the parallelism; the validator starts no thread of its own).
     *
     * <p>A validation whose rules still run when its time limit and grace have passed (a rule that
     * does not yield) is not waited for: its contract gets an incomplete report at once, with its
     * structural findings and a {@value RuleFailure#FINDING_ID} error naming the rule
     * ({@link RuleFailure.Kind#STUCK}). Its thread stays with the rule, since Java cannot stop it:
     * the executor has one thread fewer until the rule returns, if it ever does. When such rules
     * hold every thread of a bounded executor, the contracts still waiting get, once nothing of
     * the batch has moved for that long, a report that says they could not start
     * ({@link RuleFailure.Kind#NOT_STARTED}): give the executor more threads than rules may hang.
     *
     * @return the reports, in the order of {@code contrats}, whatever order they were made in
     * @throws IllegalArgumentException if the context names a profile the validator does not have
     * @throws CancellationException if the calling thread is interrupted while it waits (its
     *     interrupt status is set again); the validations not started are cancelled
     */
    public List<ValidationReport> validateAll(List<ContratLocalSante> contrats, ValidationContext context, Executor executor) {
        Objects.requireNonNull(contrats, "contrats");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(executor, "executor");
        for (int i = 0; i < contrats.size(); i++) {
            Objects.requireNonNull(contrats.get(i), "contrats[" + i + "]");
        }
        Batch batch = new Batch(limits);
        List<RunWatch> watches = new ArrayList<>(contrats.size());
        List<CompletableFuture<ValidationReport>> reports = new ArrayList<>(contrats.size());
        List<ValidationReport> done = new ArrayList<>(contrats.size());
        try {
            for (ContratLocalSante contrat : contrats) {
                RunWatch watch = new RunWatch(limits);
                watches.add(watch);
                reports.add(CompletableFuture.supplyAsync(() -> batch.moving(() -> rules.validate(contrat, context, watch)), executor));
            }
            for (int i = 0; i < contrats.size(); i++) {
                done.add(await(reports.get(i), contrats.get(i), context, watches.get(i), batch));
            }
        } catch (RuntimeException | Error e) {
            reports.forEach(report -> report.cancel(false));
            throw e;
        }
        return List.copyOf(done);
    }

    /** The report of {@code report}, or the overdue one if its validation does not end in time. */
    private ValidationReport await(CompletableFuture<ValidationReport> report, ContratLocalSante contrat, ValidationContext context,
            RunWatch watch, Batch batch) {
        while (true) {
            try {
                // Until its rules run, it cannot be stuck: look again now and then. A report already
                // made is taken, however late it is looked at.
                return report.get(Math.max(0, Math.min(watch.nanosBeforeOverdue(), POLL.toNanos())), TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                if (watch.nanosBeforeOverdue() <= 0) {
                    batch.stuck();
                    ValidationReport overdue = rules.overdue(contrat, context, watch);
                    // Made while the overdue one was: the true report wins.
                    return report.isDone() && !report.isCompletedExceptionally() ? report.join() : overdue;
                }
                if (!watch.hasStarted() && batch.starved() && report.cancel(false)) {
                    return rules.notStarted(contrat, context, watch);
                }
            } catch (ExecutionException e) {
                // The host sees what validate() would have thrown, not the wrapper of the future.
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw new CompletionException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for the validation of " + contrat.id());
            }
        }
    }

    /**
     * The progress of one batch: when a validation of it last started or ended, and whether one was
     * given up as stuck. A batch whose threads are all held by stuck rules moves no more.
     */
    private static final class Batch {

        private final long patienceNanos;
        private final AtomicLong lastMove = new AtomicLong(System.nanoTime());
        private volatile boolean stuck;

        Batch(ValidationLimits limits) {
            this.patienceNanos = limits.time().toNanos() + limits.grace().toNanos();
        }

        /** Runs {@code validation}, its start and end recorded as moves of the batch. */
        ValidationReport moving(Supplier<ValidationReport> validation) {
            lastMove.set(System.nanoTime());
            try {
                return validation.get();
            } finally {
                lastMove.set(System.nanoTime());
            }
        }

        /** Records that a validation was given up as stuck. */
        void stuck() {
            stuck = true;
        }

        /** Whether a validation was given up as stuck and nothing has moved since for the time and grace of a validation. */
        boolean starved() {
            return stuck && System.nanoTime() - lastMove.get() > patienceNanos;
        }
    }

    /** The limits every validation keeps to. */
    public ValidationLimits limits() {
        return limits;
    }

    /** Every rule, with its title in French. */
    public RuleCatalog catalog() {
        return catalog(Locale.FRENCH);
    }

    /** Every rule, with its title in {@code locale} (French unless English is asked for). */
    public RuleCatalog catalog(Locale locale) {
        return new RuleCatalog(rules.descriptions(locale));
    }

    /**
     * The finding of a rule written in Java, such as a portfolio check ({@code CLS-POR-…}), about
     * {@code subject}, made as the rules' own findings are: its severity under the profile of
     * {@code context} (or, when it names none, that of {@code region}), its message in the
     * context's language with {@code arguments}, and its source as it stood on the context's day.
     * Empty when the rule does not run under that profile (suppressed, or not switched on) or on
     * that day, or when the rules do not hold it (a folder replaced the bundled rules). The code that decides when such a rule fires calls this; its metadata, texts and
     * severity live where every rule's do.
     *
     * @param ruleId the rule's id
     * @param subject what the finding is about
     * @param arguments the values put into its message
     * @param context the day, language and profile
     * @param region the INSEE code of the region whose profile applies when the context names
     *     none, or {@code null} for the national one
     * @return the finding, or empty if the rule does not run
     * @throws IllegalArgumentException if no profile has the name given
     */
    public Optional<Finding> finding(String ruleId, Subject subject, List<String> arguments, ValidationContext context,
            String region) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        return rules.finding(ruleId, subject, List.copyOf(arguments), context, region);
    }

    /** The validation profiles, by name. */
    public Map<String, ValidationPolicy> profiles() {
        return rules.profiles();
    }

    /** The version of the rules, as reports give it. */
    public String ruleSetVersion() {
        return rules.version();
    }

    /** Collects where the rules come from; {@link #build()} loads and checks them. */
    public static final class Builder {

        private ValidationLimits limits = ValidationLimits.defaults();
        private Path replacement;
        private final List<Path> additions = new ArrayList<>();
        private final List<Path> profileFiles = new ArrayList<>();
        private Path dataFolder;
        private Geographie geographie;
        private boolean warmUp = true;

        private Builder() {
        }

        /**
         * Replaces the bundled rules by the {@code .drl} files of {@code folder} and its
         * subfolders, compiled when {@link #build()} is called. The folder may hold
         * {@code messages.properties}, {@code messages_en.properties} and
         * {@code references.json}, which complete and override the bundled ones.
         */
        public Builder rules(Path folder) {
            this.replacement = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Adds the rules of {@code folder}, laid out as for {@link #rules(Path)}, to the others. */
        public Builder additionalRules(Path folder) {
            additions.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Adds the validation profiles of the JSON file {@code file}, a list in the format of the
         * bundled {@code profiles.json}; a profile of the same name replaces the bundled one.
         */
        public Builder profiles(Path file) {
            profileFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Replaces the bundled reference data by those of {@code folder}: its {@code prs.json},
         * in the format of the bundled one, lists the PRS versions and objectives the rules check
         * the contracts' {@code objectifsPrs} against.
         */
        public Builder referenceData(Path folder) {
            this.dataFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Judges the territories against {@code geography}: a host's own edition, read with
         * {@link Geographie#read(Path)}; {@link Geographie#bundled()} unless set, read on a
         * thread of its own while the rules load.
         */
        public Builder geographie(Geographie geography) {
            this.geographie = Objects.requireNonNull(geography, "geographie");
            return this;
        }

        /** Sets the limits of every validation; {@link ValidationLimits#defaults()} unless set. */
        public Builder limits(ValidationLimits validationLimits) {
            this.limits = Objects.requireNonNull(validationLimits, "limits");
            return this;
        }

        /**
         * Whether {@link #build()} validates a built-in contract once before it returns; on unless
         * set. That first validation loads the classes the rules run and initialises their
         * network's memory (about 0.3 s in a fresh JVM), and reads the bundled geography, which
         * the host's first request would otherwise pay; it also starts Hibernate Validator, which
         * the built-in contract does not need, for the first contract that breaks a constraint.
         * Off for a process that builds a validator to validate once, such as the command line.
         */
        public Builder warmUp(boolean before) {
            this.warmUp = before;
            return this;
        }

        /** A builder of the same sources, which later changes to this one do not touch. */
        Builder copy() {
            Builder copy = new Builder();
            copy.limits = limits;
            copy.replacement = replacement;
            copy.additions.addAll(additions);
            copy.profileFiles.addAll(profileFiles);
            copy.dataFolder = dataFolder;
            copy.geographie = geographie;
            copy.warmUp = warmUp;
            return copy;
        }

        /**
         * Loads, compiles and checks the rules, then validates a built-in contract once unless
         * told not to ({@link #warmUp(boolean)}). The bundled rule base is made, and the bundled
         * geography read, each on a daemon thread of its own ({@code cls4j-rule-base}, {@code
         * cls4j-geography}) while this thread reads the rules' texts; both end with their work.
         *
         * @throws RuleCompilationException if a rule does not compile or lacks its metadata,
         *     reference or messages, a profile names a rule that does not exist, or a data file is
         *     missing or malformed
         */
        public ContractValidator build() {
            ContractValidator validator = new ContractValidator(RuleSetLoader.load(new RuleSetLoader.Sources(replacement, additions,
                    profileFiles, dataFolder, geographie == null ? RuleSetLoader.bundledGeographyMeanwhile() : () -> geographie)),
                    limits);
            if (warmUp) {
                validator.validate(WarmUp.contract(), WarmUp.context());
                // The warm-up contract passes the constraint screen: start Hibernate Validator apart,
                // for the first contract that breaks a constraint.
                validator.rules.prepareStructuralCheck();
            }
            return validator;
        }
    }
}
