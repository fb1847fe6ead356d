package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code combination} type: sentences where named groups of cues occur in one of several
 * combinations (a method with an instrument, a tool with an act, a named place with a jump). Words
 * in an innocent sense are not cues, some words cancel a sentence, and some lower the finding.
 * {@link CombinationMatcher} matches.
 */
public final class CombinationType implements RuleType {

    public static final CombinationType INSTANCE = new CombinationType();

    static final KeySpec GROUPS = new KeySpec("groups", true, "map of cue lists",
            "Group name to its cues: a cue list (`phrases`, `lemmas`, `lexicons`) with any of the keys below.",
            withCueKeys());

    /** A combination's groups: all must occur. */
    static final KeySpec ALL_OF = KeySpec.required("groups", "list of texts", "The groups that must all occur.");

    static final KeySpec SPAN = KeySpec.optional("span", "list of texts", "Groups whose cues the finding covers."
            + " Default: `match.span`, else the combination's groups.");

    static final KeySpec SEVERITY = KeySpec.choice("severity", false, "A lower severity for this combination.",
            Severity.WARNING, Severity.INFO);

    static final KeySpec NONE_OF = KeySpec.optional("unless", "list of texts", "Groups that must not occur in the"
            + " sentence, because another rule reports that detail.");

    static final KeySpec ANY_OF = KeySpec.required("anyOf", "list",
            "The combinations that make a finding, tried in order: the first one found sets the span and severity,"
                    + " and the cues of all found are explained. Each is a list of"
                    + " group names that must all occur in one sentence (each on words of its own), or a map:",
            ALL_OF, SPAN, SEVERITY, NONE_OF);

    static final KeySpec LOWERED_BY = KeySpec.required("groups", "list of texts", "Groups whose cues, anywhere in"
            + " the sentence, lower it.");

    static final KeySpec LOWER_TO = KeySpec.choice("severity", false, CombinationMatcher.LowerTo.class, "The"
            + " severity it drops to, or `off` for no finding.");

    static final KeySpec OPTION = KeySpec.optional("option", "text", "A rule option (under `options`) that holds the"
            + " severity instead, so that profiles can set it.");

    static final KeySpec LOWER = KeySpec.optional("lower", "list of maps",
            "Cues that lower a finding in their sentence, such as population statistics.", LOWERED_BY, LOWER_TO,
            OPTION);

    static final KeySpec DEFAULT_SPAN = KeySpec.optional("span", "list of texts", "Groups whose cues the finding"
            + " covers, when the combination does not say. Default: the combination's groups.");

    static final KeySpec MATCH = KeySpec.required("match", "map", "The groups and how they combine.", GROUPS, ANY_OF,
            DEFAULT_SPAN);

    private static final TypeSchema SCHEMA = new TypeSchema("combination",
            "Finds sentences where cue groups occur in one of several combinations (a method with an instrument, a"
                    + " tool with an act). Idioms are not cues, protective words cancel, statistics lower. Only"
                    + " sentences with a keyword are examined, and parts of speech are tagged only when every other"
                    + " test has passed.",
            List.of(
                    MATCH,
                    LOWER,
                    Conditions.REQUIRES,
                    Conditions.UNLESS),
            List.of(), new SuggestionSyntax(SuggestionSyntax.PRONOUNS, false, false), Map.of(
                    "match.idioms", "match.idioms is now unless.inside (a key of the rule, beside match)",
                    "match.exclude", "match.exclude is now unless.sentence (a key of the rule, beside match)",
                    "match.anyOf.without", "without is now unless: the groups that must not occur"));


    private CombinationType() {
    }

    @Override
    public TypeSchema schema() {
        return SCHEMA;
    }

