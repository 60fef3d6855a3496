package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.RandomContracts;
import io.github.cls4j.core.contrat.ContratLocalSante;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Writing then reading a contract gives back an equal contract")
class RoundTripTest {

    private static final String SAMPLES = "/io/github/cls4j/samples/contrats/";

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "random contract of seed {0}")
    @MethodSource("seeds")
    void a_random_contract_survives_the_round_trip(long seed) {
        ContratLocalSante contrat = RandomContracts.contract(seed);

        String json = ContractJson.toJson(contrat);

        assertThat(ContractJson.parse(json)).as("seed %d:%n%s", seed, json).isEqualTo(contrat);
        assertThat(ContractJson.toJson(ContractJson.parse(json))).isEqualTo(json);
    }

    /** The sample contracts of cls-samples, listed in their index. */
    static Stream<String> samples() throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream(SAMPLES + "index.txt")) {
            assertThat(in).as("the samples' index, copied from cls-samples by the build").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.endsWith(".json") && !l.startsWith("#")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_contract_survives_the_round_trip(String name) throws IOException {
        ContratLocalSante contrat;
        try (InputStream in = RoundTripTest.class.getResourceAsStream(SAMPLES + name)) {
            contrat = ContractJson.read(in, name);
        }

        String json = ContractJson.toJson(contrat);

        assertThat(ContractJson.parse(json, name)).isEqualTo(contrat);
        assertThat(ContractJson.toJson(ContractJson.parse(json, name))).isEqualTo(json);
    }

    @Test
    void the_generator_is_reproducible_and_varied() {
        assertThat(RandomContracts.contract(7)).isEqualTo(RandomContracts.contract(7));
        assertThat(seeds().mapToObj(RandomContracts::contract).distinct().count()).isEqualTo(300);
    }

    @Test
    void a_complete_contract_survives_through_a_file_and_a_stream(@TempDir Path dir) {
        ContratLocalSante contrat = Contrats.complet();
        Path file = dir.resolve("complet.json");

        ContractJson.write(contrat, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractJson.write(contrat, out);

        assertThat(ContractJson.read(file)).isEqualTo(contrat);
        assertThat(ContractJson.read(new ByteArrayInputStream(out.toByteArray()), "flux")).isEqualTo(contrat);
    }

    @Test
    void an_overseas_third_generation_contract_with_avenants_survives_the_round_trip() {
        ContratLocalSante contrat = Contrats.outreMer();

        assertThat(ContractJson.parse(ContractJson.toJson(contrat))).isEqualTo(contrat);
    }

    @Test
    void the_document_starts_with_its_version_and_keeps_accents_and_iso_dates() {
        String json = ContractJson.toJson(Contrats.complet());

        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"id\" : \"HDF-CUA-2023\",");
        assertThat(json).contains("\"dateSignature\" : \"2023-06-15\"", "Communauté Urbaine d'Arras");
    }

    @Test
    void missing_values_and_empty_lists_are_not_written() {
        String json = ContractJson.toJson(Contrats.minimal());

        assertThat(json).doesNotContain("null", "[ ]", "signataires", "dateSignature");
        assertThat(ContractJson.parse(json).signataires()).isEmpty();
    }

    @Test
    void a_byte_order_mark_is_accepted() {
        byte[] json = ("\uFEFF" + ContractJson.toJson(Contrats.minimal())).getBytes(StandardCharsets.UTF_8);

        assertThat(ContractJson.read(new ByteArrayInputStream(json), "bom.json")).isEqualTo(Contrats.minimal());
    }
}
