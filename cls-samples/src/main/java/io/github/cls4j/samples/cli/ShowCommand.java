package io.github.cls4j.samples.cli;

import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.json.ContractFormatException;
import io.github.cls4j.core.json.ContractJson;
import io.github.cls4j.core.strategie.AxeStrategique;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cls show}: reads contracts and prints their outline, or their JSON as the library
 * writes it. A file that cannot be read is reported with its line, column and path, and the
 * other files are still shown.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = ClsCommand.Version.class,
        description = "Lit des contrats et affiche leur plan (ou leur JSON).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContractInputs inputs;

    @Option(names = "--json", description = "Affiche le contrat au format JSON de cls4j au lieu de son plan.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty()) {
            err.println("Aucun contrat : donnez des fichiers ou des dossiers, ou --samples.");
            return ClsCommand.INPUT_ERROR;
        }
        int failures = 0;
        for (ContractInputs.Input input : inputs.inputs()) {
            try {
                print(out, input.read());
            } catch (ContractFormatException | UncheckedIOException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : ClsCommand.INPUT_ERROR;
    }

    private void print(PrintWriter out, ContratLocalSante contrat) {
        if (json) {
            out.print(ContractJson.toJson(contrat));
            return;
        }
        out.println(contrat.id() + " — " + contrat.intitule());
        String region = contrat.region() == null ? "?" : contrat.region().region().map(Region::nom)
                .orElse(contrat.region().value());
        String territoire = contrat.territoire() == null ? "?" : contrat.territoire().nom();
        out.println("  Territoire : " + territoire + " (" + region + ")");
        out.println("  Statut : " + contrat.statut() + ", génération " + Objects.toString(contrat.generation(), "?"));
        if (contrat.periode() != null) {
            out.println("  Période : " + contrat.periode().debut() + " → " + contrat.periode().fin());
        }
        out.println("  Signataires : " + String.join(", ",
                contrat.signataires().stream().filter(Objects::nonNull).map(Signataire::nom).toList()));
        for (AxeStrategique axe : contrat.axes()) {
            if (axe != null) {
                out.println("  Axe " + Objects.toString(axe.code(), "") + " : " + axe.intitule()
                        + " (" + axe.objectifs().size() + " objectif(s))");
            }
        }
        out.println();
    }
}
