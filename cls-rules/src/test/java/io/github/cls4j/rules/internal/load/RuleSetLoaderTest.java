package io.github.cls4j.rules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.engine.RuleSet;
import io.github.cls4j.geography.Geographie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader compiles the files as it read them, once two reads agree, and refuses files that never stand still. */
@DisplayName("Rules are loaded from one state of their files, read whole before they are compiled")
class RuleSetLoaderTest {

    private static final String DRL = """
            package regles.locales;

            import io.github.cls4j.core.contrat.ContratLocalSante;

            global io.github.cls4j.rules.facts.Findings findings;

            rule "LOC-A Une règle locale"
                @id(LOC-A) @severity(INFO) @family(REGIONAL) @reference(CSP-L1434-10-IV)
            when
                $contrat : ContratLocalSante()
            then
                findings.report($contrat);
            end
            """;

    @TempDir
    Path folder;
    private Path drl;
    private RuleSetLoader.Sources sources;

    @BeforeEach
    void write() throws IOException {
        drl = Files.createDirectories(folder.resolve("regles")).resolve("locale.drl");
        Files.writeString(drl, DRL);
        Files.writeString(folder.resolve("messages.properties"), "LOC-A.message=locale\n");
        Files.writeString(folder.resolve("messages_en.properties"), "LOC-A.title=Local\nLOC-A.message=local\n");
        sources = new RuleSetLoader.Sources(null, List.of(folder), List.of(), null, Geographie::bundled);
    }

    @Test
    void files_that_change_between_every_two_reads_are_refused_in_words() {
        AtomicInteger edits = new AtomicInteger();
        Supplier<SourceFiles> editedAtEachRead = () -> {
            append(drl, "// modification " + edits.incrementAndGet() + "\n");
            return sources.read();
        };

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> RuleSetLoader.load(sources, editedAtEachRead));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the files changed while they were read, at each of 3 tries: load the rules again once they are written"));
        assertThat(edits).hasValue(6);
    }

    @Test
    void what_is_compiled_is_what_two_reads_agreed_on_not_what_the_files_hold_afterwards() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<SourceFiles> thenBroken = () -> {
            SourceFiles read = sources.read();
            if (reads.incrementAndGet() == 2) {
                // Broken once both reads are made: a compiler reading the disk would see this.
                append(drl, "rule sans fin");
            }
            return read;
        };

        RuleSet loaded = RuleSetLoader.load(sources, thenBroken);

        assertThat(loaded.rules()).anySatisfy(rule -> assertThat(rule.id()).isEqualTo("LOC-A"));
        assertThat(catchThrowableOfType(RuleCompilationException.class, () -> RuleSetLoader.load(sources))).as("the files as they now are")
                .isNotNull();
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
