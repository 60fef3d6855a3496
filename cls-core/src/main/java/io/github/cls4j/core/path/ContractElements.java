package io.github.cls4j.core.path;

import io.github.cls4j.core.contrat.Avenant;
import io.github.cls4j.core.contrat.ContratLocalSante;
import io.github.cls4j.core.gouvernance.Gouvernance;
import io.github.cls4j.core.strategie.AxeStrategique;
import io.github.cls4j.core.strategie.FicheAction;
import io.github.cls4j.core.strategie.Objectif;
import io.github.cls4j.core.territoire.Territoire;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every element of a contract with its path, in document order: the contract, its territory and
 * QPV, signatories and partners, governance, diagnostic, axes with their objectives, actions,
 * financing lines and indicators, cross-cutting axes, mental-health component, participation,
 * links, evaluations, avenants with their signatories, and dérogations.
 *
 * <p>This is the one place where paths are formed; findings, Bean Validation violations and
 * JSON errors all use the same notation. Missing ({@code null}) elements are skipped, and list
 * indexes are those of the contract's lists, so a path always points into the JSON file.
 */
public final class ContractElements {

    private final List<Located<?>> all;

    private ContractElements(List<Located<?>> all) {
        this.all = List.copyOf(all);
    }

    /** Walks {@code contrat} once. */
    public static ContractElements of(ContratLocalSante contrat) {
        List<Located<?>> out = new ArrayList<>();
        new Walk(out).contrat(contrat);
        return new ContractElements(out);
    }

    /** Every element, the contract first, in document order. */
    public List<Located<?>> all() {
        return all;
    }

    /** The elements of one type, in document order. */
    @SuppressWarnings("unchecked")
    public <T> List<Located<T>> ofType(Class<T> type) {
        List<Located<T>> matching = new ArrayList<>();
        for (Located<?> located : all) {
            if (type.isInstance(located.element())) {
                matching.add((Located<T>) located);
            }
        }
        return matching;
    }

    /** The walk itself: one method per element that has children. */
    private record Walk(List<Located<?>> out) {

        void contrat(ContratLocalSante c) {
            ElementPath root = ElementPath.root();
            add(root, c);
            territoire(root.property("territoire"), c.territoire());
            each(root, "signataires", c.signataires(), this::add);
            each(root, "partenaires", c.partenaires(), this::add);
            gouvernance(root.property("gouvernance"), c.gouvernance());
            add(root.property("diagnostic"), c.diagnostic());
            each(root, "axes", c.axes(), this::axe);
            each(root, "axesTransversaux", c.axesTransversaux(), this::add);
            add(root.property("voletSanteMentale"), c.voletSanteMentale());
            add(root.property("participation"), c.participation());
            each(root, "articulations", c.articulations(), this::add);
            each(root, "evaluations", c.evaluations(), this::add);
            each(root, "avenants", c.avenants(), this::avenant);
            each(root, "derogations", c.derogations(), this::add);
        }

        void territoire(ElementPath path, Territoire t) {
            if (add(path, t)) {
                each(path, "qpv", t.qpv(), this::add);
            }
        }

        void gouvernance(ElementPath path, Gouvernance g) {
            if (add(path, g)) {
                add(path.property("comitePilotage"), g.comitePilotage());
                add(path.property("comiteTechnique"), g.comiteTechnique());
                add(path.property("coordination"), g.coordination());
            }
        }

        void axe(ElementPath path, AxeStrategique axe) {
            add(path, axe);
            each(path, "objectifs", axe.objectifs(), this::objectif);
        }

        void objectif(ElementPath path, Objectif objectif) {
            add(path, objectif);
            each(path, "fichesAction", objectif.fichesAction(), this::ficheAction);
        }

        void ficheAction(ElementPath path, FicheAction fiche) {
            add(path, fiche);
            each(path, "financements", fiche.financements(), this::add);
            each(path, "indicateurs", fiche.indicateurs(), this::add);
        }

        void avenant(ElementPath path, Avenant avenant) {
            add(path, avenant);
            if (avenant.signatairesConnus()) {
                each(path, "signataires", avenant.signataires(), this::add);
            }
        }

        /** Adds a present element; says whether it was present. */
        boolean add(ElementPath path, Object element) {
            if (element == null) {
                return false;
            }
            out.add(new Located<>(path, element));
            return true;
        }

        /** Visits the present items of a list, each with its index in the list. */
        <T> void each(ElementPath parent, String property, List<T> items, BiConsumer<ElementPath, T> visit) {
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                if (item != null) {
                    visit.accept(parent.item(property, i), item);
                }
            }
        }
    }
}
