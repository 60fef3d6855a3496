package io.github.cls4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cls4j.core.code.CodeCommune;
import io.github.cls4j.core.code.CodeRegion;
import io.github.cls4j.core.code.Siren;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.core.territoire.TypeTerritoire;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Structural constraints are Bean Validation annotations any host validator can check")
class BeanValidationTest {

    private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
    private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator(java.util.Set.of(locale), locale, false))
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        FRENCH.close();
        ENGLISH.close();
    }

    private static Set<ConstraintViolation<ContratLocalSante>> validate(ContratLocalSante contrat) {
        return FRENCH.getValidator().validate(contrat);
    }

    @Test
    void a_complete_and_a_minimal_contract_have_no_violation() {
        assertThat(validate(Contrats.complet())).isEmpty();
        assertThat(validate(Contrats.minimal())).isEmpty();
        assertThat(validate(Contrats.outreMer())).isEmpty();
    }

    @Test
    void an_empty_contract_is_constructible_and_each_missing_required_field_is_one_violation() {
        ContratLocalSante vide = ContratLocalSante.builder().build();

        assertThat(validate(vide))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("id", "intitule", "statut", "region", "territoire");
    }

    @Test
    void a_malformed_code_is_reported_at_its_path_with_the_expected_format() {
        ContratLocalSante contrat = Contrats.minimal().toBuilder()
                .territoire(new Territoire("CC", TypeTerritoire.COMMUNAUTE_DE_COMMUNES, Siren.of("123456789"),
                        List.of(CodeCommune.of("62041"), CodeCommune.of("20004")), null, null, null, null, null))
                .region(CodeRegion.of("05"))
                .build();

        assertThat(validate(contrat))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("territoire.siren",
                                "SIREN mal formé : 9 chiffres attendus, dont le dernier est une clé de Luhn"),
                        tuple("territoire.communes[1].<list element>",
                                "code commune INSEE mal formé : 5 caractères attendus, le département (01 à 95, 2A,"
                                        + " 2B) puis 3 chiffres, ou 971 à 978 puis 2 chiffres"),
                        tuple("region", "code région inconnu : code INSEE d'une des 18 régions attendu (01, 02, 03,"
                                + " 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94)"));
    }

    @Test
    void messages_are_available_in_english() {
        ContratLocalSante contrat = Contrats.minimal().toBuilder().region(CodeRegion.of("99")).build();

        Validator validator = ENGLISH.getValidator();
        assertThat(validator.validate(contrat))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("region", "unknown region code: expected the INSEE code of one of the 18 regions"
                        + " (01, 02, 03, 04, 06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94)"));
    }

    @Test
    void the_order_of_dates_is_left_to_the_rules_so_a_reversed_period_is_constructible_and_structurally_valid() {
        ContratLocalSante inverse = Contrats.minimal().toBuilder()
                .periode(Periode.du(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
                .build();

        assertThat(inverse.periode().estOrdonnee()).isFalse();
        assertThat(validate(inverse)).isEmpty();
    }

    @Test
    void nested_elements_are_reported_with_the_model_path() {
        List<AxeStrategique> axes = new ArrayList<>();
        axes.add(Contrats.complet().axes().get(0));
        axes.add(null);
        axes.add(new AxeStrategique("A3", " ", null, null, null, null));
        ContratLocalSante contrat = Contrats.complet().toBuilder().axes(axes).build();

        assertThat(validate(contrat))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("axes[1].<list element>", "axes[2].intitule");
    }

    @Test
    void the_french_messages_do_not_depend_on_the_default_locale_of_the_host() throws Exception {
        // A French lookup falls back to the host's default locale before the base bundle: on an
        // English host it found the English texts unless a French bundle exists.
        Properties base = messages("ContributorValidationMessages.properties");
        Properties french = messages("ContributorValidationMessages_fr.properties");
        Properties english = messages("ContributorValidationMessages_en.properties");

        assertThat(french).isEqualTo(base);
        assertThat(english.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    }

    private static Properties messages(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = BeanValidationTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
