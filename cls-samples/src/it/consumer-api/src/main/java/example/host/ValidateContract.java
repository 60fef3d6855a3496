package example.host;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Validates the contract files named by its arguments and prints their findings. */
public final class ValidateContract {

    public static void main(String[] args) {
        // Once per application: immutable, thread-safe, and build() warms it up.
        ContractValidator validator = ContractValidator.builder().build();
        ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23))   // the day the check is made for
                .withLocale(Locale.FRENCH);                                               // French by default; or Locale.ENGLISH
        for (String file : args) {
            try {
                ContratLocalSante contrat = ContractJson.read(Path.of(file));
                ValidationReport report = validator.validate(contrat, context);
                System.out.println(file + (report.isValid() ? " : conforme" : " : non conforme"));
                for (Finding f : report.findings()) {
                    System.out.println("  " + f.severity() + " " + f.ruleId() + " " + f.path() + " " + f.message());
                }
            } catch (ContractFormatException e) {
                System.out.println(e.message(Locale.FRENCH));   // file:line:column: JSON path: problem; expected
            }
        }
    }
}
