package io.github.cls4j.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fuzzer's seeds are what their names say: contracts that read, files that break the format")
class SeedInputsTest {

    /** Where Jazzer looks for the inputs of ReadThenValidateFuzzTest#readThenValidate. */
    private static final String INPUTS = "ReadThenValidateFuzzTestInputs/readThenValidate";

    @Test
    void every_contrat_seed_reads_as_a_contract() throws IOException {
        List<Path> contrats = seeds("contrat-");

        assertThat(contrats).hasSizeGreaterThanOrEqualTo(3);
        for (Path seed : contrats) {
            assertThat(ContractJson.read(seed).id()).as(seed.getFileName().toString()).isNotBlank();
        }
    }

    @Test
    void every_casse_seed_is_refused_with_a_format_error() throws IOException {
        List<Path> casses = seeds("casse-");

        assertThat(casses).hasSizeGreaterThanOrEqualTo(5);
        for (Path seed : casses) {
            assertThatThrownBy(() -> ContractJson.read(seed)).as(seed.getFileName().toString())
                    .isInstanceOf(ContractFormatException.class);
        }
    }

    private static List<Path> seeds(String prefix) throws IOException {
        URL folder = SeedInputsTest.class.getResource(INPUTS);
        assertThat(folder).as(INPUTS).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
