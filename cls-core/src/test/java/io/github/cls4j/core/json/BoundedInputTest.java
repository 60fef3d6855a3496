package io.github.cls4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cls4j.core.Contrats;
import io.github.cls4j.core.commun.Decimaux;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, within the limits, and only numbers the model can use (docs/reliability.md). */
@DisplayName("Only regular files are read, within the limits, and numbers within the model's range")
class BoundedInputTest {

    private static final String VALID = ContractJson.toJson(Contrats.complet());
    /** The first decimal written after "valeur", wherever the complete contract has one. */
    private static final Pattern VALUE = Pattern.compile("(\"valeur\" : )(-?[0-9][0-9.]*)");

    @TempDir
    Path dir;

    private static String withValue(String number) {
        Matcher m = VALUE.matcher(VALID);
        assertThat(m.find()).as("the complete contract has a value").isTrue();
        return VALID.substring(0, m.start(2)) + number + VALID.substring(m.end(2));
    }

    @Test
    void a_device_or_a_link_to_one_is_refused_without_being_read() throws IOException {
        Path zero = Path.of("/dev/zero");
        assertThat(zero).as("the build runs on Linux").exists();
        Path link = Files.createSymbolicLink(dir.resolve("z.json"), zero);

        for (Path file : new Path[] {zero, link}) {
            ContractUnreadableException e = catchThrowableOfType(ContractUnreadableException.class, () -> ContractJson.read(file));
            assertThat(e.reason()).as(file.toString()).isEqualTo(UnreadableReason.NOT_A_FILE);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void a_fifo_is_refused_without_waiting_for_a_writer() throws Exception {
        Path fifo = dir.resolve("f.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        ContractUnreadableException e = catchThrowableOfType(ContractUnreadableException.class, () -> ContractJson.read(fifo));

        assertThat(e.reason()).isEqualTo(UnreadableReason.NOT_A_FILE);
    }

    @Test
    void a_file_is_bounded_while_it_is_read() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), VALID);

        ContractFormatException e = catchThrowableOfType(ContractFormatException.class,
                () -> ContractJson.reader(ReadLimits.defaults().withMaxBytes(100)).read(file));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.problem().key()).isEqualTo("problem.tooLarge"));
    }

    @Test
    void a_number_whose_magnitude_no_contract_can_mean_is_refused_where_it_is_written() {
        for (String number : new String[] {"1E+999999999", "1E-999999999", "1234567890123456789", "0.0000000000001"}) {
            ContractFormatException e = catchThrowableOfType(ContractFormatException.class,
                    () -> ContractJson.parse(withValue(number), "c.json"));

            assertThat(e).as(number).isNotNull();
            assertThat(e.problems()).as(number).singleElement().satisfies(p -> {
                assertThat(p.jsonPath()).endsWith(".valeur");
                assertThat(p.expected().in(Locale.FRENCH)).isEqualTo("un nombre d'au plus 18 chiffres avant la virgule et 12 après");
            });
        }
    }

    @Test
    void a_number_within_the_bounds_is_read_as_written() {
        for (String number : new String[] {"123456789012345678", "0.000000000001", "1.50000000000000000000000", "1E+3"}) {
            assertThat(ContractJson.parse(withValue(number), "c.json")).as(number).isNotNull();
        }
        assertThat(Decimaux.dansLesLimites(new BigDecimal("1E+18"))).isFalse();
        assertThat(Decimaux.dansLesLimites(new BigDecimal("999999999999999999"))).isTrue();
        assertThat(Decimaux.dansLesLimites(new BigDecimal("1E+999999999"))).isFalse();
        assertThat(Decimaux.dansLesLimites(new BigDecimal("1E-999999999"))).isFalse();
        assertThat(Decimaux.dansLesLimites(null)).isTrue();
    }
}
