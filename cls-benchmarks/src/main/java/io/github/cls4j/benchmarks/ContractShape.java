package io.github.cls4j.benchmarks;

/**
 * The size of a generated contract.
 *
 * @param axes the strategic axes
 * @param objectifs the objectives, spread over the axes
 * @param actions the fiches action, spread over the objectives
 * @param indicateurs the indicators, spread over the actions
 * @param signataires the signatories
 * @param qpv the priority neighbourhoods of the territory
 */
public record ContractShape(int axes, int objectifs, int actions, int indicateurs, int signataires, int qpv) {

    /** A small contract: 2 axes, 3 objectives, 5 actions, 5 indicators, 3 signatories, 1 QPV. */
    public static final ContractShape SMALL = new ContractShape(2, 3, 5, 5, 3, 1);

    /** The typical contract of the performance budgets: 5 axes, 15 objectives, 40 actions, 80 indicators, 8 signatories. */
    public static final ContractShape TYPICAL = new ContractShape(5, 15, 40, 80, 8, 2);

    /** A large contract: 10 axes, 50 objectives, 400 actions, 800 indicators, 15 signatories, 10 QPV. */
    public static final ContractShape LARGE = new ContractShape(10, 50, 400, 800, 15, 10);

    /** Checks that every part has at least one container to go in. */
    public ContractShape {
        if (axes < 1 || objectifs < axes || actions < objectifs || indicateurs < 0 || signataires < 2 || qpv < 0) {
            throw new IllegalArgumentException("Not a contract shape: " + axes + " axes, " + objectifs + " objectives, "
                    + actions + " actions, " + indicateurs + " indicators, " + signataires + " signatories, " + qpv + " QPV");
        }
    }

    /**
     * The typical contract with {@code count} actions and what grows with them: two indicators per
     * action, one objective per ten actions (at least the typical fifteen when there are enough
     * actions), five axes.
     */
    public static ContractShape withActions(int count) {
        int objectifs = Math.max(5, Math.min(count, Math.max(15, count / 10)));
        return new ContractShape(5, objectifs, count, 2 * count, 8, 2);
    }

    /** The name of a shape in the benchmarks' parameters: small, typical, large, or actions-N. */
    public static ContractShape named(String name) {
        return switch (name) {
            case "small" -> SMALL;
            case "typical" -> TYPICAL;
            case "large" -> LARGE;
            default -> {
                if (!name.startsWith("actions-")) {
                    throw new IllegalArgumentException("Unknown shape " + name + "; expected small, typical, large or actions-N");
                }
                yield withActions(Integer.parseInt(name.substring("actions-".length())));
            }
        };
    }
}
