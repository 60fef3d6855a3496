package io.github.cls4j.cli.option;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.rules.ContractValidator;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The validation profile a command uses, the region's unless one is named. Apart from
 * {@link RuleOptions} because {@code portfolio} has none to take: each contract is judged under
 * its region's profile, which also gives the region's coverage target.
 */
public final class ProfileOption {

    @Option(names = "--profile", paramLabel = "PROFIL",
            description = "Le profil de validation, par exemple national ou hauts-de-france ; par défaut celui de la région du contrat.")
    private String profile;

    /** The profile asked for, or {@code null} for the region's. */
    public String profile() {
        return profile;
    }

    /** Whether {@code validator} has the profile asked for, if one is; if not, says so on {@code err}. */
    public boolean knownTo(ContractValidator validator, Labels labels, PrintWriter err) {
        if (profile == null || validator.profiles().containsKey(profile)) {
            return true;
        }
        err.println(labels.get("profile.unknown", profile, String.join(", ", validator.profiles().keySet().stream().sorted().toList())));
        return false;
    }
}
