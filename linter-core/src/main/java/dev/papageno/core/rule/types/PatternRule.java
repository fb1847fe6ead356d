package dev.papageno.core.rule.types;

import com.google.re2j.Pattern;
import dev.papageno.core.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Inflector;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.SentenceAnalysis;
import dev.papageno.core.nlp.TaggedToken;
import dev.papageno.core.nlp.Words;
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
            KeySpec.optional("word", "text", "The token is this word (any case)."),
            KeySpec.optional("words", "list of texts", "The token is one of these words."),
            KeySpec.optional("lemma", "text", "The token is a form of this lemma."),
            KeySpec.optional("lemmas", "list of texts", "The token is a form of one of these lemmas."),
            KeySpec.optional("pos", "text or list of texts", "The token's Universal Dependencies tag (NOUN, VERB,"
                    + " ADJ, ADV, PROPN, PRON, DET, ADP, AUX, NUM, PART, CCONJ, SCONJ, INTJ, PUNCT, SYM, X)."),
            KeySpec.optional("regex", "text", "The token matches this regular expression (RE2 syntax, whole token,"
                    + " any case)."),
            KeySpec.optional("negate", "true or false", "The token must fail the tests above."),
            KeySpec.optional("optional", "true or false", "The element may be absent."),
            KeySpec.optional("skip", "number", "Up to this many tokens may come before the element. Default 0."));

    public static final TypeSchema SCHEMA = new TypeSchema("pattern",
            "Matches a sequence of token tests (word, lemma, part of speech, regular expression) within a sentence.",
            List.of(
                    KeySpec.required("match", "map", "The pattern.",
                            new KeySpec("tokens", true, "list of maps", TOKEN.description(), TOKEN.children()),
                            KeySpec.optional("mark", "list of two numbers", "First and last element (from 0) of"
                                    + " the span to report. Default: the whole match.")),
                    Conditions.REQUIRES,
                    Conditions.UNLESS),
            List.of());

    private static final Set<String> UD_TAGS = Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "PRON", "DET", "ADP",
            "AUX", "NUM", "PART", "CCONJ", "SCONJ", "INTJ", "PUNCT", "SYM", "X");

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

    private final RuleSpec spec;
    private final List<Element> elements;
    private final PhraseSet anchor;
    private final int markFirst;
    private final int markLast;
    private final Conditions conditions;

    private PatternRule(RuleSpec spec, List<Element> elements, PhraseSet anchor, int markFirst, int markLast,
            Conditions conditions) {
        this.spec = spec;
        this.elements = elements;
        this.anchor = anchor;
        this.markFirst = markFirst;
        this.markLast = markLast;
        this.conditions = conditions;
    }

    /** Compiles a pattern rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        if (spec.fixable() && spec.suggestions().isEmpty()) {
            throw root.require("fix").error("a fixable rule needs suggest");
        }
        KeySpec matchSpec = SCHEMA.keys().get(0);
        YNode match = root.require("match").asMap().allowOnly(matchSpec.childNames());
        YNode tokens = match.require("tokens");
        List<Element> elements = new ArrayList<>();
        PhraseSet.Builder anchor = null;
        for (YNode t : tokens.asList()) {
            t.asMap().allowOnly(TOKEN.childNames());
            Set<String> forms = null;
            String lemma = null;
            boolean anchorable = false;
            List<String> lemmaWords = new ArrayList<>();
            if (t.has("word") || t.has("words")) {
                forms = new HashSet<>();
                for (String w : (t.has("word") ? t.require("word") : t.require("words")).asStringList()) {
                    forms.add(Words.normalize(w));
                }
                anchorable = true;
            }
            if (t.has("lemma") || t.has("lemmas")) {
                if (forms == null) {
                    forms = new HashSet<>();
                }
                for (String l : (t.has("lemma") ? t.require("lemma") : t.require("lemmas")).asStringList()) {
                    String n = Words.normalize(l);
                    forms.addAll(Inflector.forms(n));
                    lemmaWords.add(n);
                    if (lemma == null) {
                        lemma = n;
                    }
                }
                anchorable = true;
            }
            Set<String> tags = null;
            if (t.has("pos")) {
                tags = new LinkedHashSet<>();
                for (String p : t.require("pos").asStringList()) {
                    if (!UD_TAGS.contains(p)) {
                        throw t.require("pos").error(ConfigException.quote(p) + " is not a Universal Dependencies tag; use one of: "
                                + String.join(", ", new java.util.TreeSet<>(UD_TAGS)));
                    }
                    tags.add(p);
                }
            }
            Pattern regex = t.has("regex") ? LoadContext.regex(t.require("regex")) : null;
            boolean negate = t.has("negate") && t.require("negate").asBoolean();
            boolean optional = t.has("optional") && t.require("optional").asBoolean();
            int skip = t.has("skip") ? t.require("skip").asInt(0, 10) : 0;
            if (forms == null && tags == null && regex == null) {
                throw t.error("a token test needs word, words, lemma, lemmas, pos or regex");
            }
            if (anchor == null && anchorable && !negate && !optional) {
                anchor = PhraseSet.builder(spec.id() + " anchor");
                for (String f : forms) {
                    anchor.phrase(f);
                }
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
        return new PatternRule(spec, List.copyOf(elements), anchor.build(), first, last,
                Conditions.read(root, ctx, spec.id()));
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        out.add(anchor);
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
            List<PhraseHit> anchors = v.hits(anchor);
            if (anchors.isEmpty()) {
                continue;
            }
            Set<Integer> done = new HashSet<>();
            for (PhraseHit a : anchors) {
                Sentence s = v.sentenceAt(a.start());
                if (done.add(s.index())) {
                    matchSentence(doc, block, v, v.analysis(s), out);
                }
            }
        }
    }

    private void matchSentence(DocumentContext doc, Block block, BlockView v, SentenceAnalysis a,
            Consumer<RuleMatch> out) {
        List<TaggedToken> tokens = a.tokens();
        int[] at = new int[elements.size()];
        int t = 0;
        while (t < tokens.size()) {
            if (matchFrom(tokens, 0, t, at)) {
                int firstTok = firstMatched(at, markFirst, true);
                int lastTok = firstMatched(at, markLast, false);
                if (firstTok < 0 || lastTok < firstTok) {
                    t++;
                    continue;
                }
                int from = tokens.get(firstTok).start();
                int to = tokens.get(lastTok).end();
                if (!v.inUrl(from, to) && conditions.accept(doc, block, from, to)) {
                    out.accept(match(block, tokens, at, from, to));
                }
                t = Math.max(t + 1, lastMatched(at) + 1);
            } else {
                t++;
            }
        }
    }

    private RuleMatch match(Block block, List<TaggedToken> tokens, int[] at, int from, int to) {
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
        List<String> suggestions = Suggestions.render(spec.suggestions(), lemma, surface, previous, matched);
        return RuleMatch.inBlock(this, block, from, to, suggestions, spec.fixable(), Map.of(), List.of());
    }

    private boolean matchFrom(List<TaggedToken> tokens, int e, int t, int[] at) {
        if (e == elements.size()) {
            return true;
        }
        Element el = elements.get(e);
        for (int skip = 0; skip <= el.skip(); skip++) {
            int tt = t + skip;
            if (tt >= tokens.size()) {
                break;
            }
            if (el.test(tokens.get(tt))) {
                at[e] = tt;
                if (matchFrom(tokens, e + 1, tt + 1, at)) {
                    return true;
                }
            }
            if (e == 0) {
                break;
            }
        }
        if (el.optional()) {
            at[e] = -1;
            return matchFrom(tokens, e + 1, t, at);
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
