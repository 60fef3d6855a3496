package io.github.cls4j.rules.internal.rule;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference page of what a rule sees ({@code docs/facts.md}), written from the model itself:
 * every fact type with its package, its properties and their types (or its values, for an
 * enumeration), then the parameters each profile sets. A rule author reads it instead of the Java.
 */
public final class FactsReference {

    private FactsReference() {
    }

    /**
     * The page in Markdown, in French.
     *
     * @param parameters the parameters of each profile, by profile name
     */
    public static String markdown(Map<String, Map<String, String>> parameters) {
        StringBuilder md = new StringBuilder("# Ce qu'une règle voit\n\n")
                .append("Les types qu'une condition peut nommer (après un `import` de leur paquet), leurs propriétés et leur type, ")
                .append("dans l'ordre où on les rencontre depuis `ContratLocalSante`, puis les faits que cls-rules ajoute. Chaque ")
                .append("élément du contrat (axe, objectif, fiche action, indicateur, signataire…) est un fait : une règle peut le ")
                .append("chercher sans partir du contrat. Une propriété suivie de `()` est une méthode : elle s'écrit avec ses ")
                .append("parenthèses (`estConclu()`). Une question prend des arguments, du type que dit sa parenthèse ")
                .append("(`$fiche.perimetre.communesHorsDe($territoire)`). Un nom mal écrit est signalé avec les plus proches de cette page.\n\n");
        for (Class<?> type : FactTypes.all().values()) {
            md.append("## ").append(type.getSimpleName()).append("\n\n`").append(type.getName()).append("`");
            if (type.isEnum()) {
                md.append(" — valeurs : ").append(Arrays.stream(type.getEnumConstants()).map(c -> "`" + ((Enum<?>) c).name() + "`")
                        .collect(Collectors.joining(", "))).append("\n\n");
                continue;
            }
            md.append("\n\n");
            table(md, "Propriété", FactTypes.properties(type));
            table(md, "Question", FactTypes.questions(type));
        }
        md.append("## Paramètres des profils\n\n")
                .append("Un fait `Parametre(nom, valeur)` par paramètre du profil sous lequel le contrat est validé ")
                .append("(`entier` lit sa valeur comme un nombre) ; `@enabledBy(\"nom\")` n'applique une règle que si le profil le pose.\n\n")
                .append("| Profil | Paramètre | Valeur |\n|---|---|---|\n");
        SortedMap<String, Map<String, String>> sorted = new TreeMap<>(parameters);
        sorted.forEach((profile, values) -> new TreeMap<>(values).forEach((name, value) ->
                md.append("| `").append(profile).append("` | `").append(name).append("` | `").append(value).append("` |\n")));
        return md.toString();
    }

    // One table of names and their Java types, none for none.
    private static void table(StringBuilder md, String heading, Map<String, String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("| ").append(heading).append(" | Type |\n|---|---|\n");
        rows.forEach((name, javaType) -> md.append("| `").append(name).append("` | `").append(javaType.replace("|", "\\|")).append("` |\n"));
        md.append('\n');
    }
}
