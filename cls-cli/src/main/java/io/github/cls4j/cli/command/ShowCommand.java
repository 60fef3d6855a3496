package io.github.cls4j.cli.command;

import io.github.cls4j.cli.option.ContractInputs;
import io.github.cls4j.cli.option.InputRead;
import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.cli.output.TerminalText;
import io.github.cls4j.cli.report.ContractOutline;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.json.ContractJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cls show}: reads contracts and prints their outline, or their JSON as the library
 * writes it. A file that cannot be read is reported with its line, column and path, and the
 * other files are still shown.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lit des contrats et affiche leur plan (ou leur JSON).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContractInputs inputs;

    /** The outline is in French; so is what keeps a file from being shown. */
    private static final Labels FRENCH = Labels.of(Locale.FRENCH);

    @Option(names = "--json", description = "Affiche le contrat au format JSON de cls4j au lieu de son plan.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!inputs.given(FRENCH, err)) {
            return ExitCode.INPUT.code();
        }
        int failures = 0;
        for (InputRead read : inputs.read()) {
            if (read instanceof InputRead.Contract contract) {
                print(out, contract.contrat());
            } else {
                err.println(((InputRead.Unusable) read).message(FRENCH));
                failures++;
            }
        }
        return (failures == 0 ? ExitCode.OK : ExitCode.INPUT).code();
    }

    private void print(PrintWriter out, ContratLocalSante contrat) {
        if (json) {
            out.print(ContractJson.toJson(contrat));
            return;
        }
        ContractOutline.Node outline = ContractOutline.of(contrat, FRENCH);
        // The contract's texts are untrusted: shown, never run by the terminal.
        out.println(TerminalText.safe(Objects.toString(contrat.id(), "?") + " — " + outline.title()));
        outline.details().forEach(d -> out.println("  " + TerminalText.safe(d)));
        outline.children().forEach(child -> print(out, child, 1));
        out.println();
    }

    /** One element of the outline and those under it, indented by depth. */
    private static void print(PrintWriter out, ContractOutline.Node node, int depth) {
        String indent = "  ".repeat(depth);
        out.println(indent + TerminalText.safe(node.title()));
        node.details().forEach(d -> out.println(indent + "  " + TerminalText.safe(d)));
        node.children().forEach(child -> print(out, child, depth + 1));
    }
}
