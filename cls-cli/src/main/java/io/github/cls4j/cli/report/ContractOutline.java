package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The outline of a contract as a reader of its report sees it: the contract, its territory,
 * signatories, governance, mental-health component, evaluations, and its axes with their
 * objectives, actions and indicators. Each finding is placed at the deepest element of the
 * outline its path lies in, so that a finding on {@code axes[0].objectifs[1].fichesAction[0].indicateurs}
 * is shown at that action.
 */
public final class ContractOutline {

    /**
     * One element of the outline.
     *
     * @param path its path in the contract
     * @param kind what it is, e.g. {@code axe}; also its CSS class
     * @param title its heading
     * @param details lines of description under the heading
     * @param children the elements under it, in document order
     */
    public record Node(ElementPath path, String kind, String title, List<String> details, List<Node> children) {
    }

    private final Labels labels;

    private ContractOutline(Labels labels) {
        this.labels = labels;
    }

    /** The outline of {@code contrat}, its headings in the language of {@code labels}. */
    public static Node of(ContratLocalSante contrat, Labels labels) {
        return new ContractOutline(labels).contrat(contrat);
    }

    /**
     * The findings of each element of {@code outline}, by path: every finding is given to the
     * deepest element whose path it starts with, the contract itself at last.
     */
    static Map<ElementPath, List<Finding>> place(Node outline, List<Finding> findings) {
        List<ElementPath> paths = new ArrayList<>();
        collect(outline, paths);
        return findings.stream().collect(Collectors.groupingBy(
                f -> paths.stream().filter(p -> f.path().startsWith(p))
                        .max(Comparator.comparingInt(p -> p.tokens().size())).orElse(ElementPath.root()),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static void collect(Node node, List<ElementPath> paths) {
        paths.add(node.path());
        node.children().forEach(child -> collect(child, paths));
    }

    private Node contrat(ContratLocalSante c) {
        ElementPath root = ElementPath.root();
        List<String> details = new ArrayList<>();
        details.add(labels.field("outline.statut", c.statut() == null ? absent() : labels.get("statut." + c.statut().name())));
        details.add(labels.field("outline.region", c.region() == null ? absent()
                : c.region().region().map(Region::nom).orElse(text(c.region().value())) + " (" + text(c.region().value()) + ")"));
        details.add(labels.field("outline.periode", periode(c.periode())));
        details.add(labels.field("outline.prs", text(c.prs())));
        List<Node> children = List.of(
                territoire(root.property("territoire"), c.territoire()),
                list(root, "signataires", "outline.signataires", c.signataires(), this::signataire),
                gouvernance(root.property("gouvernance"), c.gouvernance()),
                leaf(root.property("voletSanteMentale"), "outline.voletSanteMentale",
                        c.voletSanteMentale() == null ? absent() : text(c.voletSanteMentale().description())),
                list(root, "evaluations", "outline.evaluations", c.evaluations(), this::evaluation),
                list(root, "axes", "outline.axes", c.axes(), this::axe));
        return new Node(root, "contrat", text(c.intitule()), details, children);
    }

    private Node territoire(ElementPath path, Territoire t) {
        if (t == null) {
            return leaf(path, "outline.territoire", absent());
        }
        List<String> details = new ArrayList<>();
        details.add(labels.field("outline.communes", joined(t.communes().stream().map(c -> c == null ? null : c.toString()).toList())));
        List<String> qpv = t.qpv().stream().filter(Objects::nonNull)
                .map((Qpv q) -> text(q.code()) + (q.nom() == null ? "" : " " + q.nom())).toList();
        if (!qpv.isEmpty()) {
            details.add(labels.field("outline.qpv", joined(qpv)));
        }
        return new Node(path, "territoire", labels.field("outline.territoire", text(t.nom()) + " (" + text(t.type()) + ")"),
                details, List.of());
    }

    private Node gouvernance(ElementPath path, Gouvernance g) {
        if (g == null) {
            return leaf(path, "outline.gouvernance", absent());
        }
        Coordination coordination = g.coordination();
        String coordinateur = coordination == null || coordination.coordinateur() == null ? absent()
                : text(coordination.coordinateur().nom());
        return new Node(path, "gouvernance", labels.get("outline.gouvernance"),
                List.of(labels.field("outline.coordination", coordinateur)), List.of());
    }

    private Node signataire(ElementPath path, Signataire s) {
        return new Node(path, "signataire", text(s.nom()) + " (" + text(s.type()) + ")",
                s.dateSignature() == null ? List.of() : List.of(labels.get("outline.signe", s.dateSignature().toString())), List.of());
    }

    private Node evaluation(ElementPath path, Evaluation e) {
        return new Node(path, "evaluation", text(e.type()) + " " + text(e.date()), List.of(), List.of());
    }

    private Node axe(ElementPath path, AxeStrategique axe) {
        return new Node(path, "axe", heading("outline.axe", axe.code(), axe.intitule()), prs(axe.objectifsPrs()),
                items(path, "objectifs", axe.objectifs(), this::objectif));
    }

    private Node objectif(ElementPath path, Objectif objectif) {
        return new Node(path, "objectif", heading("outline.objectif", objectif.code(), objectif.intitule()),
                prs(objectif.objectifsPrs()), items(path, "fichesAction", objectif.fichesAction(), this::fiche));
    }

    private Node fiche(ElementPath path, FicheAction fiche) {
        List<String> details = new ArrayList<>();
        if (fiche.porteur() != null) {
            details.add(labels.field("outline.porteur", fiche.porteur()));
        }
        return new Node(path, "fiche", heading("outline.fiche", fiche.code(), fiche.intitule()), details,
                items(path, "indicateurs", fiche.indicateurs(), this::indicateur));
    }

    private Node indicateur(ElementPath path, Indicateur indicateur) {
        return new Node(path, "indicateur", heading("outline.indicateur", indicateur.code(), indicateur.libelle()),
                List.of(), List.of());
    }

    /** A titled list of the contract, its items as children. */
    private <T> Node list(ElementPath parent, String property, String title, List<T> elements,
            BiFunction<ElementPath, T, Node> item) {
        return new Node(parent.property(property), "liste", labels.get(title), List.of(), items(parent, property, elements, item));
    }

    /** The nodes of a list's items, each at its own index; a missing item is skipped, not renumbered. */
    private static <T> List<Node> items(ElementPath parent, String property, List<T> elements,
            BiFunction<ElementPath, T, Node> item) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) != null) {
                nodes.add(item.apply(parent.item(property, i), elements.get(i)));
            }
        }
        return nodes;
    }

    private Node leaf(ElementPath path, String title, String detail) {
        return new Node(path, path.tokens().get(path.tokens().size() - 1), labels.get(title), List.of(detail), List.of());
    }

    private String heading(String kind, String code, String intitule) {
        return labels.get("field", labels.get(kind) + (code == null ? "" : " " + code), text(intitule));
    }

    private List<String> prs(List<String> objectifsPrs) {
        return objectifsPrs.stream().allMatch(Objects::isNull) ? List.of() : List.of(labels.field("outline.prs", joined(objectifsPrs)));
    }

    /** The values given, joined by commas; "non renseigné" when there is none. */
    private String joined(List<String> values) {
        List<String> given = values.stream().filter(Objects::nonNull).toList();
        return given.isEmpty() ? absent() : String.join(", ", given);
    }

    private String periode(Periode periode) {
        return periode == null ? absent() : text(periode.debut()) + " → " + text(periode.fin());
    }

    private String absent() {
        return labels.get("outline.absent");
    }

    private String text(Object value) {
        return value == null ? labels.get("unknown") : value.toString();
    }
}
