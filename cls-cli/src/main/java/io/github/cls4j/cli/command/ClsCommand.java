package io.github.cls4j.cli.command;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.Language;
import io.github.cls4j.cli.output.StandardOutput;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code cls}: the command line of cls4j.
 *
 * <p>Its exit codes are those of {@link ExitCode}. No stack trace reaches the user unless {@code
 * --debug} asks for it: the option is inherited by every command, which reads it here through
 * {@code @ParentCommand}.
 */
@Command(name = "cls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Contrats Locaux de Santé : lire et vérifier des contrats.",
        subcommands = {ValidateCommand.class, PortfolioCommand.class, ShowCommand.class, RulesCommand.class, CheckRulesCommand.class, TestCommand.class, InitRulesCommand.class,
            CommandLine.HelpCommand.class})
public final class ClsCommand {

    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Affiche la trace complète d'une erreur interne, pour la signaler.")
    private boolean debug;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would fall back to the JDK's logger
        // and print its version on every run; sent to SLF4J, which cls.jar silences.
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        Charset charset = System.console() == null ? StandardCharsets.UTF_8 : System.console().charset();
        // Straight to the file descriptors: System.out swallows its errors, and a report lost to a
        // full disk or a closed output would end with exit 0.
        System.exit(run(StandardOutput.open(charset), writer(System.err, charset), args));
    }

    /** Runs the command line with the given streams, without exiting: the entry point of tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        ClsCommand cls = new ClsCommand();
        CommandLine commandLine = new CommandLine(cls);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        Labels labels = Labels.of(language(args).locale());
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println(ParameterErrors.message(e, labels));
            e.getCommandLine().usage(err);
            return ExitCode.INPUT.code();
        });
        commandLine.setExecutionExceptionHandler((e, c, p) -> internalError(e, cls.debug, labels, err));
        return commandLine.execute(args);
    }

    /**
     * The language {@code --lang} asks for among {@code args}, read off them as written: a mistake
     * in them, or a failure, is told before or without picocli's parsing of them.
     */
    static Language language(String... args) {
        List<String> list = Arrays.asList(args);
        int lang = list.indexOf("--lang");
        boolean english = list.contains("--lang=en") || lang >= 0 && lang + 1 < list.size() && "en".equalsIgnoreCase(list.get(lang + 1));
        return english ? Language.en : Language.fr;
    }

    /** Tells a failure of cls itself in one line, in the words of {@code labels}; its stack trace only if {@code debug}. */
    static int internalError(Exception e, boolean debug, Labels labels, PrintWriter err) {
        err.println(labels.get("error.internal", e));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println(labels.get("error.internal.debug"));
        }
        return ExitCode.BUG.code();
    }

    /** Whether {@code --debug} was given: stack traces of failures are printed. */
    boolean debug() {
        return debug;
    }

    /**
     * A terminal gets its own charset (a Windows console is not UTF-8); redirected output, read
     * by programs and saved to files, is UTF-8 whatever the platform's default.
     */
    private static PrintWriter writer(PrintStream stream, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
