package io.github.cls4j.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.PerimetreAction;
import io.github.cls4j.rules.facts.Findings;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.core.commun.LooksThrough;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactTypesTest {

    @Test
    void the_properties_are_the_components_then_the_methods_without_arguments() {
        assertThat(FactTypes.properties(FicheAction.class))
                .containsEntry("code", "String")
                .containsEntry("indicateurs", "List<Indicateur>")
                .containsEntry("suitSonProcessus()", "boolean")
                .doesNotContainKeys("hashCode()", "toString()", "equals()");
    }

    @Test
    void the_questions_are_the_methods_with_arguments_that_answer_something() {
        assertThat(FactTypes.questions(PerimetreAction.class))
                .containsExactly(Map.entry("communesHorsDe(Territoire)", "List<CodeCommune>"),
                        Map.entry("qpvHorsDe(Territoire)", "List<CodeQpv>"),
                        Map.entry("viseDesCommunesHorsDe(Territoire)", "boolean"),
                        Map.entry("viseDesQpvHorsDe(Territoire)", "boolean"));
        assertThat(FactTypes.questions(ObjectifPrs.class)).containsOnlyKeys("enVigueurLe(LocalDate)");
        // Findings' methods act in a consequence: they answer nothing, so none is a question.
        assertThat(FactTypes.questions(Findings.class)).isEmpty();
    }

    @Test
    void each_question_that_looks_through_lists_names_lists_of_its_type_and_properties_of_their_elements() {
        int annotated = 0;
        for (Class<?> type : FactTypes.all().values()) {
            for (Method method : type.getMethods()) {
                LooksThrough looks = method.getAnnotation(LooksThrough.class);
                if (looks == null) {
                    continue;
                }
                annotated++;
                for (String list : looks.value()) {
                    String listType = FactTypes.properties(type).get(list);
                    assertThat(listType).as("%s.%s looks through %s", type.getSimpleName(), method.getName(), list).startsWith("List<");
                    Class<?> item = FactTypes.named(listType.substring(5, listType.length() - 1)).orElseThrow();
                    assertThat(FactTypes.properties(item)).as("the elements of %s.%s", type.getSimpleName(), list)
                            .containsKeys(looks.reads());
                }
            }
        }
        assertThat(annotated).isGreaterThan(0);
    }
}
