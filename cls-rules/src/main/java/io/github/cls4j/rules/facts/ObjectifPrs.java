package io.github.cls4j.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An objective of a projet régional de santé, from the PRS reference data: the code an axis, an
 * objective or a fiche action of a contract cites in {@code objectifsPrs}.
 *
 * @param code its code, unique in its region, e.g. {@code HDF-COS-3}
 * @param prs the id of its {@link ProjetRegionalSante}
 * @param region the INSEE code of its region
 * @param composante the part of the PRS it belongs to
 * @param intitule its title, or {@code null} where no source read gives it
 * @param debut the day it came into force, or {@code null} when unknown
 * @param fin its last day, or {@code null} when unknown
 */
public record ObjectifPrs(String code, String prs, String region, ComposantePrs composante, String intitule,
        LocalDate debut, LocalDate fin) {

    /** Checks that the code, the PRS and the region are given. */
    public ObjectifPrs {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prs, "prs");
        Objects.requireNonNull(region, "region");
    }

    /**
     * Whether the objective is in force on {@code jour}. An end the data do not know does not
     * count against it: the rules must not report what the data cannot show.
     */
    public boolean enVigueurLe(LocalDate jour) {
        return (debut == null || !jour.isBefore(debut)) && (fin == null || !jour.isAfter(fin));
    }
}
