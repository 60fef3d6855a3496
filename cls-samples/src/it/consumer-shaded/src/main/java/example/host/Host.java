package example.host;

import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import io.github.cls4j.rules.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;

/** A host application: validates the contract file given and prints its rule count and findings. */
public final class Host {

    private Host() {
    }

    public static void main(String[] args) {
        ContractValidator validator = ContractValidator.builder().build();
        ValidationReport report = validator.validate(ContractJson.read(Path.of(args[0])),
                ValidationContext.asOf(LocalDate.of(2026, 11, 23)));
        System.out.println("rules=" + validator.catalog().size());
        System.out.println("valid=" + report.isValid());
        report.errors().forEach(f -> System.out.println("error=" + f.ruleId() + " " + f.path()));
    }
}
