package dev.papageno.core.rule.types;

import com.google.re2j.Pattern;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Inflector;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.nlp.Words;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sequence of token tests over OpenNLP tokens and part-of-speech tags, in the manner of
 * LanguageTool's pattern rules: each element may test the word, its lemma forms, its UD tag or a
 * regular expression (RE2J), and may be optional, negated or allowed to skip tokens. Only sentences
 * holding the pattern's anchor word are tagged at all.
 */
public final class PatternRule implements Rule {

    static final KeySpec TOKEN = KeySpec.optional("tokens", "list of maps", "The token tests, in order.",
            KeySpec.optional("word", "text", "The token is this word (any case). A hyphen between words counts as a"
                    + " space, so `mentally` followed by `ill` also matches \"mentally-ill\"."),
            KeySpec.optional("words", "list of texts", "The token is one of these words."),
            KeySpec.optional("lemma", "text", "The token is a form of this lemma."),
            KeySpec.optional("lemmas", "list of texts", "The token is a form of one of these lemmas."),
            KeySpec.optional("pos", "text or list of texts", "The token's Universal Dependencies tag (NOUN, VERB,"
                    + " ADJ, ADV, PROPN, PRON, DET, ADP, AUX, NUM, PART, CCONJ, SCONJ, INTJ, PUNCT, SYM, X)."),
            KeySpec.optional("regex", "text", "The token matches this regular expression (RE2 syntax, whole token,"
                    + " any case)."),
            KeySpec.optional("negate", "true or false", "The token must fail the tests above. A negated element"
                    + " also matches at the end of the sentence, where no token follows."),
            KeySpec.optional("optional", "true or false", "The element may be absent."),
            KeySpec.optional("skip", "number", "Up to this many tokens may come before the element. Default 0."),
            KeySpec.optional("anchor", "true or false", "Only sentences holding this element's words are analysed."
                    + " Default: the first required element with `word`, `words`, `lemma` or `lemmas`; mark a rarer"
                    + " one when the first is a common word."));

    public static final TypeSchema SCHEMA = new TypeSchema("pattern",
            "Matches a sequence of token tests (word, lemma, part of speech, regular expression) within a sentence.",
            List.of(
                    KeySpec.required("match", "map", "The pattern.",
                            new KeySpec("tokens", true, "list of maps", TOKEN.description(), TOKEN.children()),
                            KeySpec.optional("mark", "list of two numbers", "First and last element (from 0) of"
                                    + " the span to report. Default: the whole match.")),
                    Conditions.REQUIRES,
                    Conditions.UNLESS,
                    Variant.schema("its own `tokens` (and `mark`)", List.of(
                            new KeySpec("tokens", true, "list of maps", TOKEN.description(), TOKEN.children()),
                            KeySpec.optional("mark", "list of two numbers", "As in `match`.")))),
            List.of());


    /** One compiled token test. */
    private record Element(Set<String> forms, String lemma, Set<String> tags, Pattern regex, boolean negate,
            boolean optional, int skip) {

        boolean test(TaggedToken t) {
            boolean ok = (forms == null || forms.contains(t.lower()))
                    && (tags == null || tags.contains(t.pos()))
                    && (regex == null || regex.matches(t.text()));
            return negate != ok;
        }
    }

    /** One token pattern, the word that makes a sentence worth tagging for it, and what its matches report. */
    private record TokenPattern(List<Element> elements, PhraseSet anchor, int anchorIndex, int markFirst,
            int markLast, Variant variant) {

        /**
         * The cheap test before tagging: the plain words right before and after the anchor must
         * pass the neighbouring elements' word tests, where those are plain required words.
         */
        boolean neighboursAllow(WordTokens words, PhraseHit a) {
            Element anchorElement = elements.get(anchorIndex);
            if (anchorIndex > 0 && anchorElement.skip() == 0) {
                Element before = elements.get(anchorIndex - 1);
                if (plainWordTest(before)) {
                    int i = a.firstToken() - 1;
                    if (i < 0 || !words.joinedToNextOrSpace(i) || (!hasApostrophe(words, i)
                            && !before.forms().contains(words.word(i)))) {
                        return i >= 0 && hasApostrophe(words, i);
                    }
                }
            }
            if (anchorIndex + 1 < elements.size()) {
                Element after = elements.get(anchorIndex + 1);
                if (after.skip() == 0 && plainWordTest(after)) {
                    int i = a.lastToken() + 1;
                    if (i >= words.size() || !words.joinedToNextOrSpace(i - 1)) {
                        return false;
                    }
                    return hasApostrophe(words, i) || after.forms().contains(words.word(i));
                }
            }
            return true;
        }

        private static boolean plainWordTest(Element e) {
            return e.forms() != null && !e.negate() && !e.optional() && e.tags() == null && e.regex() == null;
        }

        private static boolean hasApostrophe(WordTokens words, int i) {
            String w = words.word(i);
            return w.indexOf('\'') >= 0;
        }
    }

    private static final Pattern ELEMENT_SLOT = Pattern.compile("\\{(\\d+)}");

    private final RuleSpec spec;
    private final List<TokenPattern> patterns;
    private final Triggers triggers;

    private PatternRule(RuleSpec spec, List<TokenPattern> patterns) {
        this.spec = spec;
        this.patterns = patterns;
        this.triggers = Triggers.of(patterns.stream().map(TokenPattern::anchor).toList(),
                patterns.stream().map(p -> p.variant().conditions()).toList());
    }

