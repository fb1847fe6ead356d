package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The context conditions shared by the phrase, pattern and combination types: {@code requires} (a
 * topic word must be near, or the draft must be about the topic) and {@code unless} (words just
 * before or after the match, or anywhere in its sentence, cancel it).
 */
final class Conditions {

    /** The most characters of spaces and hyphens between a match and an unless-before or -after phrase. */
    private static final int MAX_GAP = 40;

    static final KeySpec LEXICONS = KeySpec.required("lexicons", "list of texts", "Lexicon names, such as"
            + " `suicide`, `self-harm`.");

    static final KeySpec WINDOW = KeySpec.optional("window", "number", "Sentences on either side that count as near"
            + " (0: the same sentence). Default 1.");

    static final KeySpec TOPIC = KeySpec.optional("topic", "true, false, about or tells-of", "Also count the match"
            + " when the whole draft is on these lexicons' topic: `true`, at least two body sentences use their"
            + " words; `about` or `tells-of`, the pack's topic reader says the draft is about the topic, or tells"
            + " of it in personal or news terms (the lexicons must then be topics: `suicide`, `self-harm`,"
            + " `eating-disorder`). Default false.");

    static final KeySpec REQUIRES = KeySpec.optional("requires", "map",
            "The match counts only near words of these lexicons.", LEXICONS, WINDOW, TOPIC);

    static final KeySpec BEFORE = KeySpec.optional("before", "cue list", "Cancel when these words come right"
            + " before the match.", LoadContext.cueKeys());

    static final KeySpec AFTER = KeySpec.optional("after", "cue list", "Cancel when these words come right after"
            + " the match.", LoadContext.cueKeys());

    static final KeySpec SENTENCE = KeySpec.optional("sentence", "cue list", "Cancel when these words are anywhere"
            + " in the match's sentence, besides the matched words (in a combination rule, anywhere in the"
            + " sentence: \"lock medicines away\").", LoadContext.cueKeys());

    static final KeySpec INSIDE = KeySpec.optional("inside", "cue list", "Phrases in which the words found have an"
            + " innocent sense (\"cut the budget\", \"hang out\", \"career suicide\"): a match, cue or topic word"
            + " inside one does not count.", LoadContext.cueKeys());

    /** The one negative key of the rule format. */
    static final KeySpec UNLESS = KeySpec.optional("unless", "map", "Words that cancel a match.", BEFORE, AFTER,
            SENTENCE, INSIDE);

    private final List<Lexicon> requiredLexicons;
    private final List<String> requiredNames;
    private final String requirementCue;
    private final int window;
    private final boolean topic;
    private final TopicGate.Reading reading;
    private final TopicReader reader;
    private final PhraseSet before;
    private final PhraseSet after;
    private final PhraseSet sentence;
    private final PhraseSet inside;

    private Conditions(List<Lexicon> requiredLexicons, int window, boolean topic, TopicGate.Reading reading,
            TopicReader reader, PhraseSet before, PhraseSet after, PhraseSet sentence, PhraseSet inside) {
        this.requiredLexicons = requiredLexicons;
        this.reading = reading;
        this.reader = reader;
        this.requiredNames = requiredLexicons.stream().map(Lexicon::name).toList();
        this.requirementCue = String.join(" or ", requiredNames);
        this.window = window;
        this.topic = topic;
        this.before = before;
        this.after = after;
        this.sentence = sentence;
        this.inside = inside;
    }

    static Conditions read(YNode root, LoadContext ctx, String id) throws ConfigException {
        return read(root, ctx, id, null);
    }

    /**
     * Reads {@code requires} and {@code unless} from a node; where the node has no such key, the
     * {@code fallback}'s part is kept (a rule's variants inherit the rule's conditions this way).
     */
    static Conditions read(YNode root, LoadContext ctx, String id, Conditions fallback) throws ConfigException {
        List<Lexicon> lexicons = List.of();
        int window = 1;
        boolean topic = false;
        TopicGate.Reading reading = null;
        TopicReader reader = null;
        Optional<YNode> req = root.get(REQUIRES.key());
        if (req.isEmpty() && fallback != null) {
            lexicons = fallback.requiredLexicons;
            window = fallback.window;
            topic = fallback.topic;
            reading = fallback.reading;
            reader = fallback.reader;
        }
        if (req.isPresent()) {
            YNode r = req.get().asMap().allowOnly(REQUIRES.childNames());
            lexicons = ctx.lexicons(LEXICONS.of(r));
            if (WINDOW.in(r)) {
                window = WINDOW.of(r).asInt(0, 10);
            }
            if (TOPIC.in(r)) {
                YNode t = TOPIC.of(r);
                Optional<TopicGate.Reading> asReading = TopicGate.Reading.byId(t.asText());
                if (asReading.isPresent()) {
                    topic = true;
                    reading = asReading.get();
                    reader = TopicGate.Reading.reader(ctx, t, lexicons, t, "with about or tells-of, requires.lexicons");
                } else {
                    topic = t.asBoolean();
                }
            }
        }
        PhraseSet before = null;
        PhraseSet after = null;
        PhraseSet sentence = null;
        PhraseSet inside = null;
        Optional<YNode> unless = root.get(UNLESS.key());
        if (unless.isEmpty() && fallback != null) {
            before = fallback.before;
            after = fallback.after;
            sentence = fallback.sentence;
            inside = fallback.inside;
        }
        if (unless.isPresent()) {
            YNode u = unless.get().asMap().allowOnly(UNLESS.childNames());
            before = cues(u, BEFORE, ctx, id);
            after = cues(u, AFTER, ctx, id);
            sentence = cues(u, SENTENCE, ctx, id);
            inside = cues(u, INSIDE, ctx, id);
        }
        return new Conditions(lexicons, window, topic, reading, reader, before, after, sentence, inside);
    }

