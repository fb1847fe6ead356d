package dev.papageno.core.rule.types;

import com.google.re2j.Pattern;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Inflector;
import dev.papageno.core.nlp.PosTag;
import dev.papageno.core.nlp.Words;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code pattern} type: a sequence of token tests over OpenNLP tokens and part-of-speech tags, in
 * the manner of LanguageTool's pattern rules. Each element may test the word, its lemma forms, its UD
 * tag or a regular expression (RE2J), and may be optional, negated or allowed to skip tokens.
 * {@link PatternMatcher} matches.
 */
public final class PatternType implements RuleType {

    public static final PatternType INSTANCE = new PatternType();

    static final KeySpec WORD = KeySpec.optional("word", "text", "The token is this word (any case). A hyphen"
            + " between words counts as a space, so `mentally` followed by `ill` also matches \"mentally-ill\".");

    static final KeySpec WORDS = KeySpec.optional("words", "list of texts", "The token is one of these words.");

    static final KeySpec LEMMA = KeySpec.optional("lemma", "text", "The token is a form of this lemma.");

    static final KeySpec LEMMAS = KeySpec.optional("lemmas", "list of texts", "The token is a form of one of these"
            + " lemmas.");

    static final KeySpec POS = KeySpec.optional("pos", "text or list of texts", "The token's Universal Dependencies"
            + " tag (" + String.join(", ", PosTag.names()) + ").");

    static final KeySpec REGEX = KeySpec.optional("regex", "text", "The token matches this regular expression (RE2"
            + " syntax, whole token, any case).");

    static final KeySpec NEGATE = KeySpec.optional("negate", "true or false", "The token must fail the tests above."
            + " A negated element also matches at the end of the sentence, where no token follows.");

    static final KeySpec OPTIONAL = KeySpec.optional("optional", "true or false", "The element may be absent.");

    static final KeySpec SKIP = KeySpec.optional("skip", "number", "Up to this many tokens may come before the"
            + " element. Default 0.");

    static final KeySpec ANCHOR = KeySpec.optional("anchor", "true or false", "Only sentences holding this element's"
            + " words are analysed. Default: the first required element with `word`, `words`, `lemma` or `lemmas`;"
            + " mark a rarer one when the first is a common word.");

    static final KeySpec TOKEN = KeySpec.optional("tokens", "list of maps", "The token tests, in order.", WORD, WORDS,
            LEMMA, LEMMAS, POS, REGEX, NEGATE, OPTIONAL, SKIP, ANCHOR);

    static final KeySpec TOKENS = new KeySpec("tokens", true, "list of maps", TOKEN.description(), TOKEN.children());

    static final KeySpec MARK = KeySpec.optional("mark", "list of two numbers", "First and last element (from 0) of"
            + " the span to report. Default: the whole match.");

    static final KeySpec MATCH = KeySpec.required("match", "map", "The pattern.", TOKENS, MARK);

    static final KeySpec VARIANTS = Variant.schema("its own `tokens` (and `mark`)", List.of(TOKENS,
            KeySpec.optional("mark", "list of two numbers", "As in `match`.")));

    private static final TypeSchema SCHEMA = new TypeSchema("pattern",
            "Matches a sequence of token tests (word, lemma, part of speech, regular expression) within a sentence.",
            List.of(MATCH, Conditions.REQUIRES, Conditions.UNLESS, VARIANTS, Softening.KEY),
            List.of(), new SuggestionSyntax(SuggestionSyntax.PRONOUNS, true, true), Map.of());

    private static final Pattern ELEMENT_SLOT = Pattern.compile("\\{(\\d+)}");

    private PatternType() {
    }

    @Override
    public TypeSchema schema() {
        return SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        List<TokenPatterns.TokenPattern> patterns = Variant.readAll(spec, root, ctx, SCHEMA, MATCH, VARIANTS,
                (node, variant, label) -> pattern(node, variant, spec.id() + label + " anchor"));
        for (TokenPatterns.TokenPattern p : patterns) {
            checkSlots(root, p);
        }
        return new PatternMatcher(spec, List.copyOf(patterns), Softening.read(root, ctx, spec.id()));
    }

    private static void checkSlots(YNode root, TokenPatterns.TokenPattern p) throws ConfigException {
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

    private static TokenPatterns.TokenPattern pattern(YNode match, Variant variant, String anchorName)
            throws ConfigException {
        YNode tokens = TOKENS.of(match);
        List<TokenPatterns.Element> elements = new ArrayList<>();
        PhraseSet.Builder anchor = null;
        int anchorIndex = 0;
        boolean chosen = false;
        for (YNode t : tokens.asList()) {
            t.asMap().allowOnly(TOKEN.childNames());
            Set<String> forms = null;
            String lemma = null;
            boolean anchorable = false;
            List<String> lemmaWords = new ArrayList<>();
            if (WORD.in(t) || WORDS.in(t)) {
                forms = new HashSet<>();
                YNode wordsNode = WORD.in(t) ? WORD.of(t) : WORDS.of(t);
                for (String w : wordsNode.asStringList()) {
                    if (PatternMatcher.innerHyphen(w)) {
                        throw wordsNode.error("\"" + w + "\" has a hyphen; hyphens in the text count as spaces, so"
                                + " give each part its own element");
                    }
                    forms.add(Words.normalize(w));
                }
                anchorable = true;
            }
            if (LEMMA.in(t) || LEMMAS.in(t)) {
                if (forms == null) {
                    forms = new HashSet<>();
                }
                YNode lemmaNode = LEMMA.in(t) ? LEMMA.of(t) : LEMMAS.of(t);
                for (String l : lemmaNode.asStringList()) {
                    if (PatternMatcher.innerHyphen(l)) {
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
            Set<String> tags = POS.in(t) ? LoadContext.posTags(POS.of(t)) : null;
            Pattern regex = REGEX.in(t) ? LoadContext.regex(REGEX.of(t)) : null;
            boolean negate = NEGATE.in(t) && NEGATE.of(t).asBoolean();
            boolean optional = OPTIONAL.in(t) && OPTIONAL.of(t).asBoolean();
            int skip = SKIP.in(t) ? SKIP.of(t).asInt(0, 10) : 0;
            if (forms == null && tags == null && regex == null) {
                throw t.error("a token test needs word, words, lemma, lemmas, pos or regex");
            }
            boolean marked = ANCHOR.in(t) && ANCHOR.of(t).asBoolean();
            if (marked && (!anchorable || negate || optional)) {
                throw ANCHOR.of(t).error("an anchor must be a required element with word, words, lemma or"
                        + " lemmas");
            }
            if (marked && chosen) {
                throw ANCHOR.of(t).error("only one element can be the anchor");
            }
            if ((anchor == null || marked) && anchorable && !negate && !optional && !chosen) {
                anchorIndex = elements.size();
                anchor = PhraseSet.builder(anchorName);
                for (String f : forms) {
                    LoadContext.addPhrase(anchor, t, f, false);
                }
                chosen = marked;
            }
            elements.add(new TokenPatterns.Element(forms == null ? null : Set.copyOf(forms), lemma,
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
        if (MARK.in(match)) {
            List<YNode> mark = MARK.of(match).asList();
            if (mark.size() != 2) {
                throw MARK.of(match).error("needs two numbers: the first and last element of the span");
            }
            first = mark.get(0).asInt(0, elements.size() - 1);
            last = mark.get(1).asInt(first, elements.size() - 1);
        }
        return new TokenPatterns.TokenPattern(List.copyOf(elements), anchor.build(), anchorIndex, first, last, variant);
    }
}
