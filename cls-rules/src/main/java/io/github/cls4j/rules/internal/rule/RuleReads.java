package io.github.cls4j.rules.internal.rule;

import io.github.cls4j.core.commun.LooksThrough;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What the conditions of each rule read, taken from its DRL text: for each fact type a rule
 * matches, the property chains its conditions name on it ({@code participation.usagers},
 * {@code estConclu()}), and the lists of the contract a condition looks through without matching
 * (the {@code from $contrat.signataires} of a {@code not}). An explanation reads those values on
 * the facts a rule matched. A question of the model that looks through a list in the rule's stead
 * ({@code estSignePar(TypeOrganisation.ARS)}) says which with {@link LooksThrough}, and counts as
 * that {@code from}.
 *
 * <p>The DRL is parsed on the first explanation asked, not when the rules are loaded: a host that
 * never asks pays nothing. A chain is kept when its first name is a property of the type (as
 * {@link FactTypes} knows it); the rest of it is followed on the values themselves.
 */
public final class RuleReads {

    /** A text or character literal, whose words are not property names. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    /** A binding at the start of a constraint: {@code $presidents : coPresidents}. */
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$?\\w+\\s*:(?!:)");
    /** A chain of names, each maybe called without arguments: {@code $contrat.periodeEffective().fin}. */
    private static final Pattern CHAIN = Pattern.compile(
            "(?<![\\w.$])\\$?[A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?(?:\\s*\\.\\s*[A-Za-z_]\\w*(?:\\s*\\(\\s*\\))?)*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * A list of the contract that a condition looks through without matching its elements.
     *
     * @param variable the variable of the fact the list is read on, e.g. {@code $contrat}
     * @param chain the chain that reads it, e.g. {@code signataires}
     * @param itemType the type the condition expects of its elements, e.g. {@code Signataire}
     */
    public record LookedThrough(String variable, String chain, String itemType) {
    }

    /**
     * What one rule reads.
     *
     * @param chains for each type (simple name), the chains its conditions name, in the order written
     * @param lookedThrough the lists its quantified conditions look through
     */
    public record Reads(Map<String, List<String>> chains, List<LookedThrough> lookedThrough) {

        /** What a rule whose text is not known reads: nothing that can be shown. */
        public static final Reads NONE = new Reads(Map.of(), List.of());

        /**
         * The chains its conditions name on facts of {@code type}: on the type itself, and on the
         * types it extends or implements ({@code RattacheAuPrs} for an {@code AxeStrategique}).
         */
        public List<String> of(Class<?> type) {
            List<String> own = chains.getOrDefault(type.getSimpleName(), List.of());
            List<String> all = null;
            for (Class<?> supertype : type.getInterfaces()) {
                List<String> inherited = chains.getOrDefault(supertype.getSimpleName(), List.of());
                if (!inherited.isEmpty()) {
                    all = all == null ? new ArrayList<>(own) : all;
                    inherited.stream().filter(c -> !own.contains(c)).forEach(all::add);
                }
            }
            return all == null ? own : all;
        }
    }

    /** The reads of every rule of the files, by key and, for a rule Drools put in a package of its own, by name. */
    private record Parsed(Map<RuleKey, Reads> byRule, Map<String, Reads> byName) {
    }

    private final DrlSources sources;
    /** Parsed once, on the first explanation; read without a lock after that, by any thread. */
    private volatile Parsed parsed;

    /** The reads of the rules of {@code sources}, parsed when first asked. */
    public RuleReads(DrlSources sources) {
        this.sources = sources;
    }

    /** What the rule {@code key} reads; {@link Reads#NONE} when its text cannot be read. */
    public Reads of(RuleKey key) {
        Parsed reads = parsed;
        if (reads == null) {
            synchronized (this) {
                reads = parsed;
                if (reads == null) {
                    reads = parse();
                    parsed = reads;
                }
            }
        }
        Reads read = reads.byRule().get(key);
        // A folder's rules written without a package are given one by Drools: the name tells them.
        return read != null ? read : reads.byName().getOrDefault(key.name(), Reads.NONE);
    }

    private Parsed parse() {
        Map<RuleKey, Reads> byRule = new LinkedHashMap<>();
        Map<String, Reads> byName = new LinkedHashMap<>();
        for (String file : sources.files()) {
            Optional<PackageDescr> parsedFile = packageOf(sources.content(file));
            if (parsedFile.isEmpty()) {
                continue;
            }
            String packageName = parsedFile.get().getName() == null ? "" : parsedFile.get().getName();
            for (RuleDescr rule : parsedFile.get().getRules()) {
                Walk walk = new Walk();
                walk.descr(rule.getLhs(), false);
                Reads reads = walk.reads();
                byRule.put(new RuleKey(packageName, rule.getName()), reads);
                byName.putIfAbsent(rule.getName(), reads);
            }
        }
        return new Parsed(Map.copyOf(byRule), Map.copyOf(byName));
    }

    /** The file's rules, or nothing if the parser fails on it: the rules compiled, so it does not, but an explanation is never worth an exception. */
    private static Optional<PackageDescr> packageOf(String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, text);
            return parser.hasErrors() || descr == null ? Optional.empty() : Optional.of(descr);
        } catch (DroolsParserException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The walk of one rule's conditions. */
    private static final class Walk {

        private final Map<String, Set<String>> chains = new LinkedHashMap<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        /** The chains on a variable ({@code $contrat.signataires}), resolved once every pattern is known. */
        private final List<String> onVariables = new ArrayList<>();
        private final List<LookedThrough> lookedThrough = new ArrayList<>();

        void descr(BaseDescr descr, boolean quantified) {
            if (descr instanceof PatternDescr pattern) {
                pattern(pattern, quantified);
            } else if (descr instanceof EvalDescr eval) {
                expression(null, null, String.valueOf(eval.getContent()));
            } else if (descr instanceof ConditionalElementDescr element) {
                boolean inner = quantified || descr instanceof NotDescr || descr instanceof ExistsDescr || descr instanceof ForallDescr;
                for (Object child : element.getDescrs()) {
                    if (child instanceof BaseDescr childDescr) {
                        descr(childDescr, inner);
                    }
                }
            }
        }

        private void pattern(PatternDescr pattern, boolean quantified) {
            String type = simpleName(pattern.getObjectType());
            if (pattern.getIdentifier() != null) {
                variables.put(pattern.getIdentifier(), type);
            }
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                String text = BINDING.matcher(String.valueOf(constraint.getText())).replaceFirst("");
                expression(type, pattern.getIdentifier(), text);
            }
            if (pattern.getSource() instanceof FromDescr from) {
                String source = strip(from.getDataSource() == null ? "" : from.getDataSource().toString());
                expression(null, null, source);
                int dot = source.indexOf('.');
                if (quantified && source.startsWith("$") && dot > 0 && CHAIN.matcher(source).matches()) {
                    lookedThrough.add(new LookedThrough(source.substring(0, dot), source.substring(dot + 1), type));
                }
            } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                if (accumulate.getInput() != null) {
                    descr(accumulate.getInput(), true);
                }
                accumulate.getFunctions().forEach(f -> {
                    for (String parameter : f.getParams()) {
                        expression(null, null, parameter);
                    }
                });
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                descr(collect.getInputPattern(), true);
            }
        }

