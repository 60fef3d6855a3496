package io.github.cls4j.rules.internal.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.rules.RuleCompilationException;
import io.github.cls4j.rules.RuleProblem;
import io.github.cls4j.rules.facts.ComposantePrs;
import io.github.cls4j.rules.facts.ObjectifPrs;
import io.github.cls4j.rules.facts.ProjetRegionalSante;
import io.github.cls4j.rules.internal.data.DataFiles;
import io.github.cls4j.rules.internal.data.JsonLines;
import io.github.cls4j.rules.internal.data.SourceFiles;
import io.github.cls4j.rules.internal.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.type.TypeReference;

/**
 * The PRS reference data, {@code prs.json}: the versions of each region's projet régional de
 * santé and their objectives, turned into the facts {@link ProjetRegionalSante} and
 * {@link ObjectifPrs}, of which each validation sees those that concern its contract
 * ({@code ReferenceFacts.concerning}). The bundled file can be replaced by the one of
 * a data folder.
 */
public final class PrsData {

    public static final String FILE = "prs.json";

    private static final TypeReference<Document> TYPE = new TypeReference<>() { };

    /** The file as written. */
    public record Document(String description, @JsonProperty(required = true) List<Projet> projets) {
    }

    /** One version of a region's PRS. */
    public record Projet(@JsonProperty(required = true) String id, @JsonProperty(required = true) String region, String intitule,
            LocalDate debut, LocalDate fin, String certitude, List<String> sources, String note, List<Partie> parties,
            @JsonProperty(required = true) List<Objectif> objectifs) {
    }

    /**
     * One part of a PRS version as adopted or revised (its COS, SRS or PRAPS), as the sources
     * give it: kept for the reader and the catalogue; the rules judge the version's dates.
     */
    public record Partie(@JsonProperty(required = true) ComposantePrs composante, String intitule, LocalDate debut, LocalDate fin,
            String acte, String certitude, List<String> sources, String note) {
    }

    /** One objective; a {@code null} title or date is one no source read gives. */
    public record Objectif(@JsonProperty(required = true) String code, @JsonProperty(required = true) ComposantePrs composante,
            String intitule, LocalDate debut, LocalDate fin, String certitude, String note) {
    }

    private PrsData() {
    }

    /** The facts of the bundled file. */
    public static List<Object> bundled(String folder) {
        return facts(DataFiles.resource(folder + FILE, TYPE), FILE, new JsonLines(null));
    }

    /** The facts of {@code folder/prs.json} as {@code files} read it, or empty if the folder has no such file. */
    public static List<Object> folder(Path folder, SourceFiles files) {
        Path file = folder.resolve(FILE);
        // A link to a device, or a folder of that name, is not "no file": DataFiles refuses it in words.
        if (!files.exists(file)) {
            return List.of();
        }
        Document document = DataFiles.file(files, file, file.toString(), TYPE);
        String text;
        try {
            text = files.text(file);
        } catch (IOException e) {
            text = null;  // read and parsed just above: cannot happen, and only the lines would be lost
        }
        return facts(document, file.toString(), new JsonLines(text));
    }

    private static List<Object> facts(Document document, String shownAs, JsonLines lines) {
        List<Object> facts = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Projet p : document.projets()) {
            int line = lines.next("id", p.id());
            if (!ids.add(p.id())) {
                problems.add(Texts.problem(shownAs, line, null, "prs.twice", p.id()));
            }
            if (Region.fromCode(p.region()).isEmpty()) {
                problems.add(Texts.problem(shownAs, line, null, "prs.noRegion", p.id(), p.region()));
            }
            if (p.debut() != null && p.fin() != null && p.fin().isBefore(p.debut())) {
                problems.add(Texts.problem(shownAs, line, null, "prs.endsBeforeStart", p.id(), p.fin(), p.debut()));
            }
            facts.add(new ProjetRegionalSante(p.id(), p.region(), p.intitule(), p.debut(), p.fin()));
            for (Objectif o : p.objectifs()) {
                // A code identifies an objective within its region, whatever the version.
                int objectiveLine = lines.next("code", o.code());
                if (!codes.add(p.region() + "/" + o.code())) {
                    problems.add(Texts.problem(shownAs, objectiveLine, null, "prs.objectiveTwice", o.code(), p.region()));
                }
                facts.add(new ObjectifPrs(o.code(), p.id(), p.region(), o.composante(), o.intitule(), o.debut(), o.fin()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(shownAs, problems);
        }
        return List.copyOf(facts);
    }
}