    private static PhraseSet cues(YNode unless, KeySpec key, LoadContext ctx, String id) throws ConfigException {
        return unless.has(key.key()) ? ctx.cues(unless.require(key.key()), id + " unless." + key.key()) : null;
    }

    List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        if (reader != null) {
            out.addAll(reader.phraseSets());
        }
        for (PhraseSet p : new PhraseSet[] {before, after, sentence, inside}) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The phrase sets of the lexicons a match must be near (empty when there is no requirement). */
    List<PhraseSet> requiredSets() {
        List<PhraseSet> out = new ArrayList<>();
        requiredLexicons.forEach(l -> out.add(l.phrases()));
        return out;
    }

    boolean hasRequirement() {
        return !requiredLexicons.isEmpty();
    }

    /** Whether a match at block range {@code [from, to)} passes the conditions. */
    boolean accept(DocumentContext doc, Block block, int from, int to) {
        BlockView v = doc.view(block);
        if (inside != null && !v.hitsOverlapping(inside, from, to).isEmpty()) {
            return false;
        }
        if (sentence != null) {
            Sentence s = v.sentenceAt(from);
            for (PhraseHit h : v.hitsWithin(sentence, s.start(), s.end())) {
                if (h.end() <= from || h.start() >= to) {
                    return false;
                }
            }
        }
        return acceptAround(doc, block, from, to);
    }

    /**
     * The conditions on what is around a match, without {@code unless.sentence} and
     * {@code unless.inside}: for a rule that applies those to its own cues ({@link #sentenceWords},
     * {@link #insideWords}).
     */
    boolean acceptAround(DocumentContext doc, Block block, int from, int to) {
        BlockView v = doc.view(block);
        String text = block.text();
        if (before != null) {
            for (PhraseHit h : v.hitsOverlapping(before, Math.max(0, from - MAX_GAP - 1), from)) {
                if (h.end() <= from && onlyGap(text, h.end(), from)) {
                    return false;
                }
            }
        }
        if (after != null) {
            for (PhraseHit h : v.hitsStartingIn(after, to, to + MAX_GAP + 1)) {
                if (h.start() >= to && onlyGap(text, to, h.start())) {
                    return false;
                }
            }
        }
        if (!requiredLexicons.isEmpty()) {
            boolean near = doc.near(block, from, to, requiredLexicons, window);
            if (!near && topic) {
                near = reader != null ? onTopic(doc) : doc.topic(requiredNames).sentenceCount() >= 2;
            }
            return near;
        }
        return true;
    }

    /** Whether the topic reader says the draft is about, or tells of, one of the required topics. */
    private boolean onTopic(DocumentContext doc) {
        TopicReading r = reader.read(doc);
        for (Lexicon l : requiredLexicons) {
            if (reading.holds(r.verdict(Topic.byId(l.name()).orElseThrow()))) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code unless.sentence}, or null. */
    PhraseSet sentenceWords() {
        return sentence;
    }

    /** The phrases of {@code unless.inside}, or null. */
    PhraseSet insideWords() {
        return inside;
    }

    /** The lexicons named under {@code requires}, empty when there is no requirement. */
    List<Lexicon> lexicons() {
        return requiredLexicons;
    }

    /** Sentences on either side of a match that count as near. */
    int window() {
        return window;
    }

    /** The lexicon words that satisfied {@code requires}, for explanations. */
    String requirementCue() {
        return requirementCue;
    }

    /** The names of the lexicons {@code requires} lists. */
    List<String> lexiconNames() {
        return requiredNames;
    }

    private static boolean onlyGap(String text, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Words.isPhraseGap(c)) {
                return false;
            }
        }
        return true;
    }
}
