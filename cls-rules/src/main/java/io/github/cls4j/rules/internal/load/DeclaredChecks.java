package io.github.cls4j.rules.internal.load;

import io.github.cls4j.core.json.StrictJson;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.rule.RuleInfo;
import io.github.cls4j.rules.internal.rule.RuleKey;
import io.github.cls4j.rules.internal.rule.RuleMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * The rules written in Java, declared with the same metadata as a DRL rule: the portfolio checks
 * ({@code CLS-POR-…}), which judge the contracts of a region together, declared in {@value #FILE}.
 * Each entry gives the rule's name (its id and French title, as a DRL rule's name does) and its
 * attributes ({@code id}, {@code severity}, {@code family}, {@code reference}, and when they
 * apply {@code since}, {@code until}, {@code enabledBy}), read and checked by
 * {@link RuleMetadata} as those of a DRL rule are; so they have a catalogue row, messages in both
 * languages, a severity a profile can change, and the severity policy applies to them.
 */
final class DeclaredChecks {

    /** The file of the portfolio checks, in the bundled rules' folder. */
    static final String FILE = "portefeuille/regles.json";
    /** The package of their rule keys, as if they were a DRL file's. */
    static final String PACKAGE = "io.github.cls4j.rules.portefeuille";

    private static final TypeReference<List<LinkedHashMap<String, Object>>> TYPE = new TypeReference<>() { };

    private DeclaredChecks() {
    }

    /** The bundled portfolio checks; adds to {@code problems} what is wrong with their declarations. */
    static List<RuleInfo> bundled(List<RuleProblem> problems) {
        // Read once: the entries from the text, and each entry's line from the same text.
        String text = text(DataFiles.BUNDLED + FILE);
        List<String> lines = text.lines().toList();
        List<RuleInfo> checks = new ArrayList<>();
        List<LinkedHashMap<String, Object>> entries = StrictJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TYPE,
                (line, message) -> new RuleCompilationException(FILE, List.of(new RuleProblem(FILE, line, null, message))));
        for (Map<String, Object> entry : entries) {
            Map<String, Object> meta = new LinkedHashMap<>(entry);
            Object name = meta.remove("rule");
            if (!(name instanceof String rule)) {
                problems.add(new RuleProblem(FILE, 0, null, "an entry has no \"rule\" (its id and title): " + entry));
                continue;
            }
            RuleMetadata.read(new RuleKey(PACKAGE, rule), meta, FILE, lineOf(lines, rule), problems).ifPresent(checks::add);
        }
        return checks;
    }

    private static int lineOf(List<String> lines, String rule) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(rule)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String text(String resource) {
        try (InputStream in = DeclaredChecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " in cls-rules");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
