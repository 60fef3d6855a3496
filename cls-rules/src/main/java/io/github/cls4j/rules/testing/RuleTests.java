package io.github.cls4j.rules.testing;

import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.RuleDescription;
import io.github.cls4j.rules.ValidationReport;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The test cases of a rule folder: every {@code *.cas.txt} file of the folder and its subfolders
 * (hidden ones aside), read, then run on a validator.
 *
 * <p>A case file is UTF-8 text, one statement per line; blank lines and lines starting with
 * {@code #} are comments:
 *
 * <pre>
 * # The head: what every case of the file starts from
 * contrat: ../cas/conforme.json          # a contract in the JSON format, relative to this file
 * date du contrôle: 2026-11-23           # the as-of date; "aucune" for none (the default)
 * profil: national                       # the profile; the region's when not given
 *
 * cas: signé le 23 février 2022 sans volet santé mentale
 *   dateSignature = "2022-02-23"         # an element, by its path in the reports, set to a JSON value
 *   voletSanteMentale = null
 *   retirer: signataires[2]              # an element taken out (of its list, or of its object)
 *   attendu: CLS-LEG-03 voletSanteMentale   # a finding the report must hold: [severity] rule [path]
 *   absent: CLS-LEG-01                   # a finding it must not hold: rule [path]
 * </pre>
 *
 * <p>A case may set its own {@code contrat}, {@code date du contrôle} and {@code profil}, after its
 * {@code cas:}. A change writes the element's path as the reports do ({@code
 * signataires[0].dateSignature}); an index one past the end of a list adds an element; objects
 * missing on the way are made. Severities are written as in the reports ({@code ERREUR},
 * {@code AVERTISSEMENT}, {@code INFO}) or in English ({@code ERROR}, {@code WARNING}). A case
 * whose expectations name a rule that was not loaded fails: a misspelt id never passes.
 *
 * <p>A line that cannot be used is a {@link CaseFileProblem} at its line and column; its case is
 * not run, the others are.
 */
public final class RuleTests {

    /** The most case files a folder may hold: far beyond any rule folder, short of a folder that is not one. */
    private static final int MAX_FILES = 10_000;

    private final List<RuleTestCase> cases;
    private final List<CaseFileProblem> problems;

    private RuleTests(List<RuleTestCase> cases, List<CaseFileProblem> problems) {
        this.cases = List.copyOf(cases);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the case files of {@code folder} and its subfolders. A folder without any is no
     * problem: it has no case.
     */
    public static RuleTests read(Path folder) {
        CaseFileReader reader = new CaseFileReader(folder);
        if (!Files.isDirectory(folder)) {
            return new RuleTests(List.of(), List.of(new CaseFileProblem(folder.toString(), 0, 0,
                    Texts.french("cases.notAFolder"), Texts.english("cases.notAFolder"))));
        }
        List<Path> files;
        try {
            files = SourceFiles.filesIn(folder, CaseFileReader.SUFFIX);
        } catch (IOException e) {
            return new RuleTests(List.of(), List.of(new CaseFileProblem(folder.toString(), 0, 0,
                    Texts.french("cases.unreadable", InputFile.describe(e)), Texts.english("cases.unreadable", InputFile.describe(e)))));
        }
        if (files.size() > MAX_FILES) {
            return new RuleTests(List.of(), List.of(new CaseFileProblem(folder.toString(), 0, 0,
                    Texts.french("cases.tooMany", files.size(), MAX_FILES), Texts.english("cases.tooMany", files.size(), MAX_FILES))));
        }
        files.forEach(reader::read);
        return new RuleTests(reader.cases(), reader.problems());
    }

    /** The cases read, in the order of the files (by path) and of the cases in each. */
    public List<RuleTestCase> cases() {
        return cases;
    }

    /** The lines of case files, and the contracts they name, that could not be used. */
    public List<CaseFileProblem> problems() {
        return problems;
    }

    /** Runs every case on {@code validator}, each in its own context. */
    public RuleTestRun run(ContractValidator validator) {
        Set<String> loaded = validator.catalog().rules().stream().map(RuleDescription::id).collect(Collectors.toSet());
        List<RuleTestResult> results = new ArrayList<>(cases.size());
        List<CaseFileProblem> unusable = new ArrayList<>(problems);
        for (RuleTestCase c : cases) {
            ValidationReport report;
            try {
                report = validator.validate(c.contrat(), c.context());
            } catch (IllegalArgumentException unknownProfile) {
                // The one exception validate throws: a profile the validator does not have.
                unusable.add(new CaseFileProblem(c.file(), c.line(), 1, Texts.french("cases.unknownProfile", c.name(), c.context().profile(),
                        String.join(", ", validator.profiles().keySet())), Texts.english("cases.unknownProfile", c.name(),
                        c.context().profile(), String.join(", ", validator.profiles().keySet()))));
                continue;
            }
            List<ExpectationFailure> failures = new ArrayList<>();
            for (Expectation e : c.expectations()) {
                List<Finding> got = report.findings(e.ruleId());
                boolean known = loaded.contains(e.ruleId());
                boolean met = known && (e.present() ? got.stream().anyMatch(e::matches) : got.stream().noneMatch(e::matches));
                if (!met) {
                    failures.add(new ExpectationFailure(c, e, known, got));
                }
            }
            results.add(new RuleTestResult(c, report, failures));
        }
        return new RuleTestRun(results, unusable);
    }
}
