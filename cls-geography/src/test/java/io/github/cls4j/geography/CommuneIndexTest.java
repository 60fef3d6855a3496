package io.github.cls4j.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states of a code are read once and kept, within a bound whatever is asked. */
@DisplayName("The communes' index: a code read once is kept, never more than the bound")
class CommuneIndexTest {

    @TempDir
    static Path folder;
    private static CommuneIndex index;

    /** A geography of its own, read from the bundled files: what the other tests ask of the bundled one is not counted here. */
    @BeforeAll
    static void read() throws IOException {
        for (String file : GeographyFiles.ALL) {
            try (InputStream in = GeographyFiles.class.getResourceAsStream(file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        index = Geographie.read(folder).communeIndex();
    }

    @Test
    void a_code_asked_again_gives_the_states_kept_and_a_code_unknown_keeps_nothing() {
        List<GeographyFiles.State<CommuneCog>> arras = index.of("62041");

        assertThat(arras).isNotEmpty().allSatisfy(state -> assertThat(state.value().code()).isEqualTo("62041"));
        assertThat(index.of("62041")).isSameAs(arras);
        int kept = index.kept();
        assertThat(index.of("99999")).isEmpty();
        assertThat(index.kept()).isEqualTo(kept);
    }

    @Test
    void asking_for_every_code_keeps_no_more_than_the_bound_and_still_gives_each_its_states() {
        List<String> codes = index.codes();
        assertThat(codes).hasSizeGreaterThan(CommuneIndex.KEPT);

        for (String code : codes) {
            assertThat(index.of(code)).isNotEmpty();
            assertThat(index.kept()).isLessThanOrEqualTo(CommuneIndex.KEPT);
        }
        assertThat(index.of(codes.get(0))).extracting(state -> state.value().code()).containsOnly(codes.get(0));
    }
}
