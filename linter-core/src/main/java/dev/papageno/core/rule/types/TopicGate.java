package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.source.TextRange;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topic gate of the document-level rules: a draft is about suicide, self-harm or eating
 * disorders when enough sentences of its body speak of them. Headings, titles (a short paragraph
 * with no closing punctuation), image descriptions and reference sections do not count; neither
 * do words inside a phrase that is not about the topic ("Suicide Squad", "career suicide"), nor a
 * sentence that gives a help line ("If you are having thoughts of suicide, call 988"), nor a content
 * note ("TW: suicide"). The result
 * says which words counted and how often, so findings can explain themselves.
 */
public final class TopicGate {

    static final KeySpec TOPICS = KeySpec.required("topics", "list of texts", "Lexicons that make a draft on"
            + " topic (`suicide`, `self-harm`, `eating-disorder`).");

    static final KeySpec UNLESS = KeySpec.optional("unless", "map", "Words that do not count.",
            new KeySpec(Conditions.INSIDE.key(), false, Conditions.INSIDE.shape(), "Phrases whose topic words do"
                    + " not count (\"Suicide Squad\", \"career suicide\").", Conditions.INSIDE.children()));

    static final KeySpec MIN_SENTENCES = KeySpec.optional("minSentences", "number", "Body sentences that must"
            + " speak of the topics. Default 2.");

    static final KeySpec NOTES = KeySpec.optional("notes", "cue list", "Labels of content notes (\"TW:\","
            + " \"Content note\"). A sentence that one of them opens does not count: a note names the topic, it"
            + " does not discuss it.", LoadContext.cueKeys());

    /** The key that {@code unless.inside} replaced, and what to write instead. */
    static final String EXCEPT = "except";
    static final String EXCEPT_ADVICE = "except is now unless.inside: write unless: {inside: ...} with the same"
            + " phrases, lemmas or lexicons";

    /** The rule-file keys of the gate. */
    static final List<KeySpec> KEYS = List.of(TOPICS, UNLESS, MIN_SENTENCES, NOTES);

    private static final int TITLE_MAX_WORDS = 16;
    private static final int OPENING_TITLE_MAX_WORDS = 25;
    private static final int NOTE_START_SLACK = 14;

    /**
     * A body sentence that speaks of a topic.
     *
     * @param block    the block
     * @param sentence the sentence in the block
     * @param range    the sentence in source offsets
     */
    public record Passage(Block block, Sentence sentence, TextRange range) {

        /** The sentence's text, cut to about {@code max} chars at a word boundary. */
        public String excerpt(int max) {
            String s = block.text().substring(sentence.start(), sentence.end()).strip().replaceAll("\\s+", " ");
            if (s.length() <= max) {
                return s;
            }
            int cut = s.lastIndexOf(' ', max);
            return s.substring(0, cut > max / 2 ? cut : max) + "…";
        }
    }

    /**
     * Why a draft is or is not on topic.
     *
     * @param passages the body sentences that speak of the topics, in order
     * @param terms    the words that counted, lower case, most frequent first, with how often
     * @param topics   the lexicons that had words, in the order the rule names them
     */
    public record Result(List<Passage> passages, Map<String, Integer> terms, List<String> topics) {

        public int sentenceCount() {
            return passages.size();
        }

        public Optional<Passage> first() {
            return passages.isEmpty() ? Optional.empty() : Optional.of(passages.get(0));
        }

        /** "“suicide” ×3, “self-harm” ×1". */
        public String describeTerms(int max) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (Map.Entry<String, Integer> e : terms.entrySet()) {
                if (i++ == max) {
                    sb.append(", …");
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append('“').append(e.getKey()).append("” ×").append(e.getValue());
            }
            return sb.toString();
        }
    }

    /** The memo key of one gate's result in a document. */
    private record Key(List<String> topics, String except, String notes) {
    }

    private final List<Lexicon> topics;
    private final PhraseSet except;
    private final PhraseSet notes;
    private final int minSentences;
    private final Key key;

    private TopicGate(List<Lexicon> topics, PhraseSet except, PhraseSet notes, int minSentences) {
        this.topics = List.copyOf(topics);
        this.except = except;
        this.notes = notes;
        this.minSentences = minSentences;
        List<String> names = new ArrayList<>();
        topics.forEach(l -> names.add(l.name()));
        this.key = new Key(List.copyOf(names), labels(except), labels(notes));
    }

    private static String labels(PhraseSet set) {
        List<String> labels = new ArrayList<>();
        set.entries().forEach(e -> labels.add(e.label()));
        return String.join("|", labels);
    }

    /** Reads {@code topics}, {@code unless.inside}, {@code notes} and {@code minSentences} of a rule file. */
    public static TopicGate compile(YNode root, LoadContext ctx, String ruleId) throws ConfigException {
        List<Lexicon> topics = ctx.lexicons(root.require(TOPICS.key()));
        if (topics.isEmpty()) {
            throw root.require(TOPICS.key()).error("needs at least one lexicon");
        }
        PhraseSet except = PhraseSet.builder(ruleId + " unless.inside").build();
        if (root.has(UNLESS.key())) {
            YNode unless = root.require(UNLESS.key()).asMap().allowOnly(UNLESS.childNames());
            if (unless.has(Conditions.INSIDE.key())) {
                except = ctx.cues(unless.require(Conditions.INSIDE.key()), ruleId + " unless.inside");
            }
        }
        PhraseSet notes = root.has(NOTES.key()) ? ctx.cues(root.require(NOTES.key()), ruleId + " notes")
                : PhraseSet.builder(ruleId + " notes").build();
        int min = root.has(MIN_SENTENCES.key()) ? root.require(MIN_SENTENCES.key()).asInt(1, 100) : 2;
        return new TopicGate(topics, except, notes, min);
    }

