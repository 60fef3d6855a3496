package io.github.cls4j.rules.internal.load;

import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationPolicy;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;

/**
 * The validation profiles by name: the bundled {@code profiles.json}, then those of files a host
 * adds, a profile of the same name replacing the earlier one.
 */
public final class Profiles {

    public static final String FILE = "profiles.json";

    /** The suffix of the parameters that count years, which must be whole numbers. */
    private static final String YEARS = ".annees";
    /** The profile a problem is about: its message begins "profile NAME ". */
    private static final Pattern NAMED = Pattern.compile("^profiles? (\\S+) ");

    /** The coverage target of a region, in percent, which the portfolio reads. */
    private static final String COVERAGE_TARGET = ValidationPolicy.COVERAGE_TARGET;

    private static final TypeReference<List<ValidationPolicy>> TYPE = new TypeReference<>() { };

    private final Map<String, ValidationPolicy> byName;
    /** The file each profile a host added comes from, by profile name; a bundled profile is absent. */
    private final Map<String, String> fromHost;
    /** The lines of each host's file, as read, where its problems are placed. */
    private final Map<String, List<String>> hostLines;

    private Profiles(Map<String, ValidationPolicy> byName, Map<String, String> fromHost, Map<String, List<String>> hostLines) {
        this.byName = Map.copyOf(byName);
        this.fromHost = Map.copyOf(fromHost);
        this.hostLines = Map.copyOf(hostLines);
    }

    public static Profiles bundled(String folder) {
        return new Profiles(byName(DataFiles.resource(folder + FILE, TYPE), FILE), Map.of(), Map.of());
    }

    /** These profiles and those of {@code file}, as {@code files} read it, which replace those of the same name. */
    public Profiles with(Path file, SourceFiles files) {
        Map<String, ValidationPolicy> added = byName(DataFiles.file(files, file, file.toString(), TYPE), file.toString());
        Map<String, ValidationPolicy> merged = new TreeMap<>(byName);
        merged.putAll(added);
        Map<String, String> host = new TreeMap<>(fromHost);
        added.keySet().forEach(name -> host.put(name, file.toString()));
        Map<String, List<String>> lines = new HashMap<>(hostLines);
        lines.put(file.toString(), linesOf(file, files));
        return new Profiles(merged, host, lines);
    }

    private static Map<String, ValidationPolicy> byName(List<ValidationPolicy> policies, String file) {
        Map<String, ValidationPolicy> byName = new TreeMap<>();
        for (ValidationPolicy p : policies) {
            // Two profiles of one name in one file: which one applies would be the file's order, unsaid.
            if (byName.put(p.name(), p) != null) {
                throw new RuleCompilationException(file, List.of(Texts.problem(file, 0, null, "profiles.twice", p.name())));
            }
        }
        return byName;
    }

    /**
     * Every profile as it applies: each one but {@code national} built on the national profile.
     */
    public Map<String, ValidationPolicy> all() {
        ValidationPolicy national = byName.get(ValidationContext.DEFAULT_PROFILE);
        Map<String, ValidationPolicy> effective = new TreeMap<>();
        byName.forEach((name, p) -> effective.put(name, national == null || p == national ? p : p.over(national)));
        return effective;
    }

    /**
     * Checks every profile against the rules: the national profile exists, each rule a profile
     * re-levels or suppresses exists, each suppression says why, each count of years is a whole
     * number, no two profiles claim one region, and the severity policy holds: no rule of the law
     * ({@code lawIds}) re-levelled or suppressed, no rule raised to error. When the bundled rules are replaced, the
     * bundled profiles may name rules that are gone; only the host's own profiles are checked
     * against the rules then.
     */
    void check(Set<String> ruleIds, Set<String> lawIds, boolean bundledRules) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!byName.containsKey(ValidationContext.DEFAULT_PROFILE)) {
            problems.add(Texts.problem(FILE, 0, null, "profiles.noDefault", ValidationContext.DEFAULT_PROFILE));
        }
        Map<String, String> regions = new TreeMap<>();
        for (ValidationPolicy p : byName.values()) {
            String other = p.region() == null ? null : regions.putIfAbsent(p.region(), p.name());
            if (other != null) {
                problems.add(Texts.problem(FILE, 0, null, "profiles.sameRegion", other, p.name(), p.region()));
            }
            if (!bundledRules && !fromHost.containsKey(p.name())) {
                continue;
            }
            String file = fromHost.getOrDefault(p.name(), FILE);
            p.parameters().forEach((name, value) -> {
                if (name.endsWith(YEARS) && !value.trim().matches("\\d{1,3}")) {
                    problems.add(Texts.problem(file, 0, null, "profiles.notYears", p.name(), name, value));
                }
                // Read by the portfolio when it reports, long after loading: refused here rather than there.
                if (name.equals(COVERAGE_TARGET) && !value.trim().matches("100(\\.0+)?|\\d{1,2}(\\.\\d+)?")) {
                    problems.add(Texts.problem(file, 0, null, "profiles.notPercentage", p.name(), name, value));
                }
            });
            problems.addAll(SeverityPolicy.ofProfile(p, lawIds, file));
            for (String id : p.severities().keySet()) {
                if (!ruleIds.contains(id)) {
                    problems.add(Texts.problem(file, 0, null, "profiles.relevelsUnknown", p.name(), id));
                }
            }
            p.suppressions().forEach((id, why) -> {
                if (!ruleIds.contains(id)) {
                    problems.add(Texts.problem(file, 0, null, "profiles.suppressesUnknown", p.name(), id));
                }
                if (why == null || why.isBlank()) {
                    problems.add(Texts.problem(file, 0, null, "profiles.unjustified", p.name(), id));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("the validation profiles", located(problems, hostLines));
        }
    }

    /**
     * The problems, each of a profile at the line where that profile is named in its file (the
     * host's own, or the bundled one), so that an editor opens it there; line 0 when not found.
     */
    private static List<RuleProblem> located(List<RuleProblem> problems, Map<String, List<String>> hostLines) {
        Map<String, List<String>> texts = new HashMap<>(hostLines);
        List<RuleProblem> located = new ArrayList<>();
        for (RuleProblem problem : problems) {
            Matcher named = NAMED.matcher(problem.message());
            int line = problem.line();
            if (line == 0 && named.find()) {
                List<String> lines = texts.computeIfAbsent(problem.file(), Profiles::bundledLines);
                Pattern declaration = Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(named.group(1)) + "\"");
                for (int i = 0; i < lines.size() && line == 0; i++) {
                    line = declaration.matcher(lines.get(i)).find() ? i + 1 : 0;
                }
            }
            located.add(new RuleProblem(problem.file(), line, problem.rule(), problem.message(), problem.frenchMessage()));
        }
        return located;
    }

    /** The lines of the bundled profiles file; none for another. */
    private static List<String> bundledLines(String file) {
        if (!FILE.equals(file)) {
            return List.of();
        }
        try (InputStream in = Profiles.class.getResourceAsStream(DataFiles.BUNDLED + FILE)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The lines of a host's file as read; it read as a list of profiles, so as text too. */
    private static List<String> linesOf(Path file, SourceFiles files) {
        try {
            return files.text(file).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