    private static List<KeySpec> withCueKeys() {
        List<KeySpec> keys = new ArrayList<>(LoadContext.CUE_KEYS);
        keys.addAll(CueGroup.KEYS);
        return List.copyOf(keys);
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        YNode match = root.require(MATCH.key()).asMap().allowOnly(MATCH.childNames());
        YNode groupsNode = GROUPS.of(match).asMap();
        Map<String, CueGroup> read = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : groupsNode.entries().entrySet()) {
            read.put(e.getKey(), CueGroup.read(e.getKey(), e.getValue(), ctx, spec.id()));
        }
        if (read.isEmpty()) {
            throw groupsNode.error("needs at least one group");
        }
        List<CueGroup> ordered = order(read, groupsNode);
        List<String> defaultSpan = DEFAULT_SPAN.in(match) ? names(DEFAULT_SPAN.of(match), read) : List.of();
        List<CombinationMatcher.Combination> combinations = new ArrayList<>();
        YNode anyOf = ANY_OF.of(match);
        for (YNode c : anyOf.asList()) {
            if (c.isList()) {
                combinations.add(new CombinationMatcher.Combination(names(c, read), List.of(), Optional.empty(), List.of()));
                continue;
            }
            YNode m = c.asMap().allowOnly(ANY_OF.childNames());
            List<String> span = SPAN.in(m) ? names(SPAN.of(m), read) : List.of();
            Optional<Severity> severity = Optional.ofNullable(SEVERITY.read(m, Severity.class, null));
            List<String> unless = NONE_OF.in(m) ? names(NONE_OF.of(m), read) : List.of();
            combinations.add(new CombinationMatcher.Combination(names(ALL_OF.of(m), read), span, severity,
                    unless));
        }
        if (combinations.isEmpty()) {
            throw anyOf.error("needs at least one combination");
        }
        for (CombinationMatcher.Combination c : combinations) {
            if (c.groups().stream().noneMatch(g -> read.get(g).hasPhrases())) {
                throw anyOf.error("each combination needs a group with phrases, lemmas or lexicons, which the"
                        + " keyword pass can find: " + c.groups());
            }
        }
        Conditions conditions = Conditions.read(root, ctx, spec.id());
        List<CombinationMatcher.Lowering> lowerings = new ArrayList<>();
        if (LOWER.in(root)) {
            for (YNode l : LOWER.of(root).asList()) {
                YNode m = l.asMap().allowOnly(LOWER.childNames());
                List<String> names = names(LOWERED_BY.of(m), read);
                if (LOWER_TO.in(m) == OPTION.in(m)) {
                    throw m.error("a lowering has either severity or option");
                }
                CombinationMatcher.LowerTo severity = LOWER_TO.read(m,
                        CombinationMatcher.LowerTo.class, null);
                String option = null;
                if (OPTION.in(m)) {
                    option = OPTION.of(m).asText();
                    String value = spec.options().get(option);
                    if (value == null) {
                        throw OPTION.of(m).error("declare the option under options: with its default value");
                    }
                    if (!value.equals("off") && Severity.byId(value).isEmpty()) {
                        throw OPTION.of(m).error("option " + option + " must be error, warning, info or off,"
                                + " not \"" + value + "\"");
                    }
                }
                lowerings.add(new CombinationMatcher.Lowering(names, severity, option));
            }
        }
        return new CombinationMatcher(spec, ordered, List.copyOf(combinations), defaultSpan, List.copyOf(lowerings),
                conditions);
    }

    private static List<String> names(YNode list, Map<String, CueGroup> groups) throws ConfigException {
        List<String> out = list.asStringList();
        for (String n : out) {
            if (!groups.containsKey(n)) {
                throw list.error("no group named \"" + n + "\"; groups: " + String.join(", ", groups.keySet()));
            }
        }
        if (out.isEmpty()) {
            throw list.error("name at least one group");
        }
        return out;
    }

    /** The groups in an order where each comes after the groups it follows. */
    private static List<CueGroup> order(Map<String, CueGroup> groups, YNode at) throws ConfigException {
        List<CueGroup> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (out.size() < groups.size()) {
            boolean progress = false;
            for (CueGroup g : groups.values()) {
                if (done.contains(g.name)) {
                    continue;
                }
                for (String a : g.after) {
                    if (!groups.containsKey(a)) {
                        throw at.require(g.name).error("no group named \"" + a + "\" to come after or near");
                    }
                }
                if (done.containsAll(g.after)) {
                    out.add(g);
                    done.add(g.name);
                    progress = true;
                }
            }
            if (!progress) {
                throw at.error("the groups' after: and near: lists go round in a circle");
            }
        }
        return List.copyOf(out);
    }
}
