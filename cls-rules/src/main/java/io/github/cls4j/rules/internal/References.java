package io.github.cls4j.rules.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cls4j.rules.LegalReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/**
 * The sources rules cite, keyed by the value of their {@code @reference}: the bundled
 * {@code references.json}, and the {@code references.json} of a folder of rules over it.
 */
final class References {

    static final String FILE = "references.json";

    /** One entry of {@code references.json}. */
    private record Entry(@JsonProperty(required = true) String title, String article, URI url) {
    }

    private static final TypeReference<Map<String, Entry>> TYPE = new TypeReference<>() { };

    private final Map<String, LegalReference> byId;

    private References(Map<String, LegalReference> byId) {
        this.byId = Map.copyOf(byId);
    }

    static References bundled(String folder) {
        return of(DataFiles.resource(folder + FILE, TYPE));
    }

    /** The references of a folder of rules; none if it has no {@code references.json}. */
    static References folder(Path folder) {
        Path file = folder.resolve(FILE);
        return Files.exists(file) ? of(DataFiles.file(file, FILE, TYPE)) : of(Map.of());
    }

    private static References of(Map<String, Entry> entries) {
        Map<String, LegalReference> byId = new HashMap<>();
        entries.forEach((id, e) -> byId.put(id, new LegalReference(id, e.title(), e.article(), e.url())));
        return new References(byId);
    }

    References overriddenBy(References other) {
        Map<String, LegalReference> merged = new HashMap<>(byId);
        merged.putAll(other.byId);
        return new References(merged);
    }

    Optional<LegalReference> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
