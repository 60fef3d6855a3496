package io.github.cls4j.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule catalogue as a French Markdown document, {@code docs/rules.md}: one table per family,
 * the sources the rules cite (their nature, the confidence of their reading, their words), then
 * the profiles with their parameters, re-levellings and suppressions. Generated, never edited
 * by hand; a test compares it with the rules.
 */
final class CatalogMarkdown {

    private static final Map<RuleFamily, String> FAMILIES = Map.of(
            RuleFamily.LAW, "La loi",
            RuleFamily.PRS, "L'alignement sur le PRS",
            RuleFamily.GOOD_PRACTICE, "Les bonnes pratiques des ARS",
            RuleFamily.REGIONAL, "Les règles régionales (activées par un profil)",
            RuleFamily.STRUCTURE, "La structure et la cohérence du contrat");
    private static final Map<Stage, String> STAGES = Map.of(Stage.CONCLU, "conclu", Stage.PROJET, "projet");
    private static final Map<Severity, String> SEVERITIES = Map.of(
            Severity.ERROR, "erreur", Severity.WARNING, "avertissement", Severity.INFO, "information");

    private CatalogMarkdown() {
    }

    /**
     * The document for {@code catalog} (in French) and {@code profiles}. With one profile it is
     * that profile's catalogue: the rules it runs, with its severities, and no column of profiles.
     */
    static String of(RuleCatalog catalog, Map<String, ValidationPolicy> profiles) {
        boolean oneProfile = profiles.size() == 1;
        StringBuilder md = new StringBuilder();
        md.append("# Catalogue des règles cls4j\n\n")
                .append(catalog.size()).append(" règles")
                .append(oneProfile ? " exécutées par le profil `" + profiles.keySet().iterator().next() + "`, avec les gravités qu'il leur donne" : "")
                .append(". La validité (« depuis », « jusqu'au ») se juge, pour un contrat conclu, au jour de sa conclusion ")
                .append("(sa signature, à défaut la dernière signature d'un signataire, à défaut le début de sa période ; jamais un avenant), ")
                .append("pour un projet au jour du contrôle. Le stade dit à quels contrats la règle s'applique : conclus, ou projets ")
                .append("(charte, diagnostic, élaboration) ; sans stade, à tous.\n\n")
                .append("Une erreur n'est que ce qu'exige un texte contraignant (loi, article de code, décret), cité dans la règle, ")
                .append("ou une donnée qui ne peut pas être vraie ; les guides et la pratique donnent des avertissements ou des informations ")
                .append("([politique de gravité](severity-policy.md)). Les sources sont décrites en fin de document.\n");
        for (RuleFamily family : RuleFamily.values()) {
            md.append("\n## ").append(FAMILIES.get(family)).append("\n\n")
                    .append("| Règle | Intitulé | Fichier | Gravité | Source | Stade | Depuis | Jusqu'au |").append(oneProfile ? "" : " Profils |").append('\n')
                    .append("|---|---|---|---|---|---|---|---|").append(oneProfile ? "" : "---|").append('\n');
            catalog.rules().stream().filter(r -> r.family() == family).sorted(Comparator.comparing(RuleDescription::id))
                    .forEach(r -> md.append("| ").append(r.id()).append(" | ").append(cell(r.title())).append(" | ")
                            .append(r.source().endsWith(".drl") || r.source().endsWith(".json") ? "`" + r.source() + "`" : r.source())
                            .append(" | ").append(SEVERITIES.get(r.defaultSeverity())).append(" | ").append(source(r.reference())).append(" | ")
                            .append(r.stage() == null ? "" : STAGES.get(r.stage())).append(" | ")
                            .append(r.validity().since() == null ? "" : r.validity().since()).append(" | ")
                            .append(r.validity().until() == null ? "" : r.validity().until()).append(" |")
                            .append(oneProfile ? "" : " " + profilesCell(r, profiles) + " |").append('\n'));
        }
        sources(catalog, md);
        md.append("\n## Profils\n\nChaque profil régional complète et remplace le profil `national`. ")
                .append("Un contrat est validé avec le profil de sa région, sauf si le contexte en nomme un autre.\n");
        profiles.values().stream().sorted(Comparator.comparing(ValidationPolicy::name)).forEach(p -> {
            // The profiles' maps are unordered: sorted here, so that the document is the same on every run.
            md.append("\n### ").append(p.name()).append("\n\n").append(cell(p.title()))
                    .append(p.region() == null ? "" : " (région " + p.region() + ")").append("\n\n");
            p.sources().forEach(s -> md.append("- Source : ").append(cell(s)).append('\n'));
            new TreeMap<>(p.parameters()).forEach((k, v) -> md.append("- Paramètre `").append(k).append("` = `").append(v).append("`\n"));
            new TreeMap<>(p.severities()).forEach((k, v) -> md.append("- ").append(k).append(" : gravité ").append(SEVERITIES.get(v)).append('\n'));
            new TreeMap<>(p.suppressions()).forEach((k, v) -> md.append("- ").append(k).append(" supprimée : ").append(cell(v)).append('\n'));
        });
        return md.toString();
    }

    /** "tous" when every profile runs the rule, else the names of those that do. */
    private static String profilesCell(RuleDescription rule, Map<String, ValidationPolicy> profiles) {
        List<String> running = rule.profiles().stream().filter(profiles::containsKey).sorted().toList();
        return running.size() == profiles.size() ? "tous" : String.join(", ", running);
    }

    private static String source(LegalReference reference) {
        String text = cell(reference.citation());
        String linked = reference.url() == null ? text : "[" + text + "](" + reference.url() + ")";
        return reference.kind() == null ? linked : linked + " (" + reference.kind().french() + ")";
    }

    /** Each source the rules cite, once, in id order: its nature, how sure its reading is, its words. */
    private static void sources(RuleCatalog catalog, StringBuilder md) {
        md.append("\n## Les sources\n");
        Map<String, LegalReference> cited = new TreeMap<>();
        catalog.rules().forEach(r -> cited.putIfAbsent(r.reference().id(), r.reference()));
        cited.values().forEach(reference -> {
            md.append("\n### ").append(reference.id()).append("\n\n").append(source(reference)).append("\n\n");
            if (reference.confidence() != null) {
                md.append("- Certitude de la lecture : ").append(reference.confidence().french()).append('\n');
            }
            if (reference.region() != null) {
                md.append("- Guide régional : région ").append(reference.region()).append(", appliqué par le seul profil de sa région\n");
            }
            if (reference.words() != null) {
                md.append("- Ce qu'elle dit : ").append(cell(reference.words())).append('\n');
            }
        });
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
