package io.github.cls4j.samples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cls}: the command line of cls4j.
 *
 * <p>Exit codes: 0 when every input was used, 2 when an input could not be used (unreadable file,
 * bad JSON, bad option).
 */
@Command(name = "cls", mixinStandardHelpOptions = true, version = "cls4j 0.1.0-SNAPSHOT",
        description = "Contrats Locaux de Santé : lire et vérifier des contrats.",
        subcommands = {ShowCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class ClsCommand {

    /** Exit code when an input could not be used. */
    static final int INPUT_ERROR = 2;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams, without exiting: the entry point of tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ClsCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return INPUT_ERROR;
        });
        return commandLine.execute(args);
    }
}
