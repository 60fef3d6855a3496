package io.github.cls4j.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The codes of communes and QPV are checked character by character exactly as the regular expressions of their formats say")
class CodeFormatsTest {

    /** The formats as their sources state them: the oracle of the character checks. */
    private static final String METROPOLITAIN = "(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])";
    private static final Pattern COMMUNE = Pattern.compile(METROPOLITAIN + "\\d{3}|97[1-8]\\d{2}");
    private static final String DEPARTEMENT_QPV = "(?:0" + METROPOLITAIN + "|97[1-8])";
    private static final Pattern QPV_2015 = Pattern.compile("QP" + DEPARTEMENT_QPV + "\\d{3}");
    private static final Pattern QPV_2024 = Pattern.compile("QN" + DEPARTEMENT_QPV + "\\d{2}[A-Z]");

    /** The characters that matter at each place, and some that do not: every edge of every range. */
    private static final String CHARACTERS = "0123456789AB Za\u0663";

    /** Every text of {@code length} characters of {@link #CHARACTERS}. */
    private static List<String> all(int length) {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int i = 0; i < length; i++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                for (char c : CHARACTERS.toCharArray()) {
                    longer.add(text + c);
                }
            }
            texts = longer;
        }
        return texts;
    }

    @Test
    void a_commune_code_is_well_formed_exactly_when_the_format_matches_it() {
        List<String> codes = new ArrayList<>();
        for (int length = 0; length <= 5; length++) {
            codes.addAll(all(length));
        }
        codes.addAll(List.of("623450", "97411", "9741", "2A004", "20004"));

        int wellFormed = 0;
        for (String code : codes) {
            boolean expected = COMMUNE.matcher(code).matches();
            assertThat(CodeCommune.of(code).isWellFormed()).as(code).isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        assertThat(wellFormed).as("well-formed codes among those tried").isGreaterThan(10_000);
    }

    @Test
    void a_qpv_code_has_the_generation_whose_format_matches_it() {
        List<String> codes = new ArrayList<>();
        for (String prefix : List.of("QP", "QN", "QM", "PQ")) {
            for (String departement : all(3)) {
                for (String end : List.of("001", "999", "00A", "01M", "0AZ", "12z", "1A1", "00", "0001", "9 9")) {
                    codes.add(prefix + departement + end);
                }
            }
        }
        codes.addAll(List.of("", "Q", "QP", "QP0620", "QN06201", "QN06201MM"));

        int of2015 = 0;
        int of2024 = 0;
        for (String code : codes) {
            Optional<GenerationQpv> expected = QPV_2015.matcher(code).matches() ? Optional.of(GenerationQpv.QPV_2015)
                    : QPV_2024.matcher(code).matches() ? Optional.of(GenerationQpv.QPV_2024) : Optional.empty();
            assertThat(CodeQpv.of(code).generation()).as(code).isEqualTo(expected);
            assertThat(CodeQpv.of(code).isWellFormed()).as(code).isEqualTo(expected.isPresent());
            of2015 += expected.filter(GenerationQpv.QPV_2015::equals).isPresent() ? 1 : 0;
            of2024 += expected.filter(GenerationQpv.QPV_2024::equals).isPresent() ? 1 : 0;
        }
        assertThat(of2015).as("codes of 2015 among those tried").isGreaterThan(100);
        assertThat(of2024).as("codes of 2024 among those tried").isGreaterThan(100);
    }

    @Test
    void a_missing_code_is_not_well_formed() {
        assertThat(new CodeCommune(null).isWellFormed()).isFalse();
        assertThat(new CodeQpv(null).generation()).isEmpty();
    }
}
