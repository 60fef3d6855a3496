package io.github.cls4j.core.contrat;

import io.github.cls4j.core.commun.Listes;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * How inhabitants and users take part in the contract. CSP L1434-10 IV asks CLS to guarantee the
 * participation of users, "notamment celle des personnes en situation de pauvreté, de précarité
 * ou de handicap". The flags are {@code Boolean}: {@code null} means the contract does not say.
 *
 * @param modalites how they take part, e.g. "questionnaire habitants", "conseil citoyen au COPIL"
 * @param habitants whether inhabitants take part
 * @param usagers whether users of health services or their representatives take part
 * @param personnesPauvrete whether people in poverty take part
 * @param personnesPrecarite whether people in precarity take part
 * @param personnesHandicap whether people with disabilities take part
 */
public record Participation(
        List<@NotNull String> modalites,
        Boolean habitants,
        Boolean usagers,
        Boolean personnesPauvrete,
        Boolean personnesPrecarite,
        Boolean personnesHandicap) {

    /** Normalises the lists; checks nothing. */
    public Participation {
        modalites = Listes.copie(modalites);
    }
}
