package io.github.cls4j.core.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A day is written as a reader writes it, in French first")
class DayInWordsTest {

    @Test
    void french_writes_the_month_in_words_and_the_first_as_an_ordinal() {
        assertThat(DayInWords.of(LocalDate.of(2023, 6, 30), Locale.FRENCH)).isEqualTo("30 juin 2023");
        assertThat(DayInWords.of(LocalDate.of(2023, 7, 1), Locale.FRENCH)).isEqualTo("1er juillet 2023");
        assertThat(DayInWords.of(LocalDate.of(2026, 2, 1), Locale.forLanguageTag("fr-CA"))).isEqualTo("1er février 2026");
    }

    @Test
    void english_writes_the_day_then_the_month() {
        assertThat(DayInWords.of(LocalDate.of(2023, 7, 1), Locale.ENGLISH)).isEqualTo("1 July 2023");
        assertThat(DayInWords.of(LocalDate.of(2026, 11, 23), Locale.UK)).isEqualTo("23 November 2026");
    }

    @Test
    void only_an_iso_day_that_exists_is_written_in_words() {
        assertThat(DayInWords.ifDay("2022-02-23", Locale.FRENCH)).isEqualTo("23 février 2022");
        assertThat(DayInWords.ifDay("2023-02-30", Locale.FRENCH)).isEqualTo("2023-02-30");
        assertThat(DayInWords.ifDay("FA-2023-02-01", Locale.FRENCH)).isEqualTo("FA-2023-02-01");
        assertThat(DayInWords.ifDay("12", Locale.FRENCH)).isEqualTo("12");
        assertThat(DayInWords.ifDay(null, Locale.FRENCH)).isNull();
    }
}
