package io.github.cls4j.cli.report;

import io.github.cls4j.cli.output.Labels;
import io.github.cls4j.core.code.Region;
import io.github.cls4j.core.commun.Periode;
import io.github.cls4j.core.commun.Personne;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.contrat.Evaluation;
import io.github.cls4j.core.contrat.Signataire;
import io.github.cls4j.core.contrat.VoletSanteMentale;
import io.github.cls4j.core.gouvernance.Coordination;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.path.ContractElements;
import io.github.cls4j.core.path.ElementNode;
import io.github.cls4j.core.path.ElementPath;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Indicateur;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Qpv;
import io.github.cls4j.core.territoire.Territoire;
import io.github.cls4j.geography.Geographie;
import io.github.cls4j.geography.Millesime;
import io.github.cls4j.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The properties of a contract that its outline shows, in the order shown, each titled by its
     * label {@code outline.PROPERTY}. Their places, and every path, are cls-core's ({@link
     * ContractElements#tree()}); the outline only chooses what to show and words it.
     */
    private static final List<String> SECTIONS =
            List.of("territoire", "signataires", "gouvernance", "voletSanteMentale", "evaluations", "axes");

    private final Labels labels;
    /** The edition of the geography the communes are named from. */
    private final Millesime millesime;

    private ContractOutline(Labels labels, Millesime millesime) {
        this.labels = labels;
        this.millesime = millesime;
    }

    /**
     * The outline of {@code contrat}, its headings in the language of {@code labels}, its communes
     * named as the official geography in force on the day it was concluded names them (the latest
     * edition for a contract not concluded).
     */
    public static Node of(ContratLocalSante contrat, Labels labels) {
        Geographie geographie = Geographie.bundled();
        Millesime millesime = contrat.dateDeConclusion().map(geographie::millesimeEnVigueurLe)
                .orElse(geographie.millesimes().get(geographie.millesimes().size() - 1));
        return new ContractOutline(labels, millesime).contrat((ElementNode.Element) ContractElements.of(contrat).tree());
    }

    /** The code of a commune with its name beside it, when the geography knows the code; the code alone otherwise. */
    private String named(String code) {
        return Geographie.bundled().commune(code, millesime).map(c -> code + " " + c.nom()).orElse(code);
    }

    /**
     * The findings of each element of {@code outline}, by path: every finding is given to the
     * deepest element whose path it starts with, the contract itself at last.
     */
    static Map<ElementPath, List<Finding>> place(Node outline, List<Finding> findings) {
        Set<ElementPath> paths = byPath(outline).keySet();
        // Up from each finding's path to the first element of the outline: linear in the findings
        // and the depth of their paths, whatever the size of the contract.
        Map<ElementPath, List<Finding>> placed = new LinkedHashMap<>();
        for (Finding finding : findings) {
            ElementPath at = finding.path();
            while (!at.isRoot() && !paths.contains(at)) {
                at = at.parent();
            }
            placed.computeIfAbsent(at, p -> new ArrayList<>()).add(finding);
        }
        return placed;
    }

    /**
     * The element of {@code outline} each finding of {@code placed} is shown at, by finding
     * (identity: two findings may be equal), for a report to name it in words.
     */
    static Map<Finding, Node> shownAt(Node outline, Map<ElementPath, List<Finding>> placed) {
        Map<ElementPath, Node> nodes = byPath(outline);
        Map<Finding, Node> at = new IdentityHashMap<>();
        placed.forEach((path, findings) -> findings.forEach(f -> at.put(f, nodes.get(path))));
        return at;
    }

    /** Every element of {@code outline}, by its path. */
    static Map<ElementPath, Node> byPath(Node outline) {
        Map<ElementPath, Node> nodes = new HashMap<>();
        index(outline, nodes);
        return nodes;
    }

    private static void index(Node node, Map<ElementPath, Node> nodes) {
        nodes.put(node.path(), node);
        node.children().forEach(child -> index(child, nodes));
    }

    private Node contrat(ElementNode.Element root) {
        ContratLocalSante c = (ContratLocalSante) root.element();
        List<String> details = new ArrayList<>();
        details.add(labels.field("outline.statut", labels.code(c.statut())));
        details.add(labels.field("outline.region", c.region() == null ? absent()
                : c.region().region().map(Region::nom).orElse(text(c.region().value())) + " (" + text(c.region().value()) + ")"));
        details.add(labels.field("outline.periode", periode(c.periode())));
        details.add(labels.field("outline.prs", text(c.prs())));
        Map<String, ElementNode> properties = new HashMap<>();
        root.children().forEach(child -> properties.put(child.property(), child));
        List<Node> sections = SECTIONS.stream().map(properties::get).filter(Objects::nonNull).map(this::section).toList();
        return new Node(root.path(), "contrat", text(c.intitule()), details, sections);
    }

    /** One section of the contract: a list and its items, an element, or the place of one left out; titled {@code outline.PROPERTY}. */
    private Node section(ElementNode node) {
        String title = "outline." + node.property();
        if (node instanceof ElementNode.Items list) {
            return new Node(list.path(), "liste", labels.get(title), List.of(), outline(list.children()));
        }
        Object element = node instanceof ElementNode.Element present ? present.element() : null;
        if (element instanceof Territoire t) {
            return territoire(node.path(), t);
        }
        if (element instanceof Gouvernance g) {
            return gouvernance(node.path(), g);
        }
        return leaf(node, title, element instanceof VoletSanteMentale volet ? text(volet.description()) : absent());
    }

    /** The outline of those of {@code nodes} that a reader sees (signatories, evaluations, axes and what is under them), in order. */
    private List<Node> outline(List<ElementNode> nodes) {
        List<Node> outline = new ArrayList<>();
        for (ElementNode node : nodes) {
            if (node instanceof ElementNode.Element e) {
                Node item = e.element() instanceof Signataire s ? signataire(e.path(), s)
                        : e.element() instanceof Evaluation ev ? evaluation(e.path(), ev)
                        : e.element() instanceof AxeStrategique axe ? axe(e, axe)
                        : e.element() instanceof Objectif objectif ? objectif(e, objectif)
                        : e.element() instanceof FicheAction fiche ? fiche(e, fiche)
                        : e.element() instanceof Indicateur indicateur ? indicateur(e.path(), indicateur)
                        : null;
                if (item != null) {
                    outline.add(item);
                }
            }
        }
        return outline;
    }

    /** The outline of the items of {@code node}'s lists: an axis's objectives, an action's indicators (not its financing lines). */
    private List<Node> under(ElementNode node) {
        return outline(node.children().stream().flatMap(list -> list.children().stream()).toList());
    }

    private Node territoire(ElementPath path, Territoire t) {
        List<String> details = new ArrayList<>();
        details.add(labels.field("outline.communes", joined(t.communes().stream().map(c -> c == null ? null : named(c.toString())).toList())));
        List<String> qpv = t.qpv().stream().filter(Objects::nonNull)
                .map((Qpv q) -> text(q.code()) + (q.nom() == null ? "" : " " + q.nom())).toList();
        if (!qpv.isEmpty()) {
            details.add(labels.field("outline.qpv", joined(qpv)));
        }
        return new Node(path, "territoire", labels.field("outline.territoire", text(t.nom()) + " (" + labels.code(t.type()) + ")"),
                details, List.of());
    }

    private Node gouvernance(ElementPath path, Gouvernance g) {
        return new Node(path, "gouvernance", labels.get("outline.gouvernance"),
                List.of(labels.field("outline.coordination", coordination(g.coordination()))), List.of());
    }

    /** The coordinator's post as far as the contract tells it: who, how much time, employed by whom. */
    private String coordination(Coordination coordination) {
        if (coordination == null) {
            return absent();
        }
        List<String> parts = new ArrayList<>();
        Personne coordinateur = coordination.coordinateur();
        parts.add(coordinateur == null || coordinateur.nom() == null ? labels.get("outline.coordinateur.absent")
                : coordinateur.nom() + (coordinateur.fonction() == null ? "" : ", " + coordinateur.fonction()));
        if (coordination.etp() != null) {
            parts.add(labels.get("outline.etp", labels.decimal(coordination.etp())));
        }
        if (coordination.employeur() != null) {
            parts.add(labels.get("outline.employeur", coordination.employeur()));
        }
        return String.join(" · ", parts);
    }

    private Node signataire(ElementPath path, Signataire s) {
        return new Node(path, "signataire", text(s.nom()) + " (" + labels.code(s.type()) + ")",
                s.dateSignature() == null ? List.of() : List.of(labels.get("outline.signe", labels.date(s.dateSignature()))), List.of());
    }

    private Node evaluation(ElementPath path, Evaluation e) {
        return new Node(path, "evaluation", labels.get("outline.evaluation", labels.code(e.type()), labels.date(e.date())), List.of(),
                List.of());
    }

    private Node axe(ElementNode node, AxeStrategique axe) {
        return new Node(node.path(), "axe", heading("outline.axe", axe.code(), axe.intitule()), prs(axe.objectifsPrs()), under(node));
    }

    private Node objectif(ElementNode node, Objectif objectif) {
        return new Node(node.path(), "objectif", heading("outline.objectif", objectif.code(), objectif.intitule()),
                prs(objectif.objectifsPrs()), under(node));
    }

    private Node fiche(ElementNode node, FicheAction fiche) {
        List<String> details = new ArrayList<>();
        if (fiche.porteur() != null) {
            details.add(labels.field("outline.porteur", fiche.porteur()));
        }
        return new Node(node.path(), "fiche", heading("outline.fiche", fiche.code(), fiche.intitule()), details, under(node));
    }

    private Node indicateur(ElementPath path, Indicateur indicateur) {
        return new Node(path, "indicateur", heading("outline.indicateur", indicateur.code(), indicateur.libelle()),
                List.of(), List.of());
    }

    /** A section with one line of detail under its title, its kind its property, e.g. {@code voletSanteMentale}. */
    private Node leaf(ElementNode node, String title, String detail) {
        return new Node(node.path(), node.property(), labels.get(title), List.of(detail), List.of());
    }

    /** An element named as a reader names it: {@code Fiche action FA-2.1 « Ouvrir une maison de santé »}. */
    private String heading(String kind, String code, String intitule) {
        String named = labels.get(kind) + (code == null ? "" : " " + code);
        return intitule == null ? named : labels.get("outline.heading", named, intitule);
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
        return periode == null ? absent() : labels.get("outline.periode.value", labels.date(periode.debut()), labels.date(periode.fin()));
    }

    private String absent() {
        return labels.get("absent");
    }

    /** A text of the contract; "non renseigné" when it has none. */
    private String text(Object value) {
        return value == null ? absent() : value.toString();
    }
}