        /**
         * Records the chains of {@code text}: bare ones on {@code type}, the others on their variable;
         * and the lists its questions look through on the pattern's fact, bound to {@code variable}.
         */
        private void expression(String type, String variable, String text) {
            Matcher m = CHAIN.matcher(LITERAL.matcher(text).replaceAll("\"\""));
            while (m.find()) {
                String chain = SPACE.matcher(m.group()).replaceAll("");
                if (chain.startsWith("$")) {
                    onVariables.add(chain);
                } else if (type != null) {
                    add(type, chain);
                    question(type, variable, chain.split("[.(]", 2)[0]);
                }
            }
        }

        /**
         * Records the lists that the question {@code name}, asked of a fact of {@code type}, looks
         * through ({@link LooksThrough}), as a {@code from} over them in a {@code not} would be: the
         * list on the fact, its elements looked through, and what the question reads on each. A
         * pattern without a variable cannot be read again when its rule fires: only its chains count.
         */
        private void question(String type, String variable, String name) {
            Class<?> known = FactTypes.named(type).orElse(null);
            if (known == null) {
                return;
            }
            for (Method method : known.getMethods()) {
                LooksThrough looks = method.getName().equals(name) ? method.getAnnotation(LooksThrough.class) : null;
                if (looks != null) {
                    lookedThrough(known, variable, looks);
                }
            }
        }

        private void lookedThrough(Class<?> owner, String variable, LooksThrough looks) {
            for (String list : looks.value()) {
                add(owner.getSimpleName(), list);
                String itemType = itemType(owner, list);
                if (itemType == null) {
                    continue;
                }
                for (String read : looks.reads()) {
                    add(itemType, read);
                }
                LookedThrough looked = new LookedThrough(variable, list, itemType);
                if (variable != null && !lookedThrough.contains(looked)) {
                    lookedThrough.add(looked);
                }
            }
        }

        /** The simple name of the elements of the list component {@code list} of {@code owner}, or {@code null}. */
        private static String itemType(Class<?> owner, String list) {
            try {
                Type returned = owner.getMethod(list).getGenericReturnType();
                if (returned instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
                    return item.getSimpleName();
                }
                return null;
            } catch (NoSuchMethodException misnamed) {
                // The annotation names a component the record does not have: nothing to look through.
                return null;
            }
        }

        private void add(String type, String chain) {
            Class<?> known = FactTypes.named(type).orElse(null);
            int dot = chain.indexOf('.');
            String first = dot < 0 ? chain : chain.substring(0, dot);
            Map<String, String> properties = known == null ? Map.of() : FactTypes.properties(known);
            // An interface's properties are its methods: objectifsPrs is read as objectifsPrs().
            if (properties.containsKey(first) || properties.containsKey(first + "()")) {
                chains.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(chain);
            }
        }

        Reads reads() {
            for (String chain : onVariables) {
                int dot = chain.indexOf('.');
                String type = dot < 0 ? null : variables.get(chain.substring(0, dot));
                if (type != null) {
                    add(type, chain.substring(dot + 1));
                }
            }
            Map<String, List<String>> byType = new LinkedHashMap<>();
            chains.forEach((type, names) -> byType.put(type, List.copyOf(names)));
            return new Reads(Map.copyOf(byType), List.copyOf(lookedThrough));
        }

        private static String strip(String source) {
            String text = source.strip();
            return text.startsWith("from ") ? text.substring(5).strip() : text;
        }

        private static String simpleName(String type) {
            String name = type == null ? "" : type.strip();
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }
}
