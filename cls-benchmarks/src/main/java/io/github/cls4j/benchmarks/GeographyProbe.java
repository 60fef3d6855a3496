package io.github.cls4j.benchmarks;

import io.github.cls4j.geography.Geographie;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of the bundled geography: the time of its first load in a fresh JVM (the class and its
 * data read from the jar), its retained heap (the used heap after full collections, before and
 * after), and the median of ten further reads of the same files from a folder.
 * Run with {@code java -cp cls-benchmarks/target/benchmarks.jar io.github.cls4j.benchmarks.GeographyProbe}.
 */
public final class GeographyProbe {

    private static final List<String> FILES = List.of("editions.tsv", "communes.tsv", "epci.tsv", "departements.tsv", "regions.tsv");
    private static final int READS = 10;

    private GeographyProbe() {
    }

    /** Prints the figures. */
    public static void main(String[] args) throws IOException {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Geographie bundled = Geographie.bundled();
        long first = System.nanoTime() - start;
        long after = usedAfterGc();
        System.out.printf("First load of the bundled geography (%d editions): %.0f ms%n", bundled.millesimes().size(), first / 1e6);
        System.out.printf("Retained heap: %.1f MB%n", (after - before) / (1024.0 * 1024));
        Path folder = Files.createTempDirectory("cls-geography");
        for (String file : FILES) {
            try (InputStream in = Geographie.class.getResourceAsStream(file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        long[] reads = new long[READS];
        for (int i = 0; i < READS; i++) {
            long t = System.nanoTime();
            Geographie.read(folder);
            reads[i] = System.nanoTime() - t;
        }
        Arrays.sort(reads);
        System.out.printf("Reading it again from a folder, median of %d: %.0f ms%n", READS, reads[READS / 2] / 1e6);
        for (String file : FILES) {
            Files.delete(folder.resolve(file));
        }
        Files.delete(folder);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
