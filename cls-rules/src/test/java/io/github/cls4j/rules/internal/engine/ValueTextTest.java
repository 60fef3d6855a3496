package io.github.cls4j.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.StatutContrat;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.rules.Explanation;
import io.github.cls4j.rules.exemples.Exemples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An explanation writes each value as a reader needs it, and reads a chain as a condition does")
class ValueTextTest {

    private final ContratLocalSante contrat = Exemples.conforme();
    private final Map<Object, ElementPath> paths = new IdentityHashMap<>(Map.of(contrat, ElementPath.root(),
            contrat.signataires().get(0), ElementPath.root().item("signataires", 0)));
    private final ValueText text = new ValueText(paths);

    @Test
    void values_are_written_as_they_read() {
        assertThat(text.of(null)).isEqualTo("null");
        assertThat(text.of("Arras")).isEqualTo("\"Arras\"");
        assertThat(text.of(StatutContrat.SIGNE)).isEqualTo("SIGNE");
        assertThat(text.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(text.of(LocalDate.of(2024, 3, 15))).isEqualTo("2024-03-15");
        assertThat(text.of(Optional.of(2))).isEqualTo("2");
        assertThat(text.of(contrat)).isEqualTo("(contrat)");
        assertThat(text.of(contrat.signataires().get(0))).isEqualTo("signataires[0]");
        assertThat(text.of(Periode.du(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))))
                .isEqualTo("Periode[debut=2024-01-01, fin=2028-12-31]");
    }

    @Test
    void a_long_list_shows_its_first_items_and_how_many_and_a_long_text_is_cut() {
        assertThat(text.of(List.of(1, 2, 3, 4, 5, 6, 7))).isEqualTo("[1, 2, 3, 4, 5, … (7)]");
        assertThat(Explanation.MOST_ITEMS).isEqualTo(5);
        String written = text.of("x".repeat(1_000_000));
        assertThat(written).hasSize(ValueText.MOST_CHARACTERS).endsWith("…").startsWith("\"xxx");
    }

    @Test
    void a_chain_is_followed_through_the_models_entities_and_stops_at_what_a_reader_reads_as_it_is() {
        assertThat(text.read(contrat, "estConclu()")).isEqualTo(new ValueText.Read("estConclu()", true));
        assertThat(text.read(contrat, "periodeEffective().fin").value()).isEqualTo(contrat.periodeEffective().fin());
        // A code is read as it is: its own methods are the condition's business.
        assertThat(text.read(contrat, "region.value").name()).isEqualTo("region");
        // A list too: size() is what the condition asks of it.
        assertThat(text.read(contrat, "signataires.size()").name()).isEqualTo("signataires");
        ValueText.Read unknown = text.read(contrat, "nExistePas");
        assertThat(text.of(unknown.value())).isEqualTo("?");
    }
}
