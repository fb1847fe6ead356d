package dev.papageno.core.rule.types;

import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.PosTag;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.papageno.core.rule.types.TokenPatterns.Element;
import dev.papageno.core.rule.types.TokenPatterns.TokenPattern;
import java.util.function.Consumer;

/**
 * A compiled {@code pattern} rule ({@link PatternType}). Only sentences holding a pattern's anchor
 * word are tagged at all, and only when the plain words beside the anchor already fit.
 */
final class PatternMatcher extends BlockRule {

    private final List<TokenPattern> patterns;
    private final Softening softening;

    PatternMatcher(RuleSpec spec, List<TokenPattern> patterns, Softening softening) {
        super(spec, sets(patterns, softening), Triggers.of(patterns.stream().map(TokenPattern::anchor).toList(),
                patterns.stream().map(p -> p.variant().conditions()).toList()));
        this.patterns = patterns;
        this.softening = softening;
    }

    private static List<PhraseSet> sets(List<TokenPattern> patterns, Softening softening) {
        List<PhraseSet> out = new ArrayList<>(softening.phraseSets());
        for (TokenPattern p : patterns) {
            out.add(p.anchor());
            out.addAll(p.variant().conditions().phraseSets());
        }
        return out;
    }

    @Override
    void checkBlock(DocumentContext doc, BlockView v, Consumer<RuleMatch> out) {
        Block block = v.block();
        List<Overlaps.Candidate> found = null;
        for (TokenPattern p : patterns) {
            List<PhraseHit> anchors = v.hits(p.anchor());
            if (anchors.isEmpty()) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>();
            }
            Set<Integer> done = new HashSet<>();
            for (PhraseHit a : anchors) {
                if (!p.neighboursAllow(v.words(), a)) {
                    continue;
                }
                Sentence s = v.sentenceAt(a.start());
                if (done.add(s.index())) {
                    matchSentence(doc, block, v, p, words(v.analysis(s)), found);
                }
            }
        }
        if (found != null) {
            Overlaps.resolve(found).forEach(m -> out.accept(softening.apply(doc, v, m)));
        }
    }

    /**
     * The sentence's tokens without hyphens that join two words ("mentally-ill", "self-harm"), so
     * that a pattern written with spaces matches the hyphenated spelling too.
     */
    static List<TaggedToken> words(SentenceAnalysis a) {
        List<TaggedToken> tokens = a.tokens();
        List<TaggedToken> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            boolean joiner = i > 0 && i + 1 < tokens.size() && isHyphen(t.text())
                    && tokens.get(i - 1).end() == t.start() && tokens.get(i + 1).start() == t.end();
            boolean compound = !joiner && t.text().length() > 2 && innerHyphen(t.text());
            // The tokenizer sometimes cuts "super-psycho" as "super" and "-psycho", tagged as punctuation.
            boolean tail = !joiner && !compound && i > 0 && t.text().length() > 1 && isHyphen(t.text().charAt(0))
                    && Character.isLetter(t.text().charAt(1)) && tokens.get(i - 1).end() == t.start();
            if ((joiner || compound || tail) && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (compound) {
                splitCompound(t, out);
            } else if (tail) {
                String part = t.text().substring(1);
                out.add(new TaggedToken(part, Words.normalize(part), PosTag.X.name(), t.start() + 1, t.end()));
            } else if (!joiner && out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isHyphen(String s) {
        return s.length() == 1 && isHyphen(s.charAt(0));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean innerHyphen(String s) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (isHyphen(s.charAt(i)) && Character.isLetterOrDigit(s.charAt(i - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "manic-depressive" as the parts "manic" and "depressive", each with the token's tag. */
    private static void splitCompound(TaggedToken t, List<TaggedToken> out) {
        String s = t.text();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isHyphen(s.charAt(i))) {
                if (i > from) {
                    String part = s.substring(from, i);
                    out.add(new TaggedToken(part, Words.normalize(part), t.pos(), t.start() + from, t.start() + i));
                }
                from = i + 1;
            }
        }
    }

    private void matchSentence(DocumentContext doc, Block block, BlockView v, TokenPattern p, List<TaggedToken> tokens,
            List<Overlaps.Candidate> found) {
        List<Element> elements = p.elements();
        int[] at = new int[elements.size()];
        int t = 0;
        while (t < tokens.size()) {
            if (matchFrom(elements, tokens, 0, t, at)) {
                int firstTok = firstMatched(at, p.markFirst(), true);
                int lastTok = firstMatched(at, p.markLast(), false);
                if (firstTok < 0 || lastTok < firstTok) {
                    t++;
                    continue;
                }
                int from = tokens.get(firstTok).start();
                int to = tokens.get(lastTok).end();
                if (!v.urls().overlap(from, to) && p.variant().conditions().accept(doc, block, from, to)) {
                    found.add(new Overlaps.Candidate(match(block, p, tokens, at, from, to), p.variant().order()));
                }
                t = Math.max(t + 1, lastMatched(at) + 1);
            } else {
                t++;
            }
        }
    }

    private RuleMatch match(Block block, TokenPattern p, List<TaggedToken> tokens, int[] at, int from, int to) {
        List<Element> elements = p.elements();
        String matched = block.text().substring(from, to);
        String lemma = null;
        String surface = null;
        String previous = "";
        for (int e = 0; e < elements.size(); e++) {
            if (elements.get(e).lemma() != null && at[e] >= 0) {
                lemma = elements.get(e).lemma();
                surface = tokens.get(at[e]).lower();
                previous = at[e] > 0 ? tokens.get(at[e] - 1).lower() : "";
                break;
            }
        }
        Map<String, String> slots = new java.util.HashMap<>();
        for (int e = 0; e < elements.size(); e++) {
            slots.put(Integer.toString(e), at[e] >= 0 ? slotText(tokens.get(at[e]).text()) : "");
        }
        List<String> suggestions = Suggestions.render(p.variant().suggestions(), lemma, surface, previous, matched,
                slots);
        List<String> cueList = p.variant().conditions().hasRequirement()
                ? List.of("context: " + p.variant().conditions().requirementCue()) : List.of();
        return RuleMatch.inBlock(this, block, from, to, suggestions, p.variant().fixable(), Map.of(), cueList);
    }

    /** A matched word for a suggestion: "Anxiety" at the start of a sentence becomes "anxiety"; "OCD" stays. */
    private static String slotText(String word) {
        boolean titlecase = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).equals(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        return titlecase ? word.toLowerCase(java.util.Locale.ROOT) : word;
    }

    private static boolean matchFrom(List<Element> elements, List<TaggedToken> tokens, int e, int t, int[] at) {
        if (e == elements.size()) {
            return true;
        }
        Element el = elements.get(e);
        for (int skip = 0; skip <= el.skip(); skip++) {
            int tt = t + skip;
            if (tt >= tokens.size()) {
                if (el.negate() && skip == 0 && !el.optional()) {
                    // Nothing follows: nothing can fail a negated test ("not followed by a noun").
                    at[e] = -1;
                    return matchFrom(elements, tokens, e + 1, tt, at);
                }
                break;
            }
            if (el.test(tokens.get(tt))) {
                at[e] = tt;
                if (matchFrom(elements, tokens, e + 1, tt + 1, at)) {
                    return true;
                }
            }
            if (e == 0) {
                break;
            }
        }
        if (el.optional()) {
            at[e] = -1;
            return matchFrom(elements, tokens, e + 1, t, at);
        }
        return false;
    }

    /** The token of element {@code e}, or of the nearest matched element inward when it was optional. */
    private static int firstMatched(int[] at, int e, boolean forward) {
        if (forward) {
            for (int i = e; i < at.length; i++) {
                if (at[i] >= 0) {
                    return at[i];
                }
            }
        } else {
            for (int i = e; i >= 0; i--) {
                if (at[i] >= 0) {
                    return at[i];
                }
            }
        }
        return -1;
    }

    private static int lastMatched(int[] at) {
        int m = -1;
        for (int x : at) {
            m = Math.max(m, x);
        }
        return m;
    }
}
