package io.github.cls4j.rules.testing;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.ContractUnreadableException;
import io.github.cls4j.core.json.InputFile;
import io.github.cls4j.core.json.JsonProblem;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Severity;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the case files of a folder, line by line (the format is told in {@link RuleTests}). A line
 * that cannot be used is a {@link CaseFileProblem} at its line and column, and the case it belongs
 * to is not run; the other cases, and the other files, are.
 */
final class CaseFileReader {

    /** What a case file's name ends with. */
    static final String SUFFIX = ".cas.txt";
    /** The most a case file may hold: far beyond any set of cases, short of a file that is not one. */
    private static final long MAX_CASE_FILE_BYTES = 4L << 20;
    /** The most a contract named by a case file may hold, as {@code cls validate} reads it. */
    private static final long MAX_CONTRACT_BYTES = 16L << 20;

    private static final Pattern KEY = Pattern.compile("([^=:]+?)\\s*:\\s?(.*)");
    private static final Pattern EDIT = Pattern.compile("([^=]+?)\\s*=\\s*(.*)");
    /** [severity] rule [path]: a severity is a word in capitals, which neither a rule id (digits, dashes) nor a path is. */
    private static final Pattern EXPECTATION = Pattern.compile("(?:(\\p{Lu}+)\\s+(?=\\S))?(\\S+)(?:\\s+(\\S+))?");
    private static final String NO_DAY = "aucune";

    private static final Map<String, Severity> SEVERITIES = Map.of(
            "ERROR", Severity.ERROR, "ERREUR", Severity.ERROR,
            "WARNING", Severity.WARNING, "AVERTISSEMENT", Severity.WARNING,
            "INFO", Severity.INFO, "INFORMATION", Severity.INFO);

    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final Path folder;
    private final Map<Path, Optional<JsonNode>> contracts = new HashMap<>();
    private final List<RuleTestCase> cases = new ArrayList<>();
    private final List<CaseFileProblem> problems = new ArrayList<>();

    CaseFileReader(Path folder) {
        this.folder = folder;
    }

    List<RuleTestCase> cases() {
        return cases;
    }

    List<CaseFileProblem> problems() {
        return problems;
    }

    /** Reads one case file of the folder. */
    void read(Path file) {
        String name = shown(file);
        String text;
        try {
            text = InputFile.readUtf8(file, MAX_CASE_FILE_BYTES);
        } catch (IOException e) {
            problems.add(new CaseFileProblem(shown(file), 0, 0, Texts.french("cases.unreadable", InputFile.describe(e)),
                    Texts.english("cases.unreadable", InputFile.describe(e))));
            return;
        }
        new FileReading(file, name).read(text.lines().toList());
    }

    /** The settings a case is run with: those of the file's head, which a case may change for itself. */
    private record Settings(Path contract, LocalDate asOf, String profile) {
    }

    /** A change a case makes to its contract: {@code path = value}, or {@code retirer: path} when {@code value} is null. */
    private record Edit(int line, int column, ElementPath path, JsonNode value) {
    }

    /** The reading of one file: where it is, its head's settings and the case being read. */
    private final class FileReading {

        private final Path file;
        private final String name;
        private Settings head = new Settings(null, null, null);
        private Draft draft;

        FileReading(Path file, String name) {
            this.file = file;
            this.name = name;
        }

        void read(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                String raw = lines.get(i);
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int column = raw.indexOf(line.charAt(0)) + 1;
                line(i + 1, column, line);
            }
            finish();
        }

