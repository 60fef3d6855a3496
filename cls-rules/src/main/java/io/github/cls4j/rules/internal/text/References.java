package io.github.cls4j.rules.internal.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cls4j.rules.Confidence;
import io.github.cls4j.rules.LegalReference;
import io.github.cls4j.rules.SourceKind;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.data.SourceFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * The sources rules cite, keyed by the value of their {@code @reference}: the bundled
 * {@code references.json}, and the {@code references.json} of a folder of rules over it.
 *
 * <p>A source may be dated: an entry with {@code "since": "2016-01-28", "before": "CSP-L1434-17"}
 * is cited for contracts concluded from that day, and the entry {@code before} names for those
 * concluded earlier (the HPST article that loi n° 2016-41 replaced), so that a finding cites the
 * text that bound the contract.
 */
public final class References {

    public static final String FILE = "references.json";
    /** The source of the Bean Validation constraints: the model, not a text of law. */
    public static final String STRUCTURE = "CLS4J-MODELE";
    /** The source of a rule failure: the engine, not a text of law. */
    public static final String ENGINE = "CLS4J-MOTEUR";

    /** One entry of {@code references.json}. */
    private record Entry(@JsonProperty(required = true) String title, String article, URI url, SourceKind kind,
            String words, Confidence confidence, String region, LocalDate since, String before) {
    }

    /** A reference, and the one cited for contracts concluded before its first day. */
    private record Dated(LegalReference reference, LocalDate since, String before) {
    }

    private static final TypeReference<Map<String, Entry>> TYPE = new TypeReference<>() { };

    private final Map<String, Dated> byId;

    private References(Map<String, Dated> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static References bundled(String folder) {
        return of(DataFiles.resource(folder + FILE, TYPE));
    }

    /** The references of a folder of rules, as {@code files} read them; none if it has no {@code references.json}. */
    public static References folder(Path folder, SourceFiles files) {
        Path file = folder.resolve(FILE);
        return files.exists(file) ? of(DataFiles.file(files, file, FILE, TYPE)) : of(Map.of());
    }

    private static References of(Map<String, Entry> entries) {
        Map<String, Dated> byId = new HashMap<>();
        entries.forEach((id, e) -> byId.put(id, new Dated(new LegalReference(id, e.title(), e.article(), e.url(), e.kind(),
                e.words(), e.confidence(), e.region()), e.since(), e.before())));
        return new References(byId);
    }

    public References overriddenBy(References other) {
        Map<String, Dated> merged = new HashMap<>(byId);
        merged.putAll(other.byId);
        return new References(merged);
    }

    /** The reference {@code id}, as the catalogue shows it: the text in force. */
    public Optional<LegalReference> get(String id) {
        return Optional.ofNullable(byId.get(id)).map(Dated::reference);
    }

    /**
     * The reference {@code id} as it stood on {@code day}: the entry it replaced for a day before
     * its first, and so on back; the reference in force when the day is not known.
     */
    public LegalReference on(String id, LocalDate day) {
        Dated dated = byId.get(id);
        // Bounded by the number of entries, so that a loop of "before" cannot run for ever.
        for (int hops = 0; day != null && hops < byId.size() && dated.since() != null && day.isBefore(dated.since())
                && dated.before() != null && byId.containsKey(dated.before()); hops++) {
            dated = byId.get(dated.before());
        }
        return dated.reference();
    }

    /** Each reference whose {@code before} names no reference: a mistake of its file. */
    public List<String> dangling() {
        return byId.entrySet().stream().filter(e -> e.getValue().before() != null && !byId.containsKey(e.getValue().before()))
                .map(e -> e.getKey() + " names \"before\": \"" + e.getValue().before() + "\", which is not a reference").sorted().toList();
    }
}
