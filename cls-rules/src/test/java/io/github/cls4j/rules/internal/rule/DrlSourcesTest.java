package io.github.cls4j.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each rule is found at the file and line of its rule keyword, under the package declared above it")
class DrlSourcesTest {

    private static final String LOI = """
            // Les règles de la loi; a rule "Commentée" in a comment is not a rule.
            package io.github.cls4j.rules.loi

            rule "CLS-LEG-01 Le contrat est signé"
            when
                $c : ContratLocalSante()
            then
            end

              rule 'CLS-LEG-02 En retrait'
            end
            \trule CLS-LEG-03
            end
            // rule "CLS-LEG-99 Commentée"
            ruleset "pas une règle"
            """;

    @Test
    void the_three_ways_of_writing_a_name_are_found_at_their_lines_and_nothing_else() {
        DrlSources sources = new DrlSources();
        sources.add("loi/loi.drl", LOI);

        assertThat(sources.count()).isEqualTo(3);
        assertThat(sources.of(new RuleKey("io.github.cls4j.rules.loi", "CLS-LEG-01 Le contrat est signé")))
                .contains(new DrlSources.Declaration(new RuleKey("io.github.cls4j.rules.loi", "CLS-LEG-01 Le contrat est signé"), "loi/loi.drl", 4));
        assertThat(sources.of(new RuleKey("io.github.cls4j.rules.loi", "CLS-LEG-02 En retrait"))).map(DrlSources.Declaration::line).contains(10);
        assertThat(sources.of(new RuleKey("io.github.cls4j.rules.loi", "CLS-LEG-03"))).map(DrlSources.Declaration::line).contains(12);
        assertThat(sources.of(new RuleKey("io.github.cls4j.rules.loi", "CLS-LEG-99 Commentée"))).isEmpty();
        assertThat(sources.of(new RuleKey("", "CLS-LEG-01 Le contrat est signé"))).isEmpty();
    }

    @Test
    void a_rule_declared_in_two_files_is_found_in_the_first_file_by_name_whichever_was_added_first() {
        DrlSources sources = new DrlSources();
        sources.add("b.drl", "package p\nrule \"R\"\nend\n");
        sources.add("a.drl", "package p\n\n\nrule \"R\"\nend\n");

        assertThat(sources.of(new RuleKey("p", "R"))).map(DrlSources.Declaration::file).contains("a.drl");
        assertThat(sources.count()).isEqualTo(2);
    }

    @Test
    void a_file_added_again_replaces_its_rules() {
        DrlSources sources = new DrlSources();
        sources.add("a.drl", "package p\nrule \"Ancienne\"\nend\n");
        sources.add("a.drl", "package p\nrule \"Nouvelle\"\nend\n");

        assertThat(sources.of(new RuleKey("p", "Ancienne"))).isEmpty();
        assertThat(sources.of(new RuleKey("p", "Nouvelle"))).isPresent();
    }
}
