package dev.papageno.core.rule.types;

import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A compiled {@code phrase} rule ({@link PhraseType}): the hits of each phrase set that pass their
 * variant's conditions, overlaps resolved, with suggestions in the form of the matched verb.
 */
final class PhraseMatcher extends BlockRule {

    /** One phrase set and what its hits report. */
    record Matcher(PhraseSet phrases, Variant variant) {
    }

    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("oneself", "one's");

    private final List<Matcher> matchers;
    private final Softening softening;

    PhraseMatcher(RuleSpec spec, List<Matcher> matchers, Softening softening) {
        super(spec, sets(matchers, softening), Triggers.of(matchers.stream().map(Matcher::phrases).toList(),
                matchers.stream().map(m -> m.variant().conditions()).toList()));
        this.matchers = matchers;
        this.softening = softening;
    }

    private static List<PhraseSet> sets(List<Matcher> matchers, Softening softening) {
        List<PhraseSet> out = new ArrayList<>(softening.phraseSets());
        for (Matcher m : matchers) {
            out.add(m.phrases());
            out.addAll(m.variant().conditions().phraseSets());
        }
        return out;
    }

    @Override
    void checkBlock(DocumentContext doc, BlockView v, Consumer<RuleMatch> out) {
        Block block = v.block();
        List<Overlaps.Candidate> found = new ArrayList<>();
        for (Matcher m : matchers) {
            for (PhraseHit h : v.hits(m.phrases())) {
                if (v.urls().overlap(h.start(), h.end()) || !asWritten(block.text(), h)
                        || !m.variant().conditions().accept(doc, block, h.start(), h.end())) {
                    continue;
                }
                found.add(new Overlaps.Candidate(match(block, v, h, m.variant()), m.variant().order()));
            }
        }
        Overlaps.resolve(found).forEach(m -> out.accept(softening.apply(doc, v, m)));
    }

    /** A phrase written as a hashtag in the rule ("#ana") counts only as a hashtag in the text. */
    private static boolean asWritten(String text, PhraseHit h) {
        return !h.entry().label().startsWith("#") || (h.start() > 0 && text.charAt(h.start() - 1) == '#');
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
