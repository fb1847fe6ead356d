package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code phrase} type: words and phrases, lemma-aware ({@code lemmas: ["commit suicide"]} finds
 * "commits suicide", "committed suicide" and "committing suicide"; spaces and hyphens between words
 * are interchangeable), narrowed by {@code requires} and {@code unless}, with {@code variants} for
 * other phrases with their own suggestions and conditions. {@link PhraseMatcher} matches.
 */
public final class PhraseType implements RuleType {

    public static final PhraseType INSTANCE = new PhraseType();

    static final KeySpec UNFIXABLE = KeySpec.optional("unfixable", "cue list", "More phrases to report, with"
            + " suggestions but no automatic fix (for word orders the suggestions do not fit, such as \"suicide was"
            + " committed\").", LoadContext.cueKeys());

    static final KeySpec MATCH = KeySpec.required("match", "map", "What to find.",
            KeySpec.optional("phrases", "list of texts", "Phrases that must appear as written (any case). One"
                    + " written as a hashtag (`\"#ana\"`) counts only as a hashtag in the text."),
            KeySpec.optional("lemmas", "list of texts", "Phrases whose words may appear in any inflection."),
            KeySpec.optional("lexicons", "list of texts", "Shared word lists to include."),
            UNFIXABLE);

    static final KeySpec VARIANTS = Variant.schema("`phrases`, `lemmas` or `lexicons`", LoadContext.CUE_KEYS);

    private static final TypeSchema SCHEMA = new TypeSchema("phrase",
            "Finds words and phrases, in any inflection when given as lemmas.",
            List.of(MATCH, Conditions.REQUIRES, Conditions.UNLESS, VARIANTS, Softening.KEY),
            List.of(), new SuggestionSyntax(SuggestionSyntax.PRONOUNS, true, false), Map.of());

    private PhraseType() {
    }

    @Override
    public TypeSchema schema() {
        return SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        List<PhraseMatcher.Matcher> matchers = new ArrayList<>(Variant.readAll(spec, root, ctx, SCHEMA, MATCH,
                VARIANTS, (node, variant, label) -> new PhraseMatcher.Matcher(phrases(node, ctx,
                        spec.id() + (label.isEmpty() ? " match" : label)), variant)));
        YNode match = root.require(MATCH.key());
        if (match.has(UNFIXABLE.key())) {
            PhraseSet unfixable = ctx.cues(match.require(UNFIXABLE.key()), spec.id() + " unfixable");
            Variant own = matchers.get(0).variant();
            matchers.add(1, new PhraseMatcher.Matcher(unfixable, new Variant(0, own.suggestions(), false,
                    own.conditions())));
        }
        return new PhraseMatcher(spec, List.copyOf(matchers), Softening.read(root, ctx, spec.id()));
    }

    private static PhraseSet phrases(YNode cues, LoadContext ctx, String name) throws ConfigException {
        if (!LoadContext.hasCues(cues)) {
            throw cues.error("needs phrases, lemmas or lexicons");
        }
        PhraseSet.Builder b = PhraseSet.builder(name);
        ctx.addCues(b, cues);
        return b.build();
    }
}
