package io.github.cls4j.rules.portfolio;

/**
 * What a set of communes holds, each commune and QPV counted once.
 *
 * @param communes the number of communes
 * @param inhabitants their inhabitants, as far as the reference data give their population
 * @param qpv the number of QPV
 * @param qpvInhabitants the inhabitants of those QPV, as far as known
 * @param priorityInhabitants the inhabitants of the priority territories: the communes of the
 *     PRAPS territories, and the QPV that lie outside them
 */
public record Figures(int communes, long inhabitants, int qpv, long qpvInhabitants, long priorityInhabitants) {

    /** Nothing: the figures of an empty set. */
    public static final Figures NONE = new Figures(0, 0, 0, 0, 0);
}
