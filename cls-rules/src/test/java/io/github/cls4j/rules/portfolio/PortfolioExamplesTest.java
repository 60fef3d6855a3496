package io.github.cls4j.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.rules.Finding;
import io.github.cls4j.rules.Validators;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@DisplayName("Each portfolio check fires on its examples and spares its counter-examples")
class PortfolioExamplesTest {

    private static final Portfolio PORTFOLIO = new Portfolio(Validators.BUNDLED);

    @TestFactory
    Stream<DynamicTest> each_example() {
        return PortfolioExemples.ALL.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            List<Finding> found = e.report(PORTFOLIO).findings().stream().filter(f -> f.ruleId().equals(e.ruleId())).toList();
            if (e.fires()) {
                assertThat(found).as(e.toString()).isNotEmpty();
            } else {
                assertThat(found).as(e.toString()).isEmpty();
            }
        }));
    }
}
