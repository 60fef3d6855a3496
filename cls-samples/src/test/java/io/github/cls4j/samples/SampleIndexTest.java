package io.github.cls4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleIndexTest {

    @Test
    void the_index_lists_every_sample_file_of_the_folder() throws IOException {
        Path folder = Path.of("src/main/resources" + SampleContracts.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted())
                    .containsExactlyInAnyOrderElementsOf(SampleContracts.names());
        }
    }
}
