package io.github.cls4j.samples.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.json.ReadLimits;
import io.github.cls4j.samples.SampleContracts;
import io.github.cls4j.samples.badinput.BadInputs.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The manifest of the bad-input corpus lists every input, and only those, each with what its layer needs")
class CorpusManifestTest {

    static List<Case> cases() {
        return BadInputs.manifest().cases();
    }

    @Test
    void every_file_of_the_folder_has_its_case_and_every_committed_case_its_file() throws IOException {
        List<String> committed = cases().stream().filter(c -> !c.isGenerated()).map(Case::file).toList();
        List<String> files;
        try (Stream<Path> listing = Files.list(BadInputs.FOLDER)) {
            files = listing.map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals(BadInputs.MANIFEST) && !name.equals(BadInputs.README)).toList();
        }

        assertThat(cases().stream().map(Case::file)).as("file names in the manifest").doesNotHaveDuplicates();
        assertThat(files).as("the files of %s against the manifest's committed cases", BadInputs.FOLDER)
                .containsExactlyInAnyOrderElementsOf(committed);
    }

    @Test
    void every_generated_case_has_its_generator_and_every_generator_its_case() {
        assertThat(cases().stream().filter(Case::isGenerated).map(Case::file))
                .containsExactlyInAnyOrderElementsOf(LargeInputs.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_case_holds_what_its_layer_needs(Case c) {
        assertThat(c.what()).as("what is wrong").isNotBlank();
        switch (c.layer()) {
            case READ -> {
                assertThat(c.error()).as("the problem the reader reports").isNotNull();
                assertThat(c.base()).isNull();
                assertThat(c.findings()).isEmpty();
                assertThat(c.gone()).isEmpty();
            }
            case VALIDATE -> {
                assertThat(c.error()).isNull();
                assertThat(SampleContracts.names()).as("its base").contains(c.base());
                assertThat(c.findings()).as("the findings it adds to its base's").isNotEmpty();
                assertThat(c.isGenerated()).isFalse();
            }
            case ACCEPTED -> {
                assertThat(c.error()).isNull();
                assertThat(SampleContracts.names()).as("its base").contains(c.base());
                assertThat(c.findings()).isEmpty();
                assertThat(c.gone()).isEmpty();
                assertThat(c.isGenerated()).isFalse();
            }
            default -> throw new IllegalStateException(c.layer().toString());
        }
    }

    @Test
    void the_generated_inputs_are_as_large_as_they_say(@TempDir Path dir) throws IOException {
        String deep = Files.readString(LargeInputs.write("nesting-10000-levels.json", dir));
        String title = ContractJson.reader(ReadLimits.defaults().withMaxStringLength(2 * LargeInputs.LONG_CHARS))
                .read(LargeInputs.write("string-1000000-chars.json", dir)).intitule();

        assertThat(Files.size(LargeInputs.write("too-large-50mb.json", dir))).isGreaterThan(LargeInputs.LARGE_BYTES);
        assertThat(deep).contains("[".repeat(LargeInputs.DEEP_LEVELS) + "]".repeat(LargeInputs.DEEP_LEVELS))
                .doesNotContain("[".repeat(LargeInputs.DEEP_LEVELS + 1));
        assertThat(title).hasSize(LargeInputs.LONG_CHARS);
    }

    @Test
    void the_generated_inputs_have_only_their_one_thing_wrong(@TempDir Path dir) {
        ContratLocalSante base = SampleContracts.read(LargeInputs.BASE);
        ContratLocalSante large = ContractJson.reader(ReadLimits.defaults().withMaxBytes(2 * LargeInputs.LARGE_BYTES))
                .read(LargeInputs.write("too-large-50mb.json", dir));
        ContratLocalSante longTitle = ContractJson.reader(ReadLimits.defaults().withMaxStringLength(2 * LargeInputs.LONG_CHARS))
                .read(LargeInputs.write("string-1000000-chars.json", dir));
        // Deep enough for it, the reader goes past the nesting and stops at the property that holds it.
        ContractFormatException deep = catchThrowableOfType(ContractFormatException.class,
                () -> ContractJson.reader(ReadLimits.defaults().withMaxDepth(2 * LargeInputs.DEEP_LEVELS))
                        .read(LargeInputs.write("nesting-10000-levels.json", dir)));

        assertThat(large.toBuilder().provenance(base.provenance()).build()).isEqualTo(base);
        assertThat(longTitle.toBuilder().intitule(base.intitule()).build()).isEqualTo(base);
        assertThat(deep.problems()).singleElement().satisfies(p -> assertThat(p.jsonPath()).isEqualTo("$.annexes"));
    }
}
