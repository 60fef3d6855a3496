package io.github.cls4j.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A contract's text cannot drive the terminal")
class TerminalTextTest {

    @Test
    void escape_sequences_bells_and_bidirectional_overrides_are_shown_escaped() {
        assertThat(TerminalText.safe("avant\u001B[2Japrès")).isEqualTo("avant\\u001B[2Japrès");
        assertThat(TerminalText.safe("\u001B]0;titre-volé\u0007")).isEqualTo("\\u001B]0;titre-volé\\u0007");
        assertThat(TerminalText.safe("abc\u202Edef")).isEqualTo("abc\\u202Edef");
        assertThat(TerminalText.safe("ligne\nsuivante\u009B")).isEqualTo("ligne\\u000Asuivante\\u009B");
    }

    @Test
    void ordinary_text_is_left_as_it_is() {
        String text = "Contrat local de santé d'Arras — 2023-2028\tCUA « Arras »";
        assertThat(TerminalText.safe(text)).isSameAs(text);
        assertThat(TerminalText.safe(null)).isNull();
    }
}
