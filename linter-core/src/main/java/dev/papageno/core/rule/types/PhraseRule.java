package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Words and phrases, lemma-aware: {@code lemmas: ["commit suicide"]} finds "commits suicide",
 * "committed suicide" and "committing suicide"; spaces and hyphens between words are
 * interchangeable. Context conditions ({@code requires}, {@code unless}) narrow it down, and
 * {@code variants} give other phrases their own suggestions and conditions.
 */
public final class PhraseRule implements Rule {

    public static final TypeSchema SCHEMA = new TypeSchema("phrase",
            "Finds words and phrases, in any inflection when given as lemmas.",
            List.of(
                    KeySpec.required("match", "map", "What to find.",
                            KeySpec.optional("phrases", "list of texts", "Phrases that must appear as written (any"
                                    + " case)."),
                            KeySpec.optional("lemmas", "list of texts", "Phrases whose words may appear in any"
                                    + " inflection."),
                            KeySpec.optional("lexicons", "list of texts", "Shared word lists to include."),
                            KeySpec.optional("unfixable", "cue list", "More phrases to report, with suggestions but"
                                    + " no automatic fix (for word orders the suggestions do not fit, such as"
                                    + " \"suicide was committed\").", LoadContext.CUE_KEYS.toArray(new KeySpec[0]))),
                    Conditions.REQUIRES,
                    Conditions.UNLESS,
                    Variant.schema("`phrases`, `lemmas` or `lexicons`", LoadContext.CUE_KEYS)),
            List.of());

    /** One phrase set and what its hits report. */
    private record Matcher(PhraseSet phrases, Variant variant) {
    }

    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("oneself", "one's");

    private final RuleSpec spec;
    private final List<Matcher> matchers;
    private final Triggers triggers;

    private PhraseRule(RuleSpec spec, List<Matcher> matchers) {
        this.spec = spec;
        this.matchers = matchers;
        this.triggers = Triggers.of(matchers.stream().map(Matcher::phrases).toList(),
                matchers.stream().map(m -> m.variant().conditions()).toList());
    }

    /** Compiles a phrase rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        if (spec.fixable() && spec.suggestions().isEmpty()) {
            throw root.require("fix").error("a fixable rule needs suggest");
        }
        YNode match = root.require("match").asMap();
        KeySpec matchSpec = SCHEMA.keys().get(0);
        match.allowOnly(matchSpec.childNames());
        PhraseSet main = phrases(match, ctx, spec.id() + " match");
        Variant own = Variant.ofRule(spec, Conditions.read(root, ctx, spec.id()));
        List<Matcher> matchers = new ArrayList<>();
        matchers.add(new Matcher(main, own));
        if (match.has("unfixable")) {
            PhraseSet unfixable = ctx.cues(match.require("unfixable"), spec.id() + " unfixable");
            matchers.add(new Matcher(unfixable, new Variant(0, own.suggestions(), false, own.conditions())));
        }
        if (root.has("variants")) {
            KeySpec variantSpec = SCHEMA.keys().get(3);
            int order = 1;
            for (YNode v : root.require("variants").asList()) {
                v.asMap().allowOnly(variantSpec.childNames());
                PhraseSet set = phrases(v, ctx, spec.id() + " variant " + order);
                matchers.add(new Matcher(set, Variant.read(v, order, ctx, spec, own)));
                order++;
            }
        }
        return new PhraseRule(spec, List.copyOf(matchers));
    }

    private static PhraseSet phrases(YNode cues, LoadContext ctx, String name) throws ConfigException {
        if (!cues.has("phrases") && !cues.has("lemmas") && !cues.has("lexicons")) {
            throw cues.error("needs phrases, lemmas or lexicons");
        }
        PhraseSet.Builder b = PhraseSet.builder(name);
        ctx.addCues(b, cues);
        return b.build();
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        for (Matcher m : matchers) {
            out.add(m.phrases());
            out.addAll(m.variant().conditions().phraseSets());
        }
        return out;
    }

    @Override
    public List<PhraseSet> contextSets() {
        return triggers.context();
    }

    @Override
    public List<PhraseSet> triggerSets() {
        return triggers.sets();
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        for (BlockView v : triggers.blocks(doc, spec)) {
            Block block = v.block();
            List<Overlaps.Candidate> found = new ArrayList<>();
            for (Matcher m : matchers) {
                for (PhraseHit h : v.hits(m.phrases())) {
                    if (v.inUrl(h.start(), h.end()) || !m.variant().conditions().accept(doc, block, h.start(),
                            h.end())) {
                        continue;
                    }
                    found.add(new Overlaps.Candidate(match(block, v, h, m.variant()), m.variant().order()));
                }
            }
            Overlaps.resolve(found).forEach(out);
        }
    }

    private RuleMatch match(Block block, BlockView v, PhraseHit h, Variant variant) {
        WordTokens words = v.words();
        String matched = block.text().substring(h.start(), h.end());
        String lemma = null;
        int verbToken = h.firstToken();
        if (h.entry().lemma()) {
            List<String> heads = h.entry().heads();
            lemma = heads.get(0);
            // The verb whose form suggestions follow: the first word not written in its lemma form.
            for (int k = 0; k < heads.size() && k < h.tokenCount(); k++) {
                String head = heads.get(k);
                if (!PLACEHOLDERS.contains(head) && !head.equals(words.word(h.firstToken() + k))) {
                    lemma = head;
                    verbToken = h.firstToken() + k;
                    break;
                }
            }
        }
        String previous = verbToken > 0 ? words.word(verbToken - 1) : "";
        List<String> suggestions = Suggestions.render(variant.suggestions(), lemma, words.word(verbToken), previous,
                matched, Map.of());
        List<String> cueList = variant.conditions().hasRequirement()
                ? List.of("context: " + variant.conditions().requirementCue()) : List.of();
        return RuleMatch.inBlock(this, block, h.start(), h.end(), suggestions, variant.fixable(), Map.of(), cueList);
    }
}
