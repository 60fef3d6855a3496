package io.github.cls4j.benchmarks;

import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.samples.SampleContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole-process cost of the largest contract the reader accepts by default: the Arras sample
 * with one objective holding {@code N} minimal fiches action ({@code code} and {@code intitule}
 * only, six findings each), validated by {@code java -jar cls-cli/target/cls.jar validate} in each
 * report format. For each it prints the wall time, the peak resident memory of the process (its
 * {@code VmHWM}, read from {@code /proc} while it runs) and the size of the report.
 *
 * <p>Run from the root of the project, after {@code mvn package}, on Linux:
 * {@code java -cp cls-benchmarks/target/benchmarks.jar io.github.cls4j.benchmarks.LargeContractProbe [N [heap]]}
 * (300,000 fiches and {@code -Xmx2g} by default).
 */
public final class LargeContractProbe {

    private static final Path JAR = Path.of("cls-cli", "target", "cls.jar");
    private static final List<String> FORMATS = List.of("text", "json", "html");

    private LargeContractProbe() {
    }

    /** Writes the contract, then validates it once per format and prints the figures. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int fiches = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        String heap = args.length > 1 ? args[1] : "2g";
        Path folder = Files.createTempDirectory("cls-large");
        Path contract = folder.resolve("contrat-" + fiches + ".json");
        // Written without indentation, as a program exports it: 300,000 fiches fit the reader's 16 MiB.
        JsonMapper json = JsonMapper.builder().build();
        Files.writeString(contract, json.writeValueAsString(json.readTree(ContractJson.toJson(contract(fiches)))));
        System.out.printf("%,d fiches action, %,d bytes, -Xmx%s%n", fiches, Files.size(contract), heap);
        System.out.println("| Format | Exit | Wall time | Peak RSS | Report |");
        System.out.println("|---|---|---|---|---|");
        for (String format : FORMATS) {
            Path report = folder.resolve("rapport." + format);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar",
                    JAR.toString(), "validate", "--format", format, "-o", report.toString(), contract.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long start = System.nanoTime();
            long peakKb = 0;
            while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, peakResidentKb(process.pid()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("| %s | %d | %.1f s | %,d MB | %,d bytes |%n", format, process.exitValue(), seconds, peakKb / 1024,
                    Files.exists(report) ? Files.size(report) : 0);
            Files.deleteIfExists(report);
        }
        Files.delete(contract);
        Files.delete(folder);
    }

    /** The Arras sample with its axes replaced by one axis, one objective and {@code fiches} minimal fiches action. */
    public static ContratLocalSante contract(int fiches) {
        ContratLocalSante template = SampleContracts.read("000-arras-cua.json");
        List<FicheAction> actions = new ArrayList<>(fiches);
        for (int i = 0; i < fiches; i++) {
            actions.add(new FicheAction("F" + i, "Fiche " + i, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        Objectif objectif = new Objectif("1.1", "Objectif", null, null, actions);
        return template.toBuilder().axes(List.of(new AxeStrategique("1", "Axe", null, null, null, List.of(objectif)))).build();
    }

    /** The peak resident set of process {@code pid} so far, in kB, or 0 once it has ended. */
    private static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException ended) {
            // The process ended between two looks: its last figure stands.
        }
        return 0;
    }
}