        private void line(int number, int column, String line) {
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                String value = key.group(2).strip();
                int valueColumn = column + key.start(2) + (key.group(2).length() - key.group(2).stripLeading().length());
                keyed(number, column, valueColumn, key.group(1).strip(), value);
                return;
            }
            Matcher edit = EDIT.matcher(line);
            if (edit.matches()) {
                if (draft == null) {
                    problem(number, column, "cases.outsideCase", line);
                    return;
                }
                Optional<ElementPath> path = path(number, column, edit.group(1).strip());
                int valueColumn = column + edit.start(2);
                Optional<JsonNode> value = value(number, valueColumn, edit.group(2).strip());
                if (path.isPresent() && value.isPresent()) {
                    draft.edits.add(new Edit(number, column, path.get(), value.get()));
                } else {
                    draft.broken = true;
                }
                return;
            }
            problem(number, column, "cases.notUnderstood", line);
            if (draft != null) {
                draft.broken = true;
            }
        }

        private void keyed(int number, int keyColumn, int column, String key, String value) {
            switch (key.toLowerCase(Locale.ROOT)) {
                case "cas" -> {
                    finish();
                    if (value.isEmpty()) {
                        problem(number, column, "cases.unnamed");
                    }
                    draft = new Draft(number, value, head);
                }
                case "contrat" -> settings(contract(value));
                case "date du contrôle", "date du controle" -> settings(asOf(number, column, value));
                case "profil" -> settings(s -> new Settings(s.contract(), s.asOf(), value.isEmpty() ? null : value));
                case "attendu", "absent" -> expectation(number, keyColumn, column, key.toLowerCase(Locale.ROOT).equals("attendu"), value);
                case "retirer" -> {
                    if (draft == null) {
                        problem(number, keyColumn, "cases.outsideCase", key + ": " + value);
                        return;
                    }
                    path(number, column, value).ifPresentOrElse(p -> draft.edits.add(new Edit(number, column, p, null)),
                            () -> draft.broken = true);
                }
                default -> {
                    problem(number, keyColumn, "cases.unknownKey", key);
                    if (draft != null) {
                        draft.broken = true;
                    }
                }
            }
        }

        /** Changes the head's settings, or the case's when a case is being read. */
        private void settings(UnaryOperator<Settings> change) {
            if (draft == null) {
                head = change.apply(head);
            } else {
                draft.settings = change.apply(draft.settings);
            }
        }

        private UnaryOperator<Settings> contract(String value) {
            Path contract = file.getParent().resolve(value).normalize();
            return s -> new Settings(contract, s.asOf(), s.profile());
        }

        private UnaryOperator<Settings> asOf(int number, int column, String value) {
            if (value.equalsIgnoreCase(NO_DAY)) {
                return s -> new Settings(s.contract(), null, s.profile());
            }
            try {
                LocalDate day = LocalDate.parse(value);
                return s -> new Settings(s.contract(), day, s.profile());
            } catch (DateTimeParseException e) {
                problem(number, column, "cases.badDay", value);
                if (draft != null) {
                    draft.broken = true;
                }
                return s -> s;
            }
        }

        private void expectation(int number, int keyColumn, int column, boolean present, String value) {
            if (draft == null) {
                problem(number, keyColumn, "cases.outsideCase", (present ? "attendu: " : "absent: ") + value);
                return;
            }
            Matcher m = EXPECTATION.matcher(value);
            if (!m.matches()) {
                problem(number, column, "cases.badExpectation", value);
                draft.broken = true;
                return;
            }
            Severity severity = null;
            if (m.group(1) != null) {
                severity = SEVERITIES.get(m.group(1).toUpperCase(Locale.ROOT));
                if (severity == null) {
                    problem(number, column, "cases.badSeverity", m.group(1));
                    draft.broken = true;
                    return;
                }
            }
            ElementPath path = null;
            if (m.group(3) != null) {
                Optional<ElementPath> parsed = path(number, column + m.start(3), m.group(3));
                if (parsed.isEmpty()) {
                    draft.broken = true;
                    return;
                }
                path = parsed.get();
            }
            draft.expectations.add(new Expectation(number, present, m.group(2), severity, path));
        }

        private Optional<ElementPath> path(int number, int column, String text) {
            // The contract itself is written "(contrat)" by the reports; "" is accepted too.
            if (text.isEmpty() || text.equals("(contrat)")) {
                return Optional.of(ElementPath.root());
            }
            try {
                return Optional.of(ElementPath.parse(text));
            } catch (IllegalArgumentException e) {
                problem(number, column, "cases.badPath", text);
                return Optional.empty();
            }
        }

        private Optional<JsonNode> value(int number, int column, String text) {
            if (text.isEmpty()) {
                problem(number, column, "cases.noValue");
                return Optional.empty();
            }
            try {
                return Optional.of(json.readTree(text));
            } catch (JacksonException e) {
                int at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr() - 1);
                problem(number, column + at, "cases.badValue", text);
                return Optional.empty();
            }
        }

        /** Ends the case being read: builds its contract and adds it, unless a line of it was unusable. */
        private void finish() {
            Draft done = draft;
            draft = null;
            if (done == null || done.broken) {
                return;
            }
            if (done.expectations.isEmpty()) {
                problem(done.line, 1, "cases.noExpectation", done.name);
                return;
            }
            Settings s = done.settings;
            if (s.contract() == null) {
                problem(done.line, 1, "cases.noContract", done.name);
                return;
            }
            Optional<JsonNode> base = baseContract(s.contract());
            if (base.isEmpty()) {
                return;
            }
            JsonNode tree = base.get().deepCopy();
            for (Edit edit : done.edits) {
                Optional<String> wrong = apply(tree, edit);
                if (wrong.isPresent()) {
                    problems.add(new CaseFileProblem(shown(file), edit.line(), edit.column(),
                            Texts.french(wrong.get(), edit.path()), Texts.english(wrong.get(), edit.path())));
                    return;
                }
            }
            ContratLocalSante contrat;
            try {
                contrat = ContractJson.parse(json.writeValueAsString(tree), shown(file) + ":" + done.line);
            } catch (ContractFormatException e) {
                for (JsonProblem p : e.problems()) {
                    Edit culprit = culprit(done.edits, p.jsonPath());
                    problems.add(new CaseFileProblem(shown(file), culprit == null ? done.line : culprit.line(),
                            culprit == null ? 1 : culprit.column(), jsonText(p, Locale.FRENCH), jsonText(p, Locale.ENGLISH)));
                }
                return;
            }
            ValidationContext context = ValidationContext.defaults().withAsOf(s.asOf()).withProfile(s.profile());
            cases.add(new RuleTestCase(name, done.line, done.name, contrat, context, done.expectations));
        }

        private void problem(int line, int column, String key, Object... arguments) {
            problems.add(new CaseFileProblem(shown(file), line, column, Texts.french(key, arguments), Texts.english(key, arguments)));
        }
    }

    /** A case being read. */
    private static final class Draft {

        private final int line;
        private final String name;
        private Settings settings;
        private final List<Edit> edits = new ArrayList<>();
        private final List<Expectation> expectations = new ArrayList<>();
        private boolean broken;

        Draft(int line, String name, Settings settings) {
            this.line = line;
            this.name = name;
            this.settings = settings;
        }
    }

    /** The contract a case file names, read once; empty, and told once, when it cannot be used. */
    private Optional<JsonNode> baseContract(Path contract) {
        return contracts.computeIfAbsent(contract, c -> {
            try {
                ContractJson.read(c);
                return Optional.of(json.readTree(InputFile.readUtf8(c, MAX_CONTRACT_BYTES)));
            } catch (ContractFormatException e) {
                e.problems().forEach(p -> problems.add(new CaseFileProblem(shown(c), p.line(), p.column(),
                        jsonText(p, Locale.FRENCH), jsonText(p, Locale.ENGLISH))));
            } catch (ContractUnreadableException e) {
                problems.add(new CaseFileProblem(shown(c), 0, 0, Texts.french("cases.unreadable", e.getMessage()),
                        Texts.english("cases.unreadable", e.getMessage())));
            } catch (IOException | JacksonException e) {
                problems.add(new CaseFileProblem(shown(c), 0, 0, Texts.french("cases.unreadable", e.getMessage()),
                        Texts.english("cases.unreadable", e.getMessage())));
            }
            return Optional.empty();
        });
    }

    /**
     * Makes {@code edit} in {@code tree}; the key of the text that says why it cannot be made, if
     * it cannot. Objects missing on the way are made, so that a case can fill in what its
     * contract leaves out; a property the format does not know is then refused by the reader.
     */
    private static Optional<String> apply(JsonNode tree, Edit edit) {
        List<String> tokens = edit.path().tokens();
        if (tokens.isEmpty()) {
            return Optional.of("cases.editRoot");
        }
        JsonNode node = tree;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String token = tokens.get(i);
            JsonNode child = child(node, token);
            if ((child == null || child.isNull()) && node instanceof ObjectNode object && !isIndex(tokens.get(i + 1))) {
                child = object.putObject(token);
            }
            if (child == null || !child.isContainer()) {
                return Optional.of("cases.editMissing");
            }
            node = child;
        }
        String last = tokens.get(tokens.size() - 1);
        if (node instanceof ObjectNode object && !isIndex(last)) {
            if (edit.value() == null) {
                return object.remove(last) == null ? Optional.of("cases.editMissing") : Optional.empty();
            }
            object.set(last, edit.value());
            return Optional.empty();
        }
        if (node instanceof ArrayNode array && isIndex(last)) {
            int index = Integer.parseInt(last);
            if (edit.value() == null) {
                if (index >= array.size()) {
                    return Optional.of("cases.editMissing");
                }
                array.remove(index);
            } else if (index < array.size()) {
                array.set(index, edit.value());
            } else if (index == array.size()) {
                array.add(edit.value());
            } else {
                return Optional.of("cases.editBeyond");
            }
            return Optional.empty();
        }
        return Optional.of("cases.editMissing");
    }

    private static JsonNode child(JsonNode node, String token) {
        if (node instanceof ArrayNode array) {
            return isIndex(token) && Integer.parseInt(token) < array.size() ? array.get(Integer.parseInt(token)) : null;
        }
        return isIndex(token) ? null : node.get(token);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }

    /** The last change of a case to the element a problem is at, or above it. */
    private static Edit culprit(List<Edit> edits, String jsonPath) {
        String text = jsonPath.startsWith("$.") ? jsonPath.substring(2) : "";
        ElementPath at;
        try {
            at = ElementPath.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Edit culprit = null;
        for (Edit edit : edits) {
            if (at.startsWith(edit.path()) || edit.path().startsWith(at)) {
                culprit = edit;
            }
        }
        return culprit;
    }

    private static String jsonText(JsonProblem p, Locale locale) {
        return Texts.in(locale, "cases.json", p.jsonPath(), p.problem().in(locale), p.expected().in(locale));
    }

    /** A file as the author sees it: under the folder as they named it. */
    private static String shown(Path file) {
        return file.normalize().toString();
    }
}
