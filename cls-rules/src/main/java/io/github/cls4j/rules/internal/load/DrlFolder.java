package io.github.cls4j.rules.internal.load;

import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.engine.RuleBaseSettings;
import io.github.cls4j.rules.internal.rule.DrlSources;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the {@code .drl} files of a folder, and of its subfolders, to a rule base at run time,
 * so that a rule author sees the effect of an edit without rebuilding the library.
 *
 * <p>Drools reports errors against its own project layout, sometimes against the Java it
 * generates; each is turned here into a {@link RuleProblem} with the DRL file relative to the
 * folder, the line when Drools gives one, the rule, and the first line of the message.
 */
public final class DrlFolder {

    private static final String PROJECT_ROOT = "src/main/resources/";
    private static final Pattern RULE_IN_TEXT = Pattern.compile("rule \"([^\"]+)\"");
    /** The errors of the executable model that name the culprit but give no line. */
    private static final Pattern CULPRIT = Pattern.compile("Unknown field (\\w+)"
            + "|Unable to parse left part of expression: ?(\\w+)"
            + "|The method (\\w+)\\(.*\\) is undefined"
            + "|(\\w+) cannot be resolved"
            + "|Unable to find class: ?(\\w+)");
    /** The dump of a generated class that follows a compile error of a consequence. */
    private static final String GENERATED_SOURCE_DUMP = "Java source of ";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern DROOLS_LINE_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+ ");
    private static final int MAX_MESSAGE = 240;

    /**
     * A compiled folder.
     *
     * @param kieBase its rules
     * @param sources where each rule is written
     */
    public record Compiled(KieBase kieBase, DrlSources sources) {
    }

    private DrlFolder() {
    }

    /** Compiles the {@code .drl} files of {@code folder}, as {@code files} read them. */
    public static Compiled compile(Path folder, SourceFiles files) {
        List<Path> drlFiles;
        Path real;
        try {
            real = files.realFolder(folder);
            drlFiles = files.drlFiles(folder);
        } catch (NotDirectoryException e) {
            throw new RuleCompilationException(folder.toString(),
                    List.of(Texts.problem(folder.toString(), 0, null, "rules.notAFolder")));
        } catch (IOException e) {
            throw new RuleCompilationException(folder.toString(),
                    List.of(Texts.problem(folder.toString(), 0, null, "rules.unlisted", InputFile.describe(e))));
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem kieFiles = services.newKieFileSystem();
        // A fresh release id per build: Drools keeps every built module in a JVM-wide repository,
        // from which the module is removed as soon as its rule base is taken.
        ReleaseId releaseId = services.newReleaseId("io.github.cls4j.local", "rules", UUID.randomUUID().toString());
        kieFiles.generateAndWritePomXML(releaseId);
        DrlSources sources = new DrlSources();
        List<RuleProblem> unreadable = new ArrayList<>();
        for (Path drl : drlFiles) {
            String relative = real.relativize(drl).toString().replace('\\', '/');
            try {
                String text = files.text(drl);
                sources.add(relative, text);
                kieFiles.write(PROJECT_ROOT + relative, text);
            } catch (IOException e) {
                unreadable.add(Texts.problem(relative, 0, null, "rules.unreadable", InputFile.describe(e)));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new RuleCompilationException(folder.toString(), unreadable);
        }
        if (sources.files().isEmpty()) {
            throw new RuleCompilationException(folder.toString(),
                    List.of(Texts.problem(folder.toString(), 0, null, "rules.noDrl")));
        }
        List<RuleProblem> unquoted = sources.unquotedDates();
        if (!unquoted.isEmpty()) {
            throw new RuleCompilationException(folder.toString(), unquoted);
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(kieFiles).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException compilerFailure) {
            // Some mistakes (a variable an accumulate does not bind) make the compiler throw
            // rather than report: they are the author's, told at their line as the others.
            services.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(folder.toString(), List.of(thrown(compilerFailure, folder, sources)));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            // "Parser returned a null Package" only repeats that the file did not parse: its errors say why.
            if (message.getText() == null || !message.getText().startsWith(GENERATED_SOURCE_DUMP) && !message.getText().startsWith(NULL_PACKAGE)) {
                problems.add(problem(message, sources));
            }
        }
        if (problems.isEmpty() && !builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            problems.add(Texts.problem(folder.toString(), 0, null, "rules.generated"));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(folder.toString(), problems.stream().distinct().toList());
        }
        try {
            return new Compiled(services.newKieContainer(releaseId).newKieBase(RuleBaseSettings.kieBaseConfiguration()), sources);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** The problem a compiler that threw tells of: at the line of the variable it names, when it names one. */
    private static RuleProblem thrown(RuntimeException failure, Path folder, DrlSources sources) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
        Optional<DrlSources.Declaration> at = CompilerHints.unboundVariable(text).flatMap(sources::locate);
        if (at.isPresent()) {
            return located(at.get().file(), at.get().line(), at.get().key().name(), text, sources);
        }
        return Texts.problem(folder.toString(), 0, null, "rules.failed", text);
    }

    /** A problem at a line, with what the author can do about it when a hint knows. */
    private static RuleProblem located(String file, int line, String rule, String text, DrlSources sources) {
        Optional<CompilerHints.Hint> hint = CompilerHints.of(text, sources.text(file, line));
        String drools = Texts.french("rules.drools", text);
        return hint.map(h -> new RuleProblem(file, line, rule, text + " — " + h.english(), h.french() + " (" + drools + ")"))
                .orElse(new RuleProblem(file, line, rule, text, drools));
    }

    private static RuleProblem problem(Message message, DrlSources sources) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = path.startsWith(PROJECT_ROOT) ? path.substring(PROJECT_ROOT.length()) : path;
        String text = message.getText() == null ? "" : message.getText();
        Optional<String> culprit = culprit(text);
        if (!file.endsWith(".drl")) {
            // An error in the Java generated from a consequence: find the DRL line that wrote it.
            return culprit.flatMap(sources::locate)
                    .map(d -> located(d.file(), d.line(), d.key().name(), firstLine(text), sources))
                    .orElse(new RuleProblem("(code generated from the rules)", 0, null, firstLine(text)));
        }
        int line = message.getLine() > 0 ? message.getLine() : culprit.map(word -> sources.lineOf(file, word)).orElse(0);
        int start = line;
        line = CompilerHints.misplacedWord(text).map(word -> sources.lineOf(file, word, start)).filter(l -> l > 0).orElse(line);
        Matcher named = RULE_IN_TEXT.matcher(text);
        String rule = named.find() ? named.group(1)
                : line > 0 ? sources.enclosing(file, line).map(d -> d.key().name()).orElse(null) : null;
        return located(file, line, rule, firstLine(text), sources);
    }

    private static Optional<String> culprit(String text) {
        Matcher m = CULPRIT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return Optional.of(m.group(group));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("compilation error");
        first = DROOLS_LINE_PREFIX.matcher(first).replaceFirst("");
        return first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first;
    }
}
