package dev.papageno.core.rule.types;

import dev.papageno.core.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.load.KeySpec;
import dev.papageno.core.rule.load.LoadContext;
import dev.papageno.core.rule.load.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Words and phrases, lemma-aware: {@code lemmas: ["commit suicide"]} finds "commits suicide",
 * "committed suicide" and "committing suicide"; spaces and hyphens between words are
 * interchangeable. Context conditions ({@code requires}, {@code unless}) narrow it down.
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
                    Conditions.UNLESS),
            List.of());

    private final RuleSpec spec;
    private final PhraseSet fixable;
    private final PhraseSet unfixable;
    private final Conditions conditions;

    private PhraseRule(RuleSpec spec, PhraseSet fixable, PhraseSet unfixable, Conditions conditions) {
        this.spec = spec;
        this.fixable = fixable;
        this.unfixable = unfixable;
        this.conditions = conditions;
    }

    /** Compiles a phrase rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        if (spec.fixable() && spec.suggestions().isEmpty()) {
            throw root.require("fix").error("a fixable rule needs suggest");
        }
        YNode match = root.require("match").asMap();
        KeySpec matchSpec = SCHEMA.keys().get(0);
        match.allowOnly(matchSpec.childNames());
        PhraseSet.Builder main = PhraseSet.builder(spec.id() + " match");
        YNode cues = match;
        if (!cues.has("phrases") && !cues.has("lemmas") && !cues.has("lexicons")) {
            throw match.error("needs phrases, lemmas or lexicons");
        }
        if (cues.has("phrases")) {
            for (String p : cues.require("phrases").asStringList()) {
                main.phrase(p);
            }
        }
        if (cues.has("lemmas")) {
            for (String p : cues.require("lemmas").asStringList()) {
                main.lemma(p);
            }
        }
        if (cues.has("lexicons")) {
            ctx.lexicons(cues.require("lexicons")).forEach(l -> main.addAll(l.phrases()));
        }
        PhraseSet unfixable = match.has("unfixable") ? ctx.cues(match.require("unfixable"), spec.id() + " unfixable")
                : null;
        return new PhraseRule(spec, main.build(), unfixable, Conditions.read(root, ctx, spec.id()));
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        out.add(fixable);
        if (unfixable != null) {
            out.add(unfixable);
        }
        out.addAll(conditions.phraseSets());
        return out;
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        for (Block block : doc.blocks()) {
            if (!Scopes.applies(spec, block)) {
                continue;
            }
            BlockView v = doc.view(block);
            List<PhraseHit> main = v.hits(fixable);
            List<PhraseHit> extra = unfixable == null ? List.of() : v.hits(unfixable);
            if (main.isEmpty() && extra.isEmpty()) {
                continue;
            }
            report(doc, block, v, main, spec.fixable(), out);
            report(doc, block, v, extra, false, out);
        }
    }

    private void report(DocumentContext doc, Block block, BlockView v, List<PhraseHit> hits, boolean fix,
            Consumer<RuleMatch> out) {
        for (PhraseHit h : hits) {
            if (v.inUrl(h.start(), h.end()) || !conditions.accept(doc, block, h.start(), h.end())) {
                continue;
            }
            WordTokens words = v.words();
            String matched = block.text().substring(h.start(), h.end());
            String lemma = h.entry().lemma() ? h.entry().heads().get(0) : null;
            String previous = h.firstToken() > 0 ? words.word(h.firstToken() - 1) : "";
            List<String> suggestions = Suggestions.render(spec.suggestions(), lemma, words.word(h.firstToken()),
                    previous, matched);
            List<String> cueList = conditions.hasRequirement() ? List.of("context: " + conditions.requirementCue())
                    : List.of();
            out.accept(RuleMatch.inBlock(this, block, h.start(), h.end(), suggestions, fix, Map.of(), cueList));
        }
    }
}