    /** Compiles a pattern rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        if (spec.fixable() && spec.suggestions().isEmpty()) {
            throw root.require("fix").error("a fixable rule needs suggest");
        }
        KeySpec matchSpec = SCHEMA.keys().get(0);
        YNode match = root.require("match").asMap().allowOnly(matchSpec.childNames());
        Variant own = Variant.ofRule(spec, Conditions.read(root, ctx, spec.id()));
        List<TokenPattern> patterns = new ArrayList<>();
        patterns.add(pattern(spec, match, own, spec.id() + " anchor"));
        if (root.has("variants")) {
            KeySpec variantSpec = SCHEMA.keys().get(3);
            int order = 1;
            for (YNode v : root.require("variants").asList()) {
                v.asMap().allowOnly(variantSpec.childNames());
                Variant variant = Variant.read(v, order, ctx, spec, own);
                patterns.add(pattern(spec, v, variant, spec.id() + " variant " + order + " anchor"));
                order++;
            }
        }
        for (TokenPattern p : patterns) {
            checkSlots(root, p);
        }
        return new PatternRule(spec, List.copyOf(patterns));
    }

    private static void checkSlots(YNode root, TokenPattern p) throws ConfigException {
        for (String t : p.variant().suggestions()) {
            com.google.re2j.Matcher m = ELEMENT_SLOT.matcher(t);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= p.elements().size()) {
                    throw root.error("the suggestion \"" + t + "\" names element {" + m.group(1) + "}, but its"
                            + " pattern has " + p.elements().size() + " elements (counted from 0)");
                }
            }
        }
    }

    private static TokenPattern pattern(RuleSpec spec, YNode match, Variant variant, String anchorName)
            throws ConfigException {
        YNode tokens = match.require("tokens");
        List<Element> elements = new ArrayList<>();
        PhraseSet.Builder anchor = null;
        int anchorIndex = 0;
        boolean chosen = false;
        for (YNode t : tokens.asList()) {
            t.asMap().allowOnly(TOKEN.childNames());
            Set<String> forms = null;
            String lemma = null;
            boolean anchorable = false;
            List<String> lemmaWords = new ArrayList<>();
            if (t.has("word") || t.has("words")) {
                forms = new HashSet<>();
                YNode wordsNode = t.has("word") ? t.require("word") : t.require("words");
                for (String w : wordsNode.asStringList()) {
                    if (innerHyphen(w)) {
                        throw wordsNode.error("\"" + w + "\" has a hyphen; hyphens in the text count as spaces, so"
                                + " give each part its own element");
                    }
                    forms.add(Words.normalize(w));
                }
                anchorable = true;
            }
            if (t.has("lemma") || t.has("lemmas")) {
                if (forms == null) {
                    forms = new HashSet<>();
                }
                YNode lemmaNode = t.has("lemma") ? t.require("lemma") : t.require("lemmas");
                for (String l : lemmaNode.asStringList()) {
                    if (innerHyphen(l)) {
                        throw lemmaNode.error("\"" + l + "\" has a hyphen; hyphens in the text count as spaces, so"
                                + " give each part its own element");
                    }
                    String n = Words.normalize(l);
                    forms.addAll(Inflector.forms(n));
                    lemmaWords.add(n);
                    if (lemma == null) {
                        lemma = n;
                    }
                }
                anchorable = true;
            }
            Set<String> tags = t.has("pos") ? LoadContext.posTags(t.require("pos")) : null;
            Pattern regex = t.has("regex") ? LoadContext.regex(t.require("regex")) : null;
            boolean negate = t.has("negate") && t.require("negate").asBoolean();
            boolean optional = t.has("optional") && t.require("optional").asBoolean();
            int skip = t.has("skip") ? t.require("skip").asInt(0, 10) : 0;
            if (forms == null && tags == null && regex == null) {
                throw t.error("a token test needs word, words, lemma, lemmas, pos or regex");
            }
            boolean marked = t.has("anchor") && t.require("anchor").asBoolean();
            if (marked && (!anchorable || negate || optional)) {
                throw t.require("anchor").error("an anchor must be a required element with word, words, lemma or"
                        + " lemmas");
            }
            if (marked && chosen) {
                throw t.require("anchor").error("only one element can be the anchor");
            }
            if ((anchor == null || marked) && anchorable && !negate && !optional && !chosen) {
                anchorIndex = elements.size();
                anchor = PhraseSet.builder(anchorName);
                for (String f : forms) {
                    LoadContext.addPhrase(anchor, t, f, false);
                }
                chosen = marked;
            }
            elements.add(new Element(forms == null ? null : Set.copyOf(forms), lemma,
                    tags == null ? null : Set.copyOf(tags), regex, negate, optional, skip));
        }
        if (elements.isEmpty()) {
            throw tokens.error("needs at least one token test");
        }
        if (anchor == null) {
            throw tokens.error("needs at least one required token with word, words, lemma or lemmas, so that only"
                    + " sentences containing it are analysed");
        }
        int first = 0;
        int last = elements.size() - 1;
        if (match.has("mark")) {
            List<YNode> mark = match.require("mark").asList();
            if (mark.size() != 2) {
                throw match.require("mark").error("needs two numbers: the first and last element of the span");
            }
            first = mark.get(0).asInt(0, elements.size() - 1);
            last = mark.get(1).asInt(first, elements.size() - 1);
        }
        return new TokenPattern(List.copyOf(elements), anchor.build(), anchorIndex, first, last, variant);
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        for (TokenPattern p : patterns) {
            out.add(p.anchor());
            out.addAll(p.variant().conditions().phraseSets());
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
                Overlaps.resolve(found).forEach(out);
            }
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
            if ((joiner || compound) && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (compound) {
                splitCompound(t, out);
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

    private static boolean innerHyphen(String s) {
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
                if (!v.inUrl(from, to) && p.variant().conditions().accept(doc, block, from, to)) {
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
