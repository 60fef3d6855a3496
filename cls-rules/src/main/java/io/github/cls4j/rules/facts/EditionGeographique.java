package io.github.cls4j.rules.facts;

import io.github.cls4j.geography.CommuneCog;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.geography.Millesime;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The edition of the official geography (INSEE's Code officiel géographique, the DGCL's EPCI) a
 * contract's territory is judged against: the one in force on the contract's legal date (its
 * conclusion; the as-of date for a contract not concluded), the oldest for a day before every
 * edition, the latest when the day is not known. One fact per validation.
 *
 * @param annee the year of the edition, e.g. {@code 2024}
 * @param source where it comes from, e.g. {@code @etalab/decoupage-administratif@4.1.0}
 * @param jour the day the contract is judged on, or {@code null} when it is not known
 * @param exacte whether the edition is that of the day's year and another follows it: only then
 *     does a code that neither holds prove that no commune had it on that day (there is no edition
 *     of 2020, none before 2019, and the latest has no successor yet)
 * @param geographie the geography the edition is of
 * @param millesime the edition
 */
public record EditionGeographique(int annee, String source, LocalDate jour, boolean exacte, Geographie geographie, Millesime millesime) {

    /** Requires the source, the geography and the edition. */
    public EditionGeographique {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(geographie, "geographie");
        Objects.requireNonNull(millesime, "millesime");
    }

    /** A commune code for a reader, as the edition names it: {@code Arras (62041)}, or the code alone if the edition lacks it. */
    public String designation(String code) {
        // A code built in Java may be missing: it is shown as it is, never looked up.
        return code == null ? "null" : geographie.commune(code, millesime).map(CommuneCog::designation).orElse(code);
    }

    /** Whether {@code siren} is that of an EPCI à fiscalité propre of the edition. */
    public boolean estEpci(String siren) {
        return siren != null && geographie.epci(siren, millesime).isPresent();
    }
}
