package io.github.cls4j.benchmarks;

import io.github.cls4j.rules.ContractValidator;
import io.github.cls4j.rules.ValidationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The retained heap of a built validator: the used heap after full collections, before and after
 * building (and using once) {@value #VALIDATORS} validators that are kept, divided by their number.
 * Run with {@code java -cp benchmarks.jar io.github.cls4j.benchmarks.MemoryProbe}.
 */
public final class MemoryProbe {

    private static final int VALIDATORS = 5;

    private MemoryProbe() {
    }

    /** Prints the retained heap of one validator, in MB. */
    public static void main(String[] args) {
        // A first validator loads the classes, which every later one shares.
        ContractValidator warm = ContractValidator.builder().build();
        var contrat = new ContractGenerator().generate(ContractShape.TYPICAL);
        ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
        warm.validate(contrat, context);
        long before = usedAfterGc();
        List<ContractValidator> kept = new ArrayList<>();
        for (int i = 0; i < VALIDATORS; i++) {
            ContractValidator validator = ContractValidator.builder().build();
            validator.validate(contrat, context);
            kept.add(validator);
        }
        long after = usedAfterGc();
        System.out.printf("Retained heap of one validator: %.1f MB (%d validators kept, %d validations each)%n",
                (after - before) / (double) VALIDATORS / (1024 * 1024), kept.size(), 1);
        System.out.printf("Heap used with the first validator and its classes' data: %.1f MB%n", before / (1024.0 * 1024));
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