    /** The phrase sets the gate needs in the shared index. */
    public List<PhraseSet> phraseSets() {
        return List.of(except, notes);
    }

    /** The topic words themselves: every block is scanned for them. */
    public List<PhraseSet> topicSets() {
        List<PhraseSet> out = new ArrayList<>();
        topics.forEach(l -> out.add(l.phrases()));
        return out;
    }

    public int minSentences() {
        return minSentences;
    }

    /** The lexicons of the gate, in the order the rule names them. */
    public List<Lexicon> lexicons() {
        return topics;
    }

    /** The analysis of a document (computed once per document and gate). */
    public Result analyse(DocumentContext doc) {
        return doc.memo(key, () -> compute(doc));
    }

    private boolean anyTopicWord(BlockView v) {
        for (Lexicon l : topics) {
            if (!v.hits(l.phrases()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the draft is on topic. */
    public boolean passes(Result r) {
        return r.sentenceCount() >= minSentences;
    }

    private Result compute(DocumentContext doc) {
        List<ResourceMention> helpLines = null;
        List<Passage> passages = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> hitTopics = new LinkedHashSet<>();
        for (Block b : doc.blocks()) {
            BlockView v = doc.view(b);
            if (!anyTopicWord(v) || !isBodyText(b)) {
                continue;
            }
            Map<Integer, Passage> sentences = new LinkedHashMap<>();
            for (Lexicon l : topics) {
                for (PhraseHit h : v.hits(l.phrases())) {
                    if (!except.isEmpty() && !v.hitsOverlapping(except, h.start(), h.end()).isEmpty()) {
                        continue;
                    }
                    Sentence s = v.sentenceAt(h.start());
                    if (helpLines == null) {
                        helpLines = ResourceMentions.of(doc);
                    }
                    // A note that opens the draft names the topic without discussing it; once the
                    // draft has spoken of the topic, a note further down is one more sentence about it.
                    boolean before = passages.isEmpty() && sentences.isEmpty();
                    if (givesHelpLine(b, s, helpLines) || (before && opensWithNote(v, s))) {
                        continue;
                    }
                    sentences.computeIfAbsent(s.index(), i -> new Passage(b, s, b.toSource(s.start(), s.end())));
                    counts.merge(v.text().substring(h.start(), h.end()).toLowerCase(Locale.ROOT)
                            .replace('’', '\''), 1, Integer::sum);
                    hitTopics.add(l.name());
                }
            }
            sentences.values().stream().sorted((x, y) -> Integer.compare(x.sentence().index(), y.sentence().index()))
                    .forEach(passages::add);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<String> ordered = new ArrayList<>();
        for (Lexicon l : topics) {
            if (hitTopics.contains(l.name())) {
                ordered.add(l.name());
            }
        }
        return new Result(List.copyOf(passages), sorted, List.copyOf(ordered));
    }

    /** Whether a content-note label opens the sentence ("TW: suicide", "**Content note:** self-harm"). */
    private boolean opensWithNote(BlockView v, Sentence s) {
        for (PhraseHit h : v.hitsStartingIn(notes, s.start(), s.start() + NOTE_START_SLACK + 1)) {
            if (h.start() >= s.start() && h.start() - s.start() <= NOTE_START_SLACK
                    && !hasLetterOrDigit(v.text(), s.start(), h.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean givesHelpLine(Block b, Sentence s, List<ResourceMention> helpLines) {
        for (ResourceMention m : helpLines) {
            if (m.block() == b && m.from() >= s.start() && m.to() <= s.end() && m.resource().routesToHelp()) {
                return true;
            }
        }
        return false;
    }

    /** Body text: not a heading, title, image description or reference. */
    public static boolean isBodyText(Block b) {
        return DocumentContext.isBody(b) && !(b.kind() == BlockKind.PARAGRAPH && isTitleLike(b));
    }

    /**
     * A short paragraph with no sentence ending reads as a title or subtitle, not as body text; so
     * does a short line wholly in bold or italics that opens the draft (a forum thread's title).
     */
    static boolean isTitleLike(Block b) {
        String t = b.text().strip();
        if (t.isEmpty()) {
            return true;
        }
        if (b.index() == 0 && b.isEmphasized() && wordCount(t) <= OPENING_TITLE_MAX_WORDS) {
            return true;
        }
        int last = t.length() - 1;
        while (last > 0 && "*_\"'”’)]".indexOf(t.charAt(last)) >= 0) {
            last--;
        }
        return ".!?…:;".indexOf(t.charAt(last)) < 0 && wordCount(t) <= TITLE_MAX_WORDS;
    }

    private static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
