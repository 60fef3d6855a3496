package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.ContractInputs;
import io.github.cls4j.cli.option.InputRead;
import io.github.cls4j.cli.option.LimitOptions;
import io.github.cls4j.cli.option.ReportOptions;
import io.github.cls4j.cli.option.RuleOptions;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.ReportOutput;
import io.github.cls4j.cli.report.Outcome;
import io.github.cls4j.rules.ContractValidator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code validate} and {@code portfolio} share, written once: the contracts to read, the
 * rules to judge them by and the report to write, each checked before a contract is read, and
 * every input that cannot be used carried to the report beside the others.
 */
abstract class ContractsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    ContractInputs inputs;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    private LimitOptions limitOptions;

    /** The threads contracts are validated on: a rule that never yields keeps one, not the command. */
    private ExecutorService validationThreads;

    /** The command's error stream. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The words of the report and of the messages, in the language asked for. */
    Labels labels() {
        return reportOptions.labels();
    }

    /**
     * The validator of the rules asked for, when some contract is asked for and the rules and data
     * load; otherwise empty, and the error stream says why.
     */
    Optional<ContractValidator> prologue() {
        if (!inputs.given(labels(), err())) {
            return Optional.empty();
        }
        // Refused before anything is read or written: the report must never replace a contract.
        Path output = reportOptions.output();
        Optional<Path> destroyed = output == null ? Optional.empty() : inputs.destroyedBy(output);
        if (destroyed.isPresent()) {
            boolean folder = Files.isDirectory(destroyed.get());
            err().println(folder ? labels().get("output.wouldJoinInputs", output, destroyed.get())
                    : labels().get("output.wouldReplaceInput", output));
            return Optional.empty();
        }
        // The JSON reader loads on the second core while the rules load on this one.
        StartUp.inBackground();
        return ruleOptions.load(labels(), err(), limitOptions.limits());
    }

    /**
     * The threads to validate on: daemon threads, so that one a rule never gives back does not
     * keep the command from ending once its reports are written.
     */
    Executor validationThreads() {
        if (validationThreads == null) {
            validationThreads = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "cls-validation");
                thread.setDaemon(true);
                return thread;
            });
        }
        return validationThreads;
    }

    /** An input that cannot be used, as the reports show it, in the run's language. */
    Outcome.Unusable unusable(InputRead.Unusable read) {
        return new Outcome.Unusable(read.name(), read.message(labels()), read.problems());
    }

    /** Writes {@code report} where asked; says whether it could, and why not on the error stream. */
    boolean write(ReportOutput.Report report) {
        return reportOptions.write(spec.commandLine(), report, err());
    }
}
