package io.github.cls4j.rules.properties;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks a property on generated values, the few things a property-based test needs and no
 * more: a generator, a number of tries, a seed, and shrinking of a failing value.
 *
 * <p><b>Seeds.</b> Each property has a fixed seed, taken from its name, so that every run, on CI
 * as on a laptop, checks the same values and a failure is reproduced by running the test again.
 * Try {@code i} draws its value from a generator seeded with the property's seed and {@code i},
 * so that one try can be reproduced without the others. {@code -Dcls4j.properties.seed=N} runs
 * every property from seed {@code N} instead, and {@code -Dcls4j.properties.seed=random} from a
 * new seed, printed in any failure, to explore; {@code -Dcls4j.properties.tries=N} changes the
 * number of tries of every property.
 *
 * <p><b>Shrinking.</b> When a value fails, the shrinker's smaller values are tried in turn, and
 * the first that still fails takes its place, until none does or the shrinking budget is spent.
 * The failure then names the property, the try, the seed, the smaller value and its failure.
 *
 * <p>Written for this package rather than taken from jqwik: see
 * the package documentation.
 *
 * @param <T> the type of the generated values
 */
final class PropertyCheck<T> {

    /** The system property that replaces the seed of every property: a number, or {@code random}. */
    static final String SEED = "cls4j.properties.seed";

    /** The system property that replaces the number of tries of every property. */
    static final String TRIES = "cls4j.properties.tries";

    private static final Duration SHRINKING_BUDGET = Duration.ofSeconds(30);
    private static final int MAX_SHRINKING_CHECKS = 5_000;

    /** Makes a value from a source of randomness, the same value from the same source. */
    @FunctionalInterface
    interface Generator<T> {
        T generate(Random random);
    }

    /** The values smaller than a failing one, the most promising first; none for a value that cannot shrink. */
    @FunctionalInterface
    interface Shrinker<T> {
        Stream<T> smaller(T value);
    }

    private final String name;
    private final Generator<T> generator;
    private final Shrinker<T> shrinker;

    private PropertyCheck(String name, Generator<T> generator, Shrinker<T> shrinker) {
        this.name = Objects.requireNonNull(name, "name");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.shrinker = Objects.requireNonNull(shrinker, "shrinker");
    }

    /** The property {@code name}, on values of {@code generator}, shrunk by {@code shrinker}. */
    static <T> PropertyCheck<T> forAll(String name, Generator<T> generator, Shrinker<T> shrinker) {
        return new PropertyCheck<>(name, generator, shrinker);
    }

    /**
     * Checks {@code property} on {@code tries} values; {@code property} fails by throwing, as an
     * assertion does.
     *
     * @return the number of values checked
     * @throws AssertionError naming the seed, the try and the shrunk value, if a value fails
     */
    int check(int tries, Consumer<? super T> property) {
        int count = Integer.getInteger(TRIES, tries);
        search(count, property).ifPresent(found -> {
            throw found.failure(name);
        });
        return count;
    }

    /** The first value of {@code tries} that fails {@code property}, shrunk; empty if none fails. */
    Optional<Counterexample<T>> search(int tries, Consumer<? super T> property) {
        long seed = seed();
        for (int i = 0; i < tries; i++) {
            T value = generator.generate(random(seed, i));
            Optional<Throwable> failure = failure(property, value);
            if (failure.isPresent()) {
                return Optional.of(shrink(new Counterexample<>(seed, i, tries, value, value, failure.get(), 0, 0, false), property));
            }
        }
        return Optional.empty();
    }

    /**
     * A value that fails the property.
     *
     * @param seed the seed of the run
     * @param tryIndex the try that found it, from 0
     * @param tries the number of tries of the run
     * @param original the value generated
     * @param shrunk the smallest value found that still fails
     * @param failure how {@code shrunk} fails
     * @param steps how many times a smaller value replaced the failing one
     * @param checks how many smaller values were checked
     * @param budgetSpent whether shrinking stopped for lack of time or checks rather than of smaller values
     * @param <T> the type of the values
     */
    record Counterexample<T>(long seed, int tryIndex, int tries, T original, T shrunk, Throwable failure, int steps,
            int checks, boolean budgetSpent) {

        AssertionError failure(String property) {
            String message = String.format("Property '%s' falsified at try %d of %d, seed %d (run again with -D%s=%d)%n"
                            + "shrunk in %d steps (%d checks%s) to:%n%s%nwhich fails with: %s",
                    property, tryIndex + 1, tries, seed, SEED, seed, steps, checks, budgetSpent ? ", budget spent" : "",
                    shrunk, failure);
            return new AssertionError(message, failure);
        }
    }

    private Counterexample<T> shrink(Counterexample<T> found, Consumer<? super T> property) {
        T smallest = found.shrunk();
        Throwable smallestFailure = found.failure();
        int steps = 0;
        int checks = 0;
        long deadline = System.nanoTime() + SHRINKING_BUDGET.toNanos();
        boolean shrunk = true;
        while (shrunk && checks < MAX_SHRINKING_CHECKS && System.nanoTime() < deadline) {
            shrunk = false;
            Iterator<T> candidates = shrinker.smaller(smallest).iterator();
            while (candidates.hasNext() && checks < MAX_SHRINKING_CHECKS && System.nanoTime() < deadline) {
                T candidate = candidates.next();
                checks++;
                Optional<Throwable> candidateFailure = failure(property, candidate);
                if (candidateFailure.isPresent()) {
                    smallest = candidate;
                    smallestFailure = candidateFailure.get();
                    steps++;
                    shrunk = true;
                    break;
                }
            }
        }
        boolean budgetSpent = checks >= MAX_SHRINKING_CHECKS || System.nanoTime() >= deadline;
        return new Counterexample<>(found.seed(), found.tryIndex(), found.tries(), found.original(), smallest, smallestFailure,
                steps, checks, budgetSpent);
    }

    private static <T> Optional<Throwable> failure(Consumer<? super T> property, T value) {
        try {
            property.accept(value);
            return Optional.empty();
        } catch (AssertionError | RuntimeException failure) {
            return Optional.of(failure);
        }
    }

    private long seed() {
        String given = System.getProperty(SEED);
        if (given == null || given.isBlank()) {
            // Fixed by the name, so that two properties do not check the same values.
            return name.hashCode();
        }
        return given.equals("random") ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    /** The source of try {@code i}: independent of the other tries, so that one can be reproduced alone. */
    static Random random(long seed, int i) {
        return new Random(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
    }
}
