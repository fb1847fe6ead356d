package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one way of matching reports: its suggestions, whether the first may be applied, and the
 * conditions it must pass. A rule's own {@code match} has the rule's settings; each entry of
 * {@code variants} may give its own {@code suggest}, {@code fix}, {@code requires} and
 * {@code unless} and takes the rule's for the keys it leaves out. When matches of a rule overlap,
 * the one that starts first wins, then the longer, then the one listed first ({@code match} before
 * the variants).
 *
 * @param order       0 for the rule's own match, then 1, 2, ... for the variants in file order
 * @param suggestions what to write instead
 * @param fixable     whether the first suggestion may replace the match
 * @param conditions  the {@code requires} and {@code unless} conditions
 */
record Variant(int order, List<String> suggestions, boolean fixable, Conditions conditions) {

    static final KeySpec SUGGEST = KeySpec.optional("suggest", "list of texts", "Suggestions for this variant."
            + " Default: the rule's.");

    static final KeySpec FIX = KeySpec.optional("fix", "true or false", "Whether the first suggestion may be"
            + " applied. Default: the rule's `fix` when the variant has no `suggest`, else true.");

    /** The keys a variant adds to the type's own match keys. */
    static List<KeySpec> settingKeys() {
        return List.of(SUGGEST, FIX,
                new KeySpec("requires", false, Conditions.REQUIRES.shape(), "As the rule's `requires`, for this"
                        + " variant. Default: the rule's.", Conditions.REQUIRES.children()),
                new KeySpec("unless", false, Conditions.UNLESS.shape(), "As the rule's `unless`, for this variant."
                        + " Default: the rule's.", Conditions.UNLESS.children()));
    }

    /** The {@code variants} key of a type whose variants match with {@code matchKeys}. */
    static KeySpec schema(String what, List<KeySpec> matchKeys) {
        List<KeySpec> children = new ArrayList<>(matchKeys);
        children.addAll(settingKeys());
        return new KeySpec("variants", false, "list of maps", "More ways to match, each with " + what + " and"
                + " optionally its own `suggest`, `fix`, `requires` and `unless` (for words whose replacement"
                + " differs, such as a plural). Where matches overlap, the earlier, then the longer, then the one"
                + " listed first wins; the rule's own `match` is listed before its variants.", List.copyOf(children));
    }

    /** The settings of the rule's own match. */
    static Variant ofRule(RuleSpec spec, Conditions conditions) {
        return new Variant(0, spec.suggestions(), spec.fixable(), conditions);
    }

    /** Reads what one way of matching matches, given what its matches report. */
    @FunctionalInterface
    interface MatchReader<T> {
        /**
         * @param node    the rule's {@code match}, or one entry of {@code variants}
         * @param variant what its matches report
         * @param label   "" for the rule's own match, " variant 1", " variant 2", ... for the variants
         */
        T read(YNode node, Variant variant, String label) throws ConfigException;
    }

    /**
     * Reads a rule's own {@code match} and each of its {@code variants}, in file order, with what
     * each reports; a fixable rule needs suggestions.
     */
    static <T> List<T> readAll(RuleSpec spec, YNode root, LoadContext ctx, TypeSchema type, KeySpec match,
            KeySpec variants, MatchReader<T> reader) throws ConfigException {
        if (spec.fixable() && spec.suggestions().isEmpty()) {
            throw FIX.of(root).error("a fixable rule needs suggest");
        }
        YNode own = root.require(match.key()).asMap().allowOnly(match.childNames());
        Variant rule = ofRule(spec, Conditions.read(root, ctx, spec.id()));
        List<T> out = new ArrayList<>();
        out.add(reader.read(own, rule, ""));
        if (root.has(variants.key())) {
            int order = 1;
            for (YNode v : root.require(variants.key()).asList()) {
                v.asMap().allowOnly(variants.childNames());
                out.add(reader.read(v, read(v, order, ctx, spec, rule, type), " variant " + order));
                order++;
            }
        }
        return out;
    }

    /** Reads a variant's settings, inheriting the rule's where a key is left out. */
    private static Variant read(YNode node, int order, LoadContext ctx, RuleSpec spec, Variant rule, TypeSchema type)
            throws ConfigException {
        if (SUGGEST.in(node)) {
            type.suggest().check(SUGGEST.of(node));
        }
        List<String> suggest = SUGGEST.in(node) ? SUGGEST.of(node).asStringList() : rule.suggestions();
        boolean fix = FIX.in(node) ? FIX.of(node).asBoolean() : SUGGEST.in(node) ? !suggest.isEmpty() : rule.fixable();
        if (fix && suggest.isEmpty()) {
            throw (FIX.in(node) ? FIX.of(node) : node).error("a fixable variant needs suggest");
        }
        Conditions conditions = Conditions.read(node, ctx, spec.id() + " variant " + order, rule.conditions());
        return new Variant(order, List.copyOf(suggest), fix, conditions);
    }
}
