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
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.topic.TopicSentence;
import dev.papageno.core.topic.TopicVerdict;
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
 *
 * <p>With {@code reading}, the pack's topic reader decides instead ({@code topics.yaml}): the draft
 * must be about one of the topics ({@code about}), or tell of one in personal or news terms
 * ({@code tells-of}); the result names the sentences that made it so.
 */
public final class TopicGate {

    static final KeySpec TOPICS = KeySpec.required("topics", "list of texts", "Lexicons that make a draft on"
            + " topic (`suicide`, `self-harm`, `eating-disorder`).");

    static final KeySpec UNLESS = KeySpec.optional("unless", "map", "Words that do not count.",
            new KeySpec(Conditions.INSIDE.key(), false, Conditions.INSIDE.shape(), "Phrases whose topic words do"
                    + " not count (\"Suicide Squad\", \"career suicide\").", Conditions.INSIDE.children()));

    static final KeySpec MIN_SENTENCES = KeySpec.optional("minSentences", "number", "Body sentences that must"
            + " speak of the topics. Default 2. Not used with `reading`.");

    static final KeySpec NOTES = KeySpec.optional("notes", "cue list", "Labels of content notes (\"TW:\","
            + " \"Content note\"). A sentence that one of them opens does not count: a note names the topic, it"
            + " does not discuss it.", LoadContext.cueKeys());

    static final KeySpec READING = KeySpec.optional("reading", "about or tells-of", "Let the topic reader decide:"
            + " the draft must be about one of the topics (`about`: two body sentences speak of it in any words, or a"
            + " heading names it and the body goes on about it), or tell of one in personal or news terms"
            + " (`tells-of`: a death, an attempt, self-harm, an illness lived through; not information, statistics"
            + " or help pages). `topics` then names topics (`suicide`, `self-harm`, `eating-disorder`).");

    /** The key that {@code unless.inside} replaced, and what to write instead. */
    static final String EXCEPT = "except";
    static final String EXCEPT_ADVICE = "except is now unless.inside: write unless: {inside: ...} with the same"
            + " phrases, lemmas or lexicons";

    /** The rule-file keys of the gate. */
    static final List<KeySpec> KEYS = List.of(TOPICS, UNLESS, MIN_SENTENCES, NOTES, READING);

    /** How the topic reader decides, with {@code reading}. */
    enum Reading {
        ABOUT("about"), TELLS_OF("tells-of");

        private final String id;

        Reading(String id) {
            this.id = id;
        }

        static Optional<Reading> byId(String id) {
            for (Reading r : values()) {
                if (r.id.equals(id)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }

        /** Whether the reader's verdict on a topic is this reading. */
        boolean holds(TopicVerdict v) {
            return this == ABOUT ? v.about() : v.tellsOf();
        }

        /**
         * The pack's topic reader, for a key at {@code at} that asks for a reading of {@code topics},
         * each of which must be a topic; {@code topicsAt} is where an error about them points, and
         * {@code which} says which list may name only topics.
         */
        static TopicReader reader(LoadContext ctx, YNode at, List<Lexicon> topics, YNode topicsAt, String which)
                throws ConfigException {
            TopicReader reader = ctx.topicReader().orElseThrow(() -> at.error("needs the pack's topic reader"
                    + " (topics.yaml), which this pack does not have"));
            for (Lexicon l : topics) {
                if (Topic.byId(l.name()).isEmpty()) {
                    throw topicsAt.error(which + " names only topics (suicide, self-harm, eating-disorder), not "
                            + ConfigException.quote(l.name()));
                }
            }
            return reader;
        }
    }

    private static final int QUOTED = 2;
    private static final int QUOTE_CHARS = 70;

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
     * @param on       whether the draft passes the gate
     * @param why      why it does, in words ("it tells of suicide: “…” (line 4)")
     */
    public record Result(List<Passage> passages, Map<String, Integer> terms, List<String> topics, boolean on,
            String why) {

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

    private final Optional<Reading> reading;
    private final TopicReader reader;

    private TopicGate(List<Lexicon> topics, PhraseSet except, PhraseSet notes, int minSentences,
            Optional<Reading> reading, TopicReader reader) {
        this.reading = reading;
        this.reader = reader;
        this.topics = List.copyOf(topics);
        this.except = except;
        this.notes = notes;
        this.minSentences = minSentences;
        List<String> names = new ArrayList<>();
        topics.forEach(l -> names.add(l.name()));
        this.key = new Key(List.copyOf(names), labels(except) + reading.map(r -> "|" + r.id).orElse(""),
                labels(notes));
    }

    private static String labels(PhraseSet set) {
        List<String> labels = new ArrayList<>();
        set.entries().forEach(e -> labels.add(e.label()));
        return String.join("|", labels);
    }

    /** Reads {@code topics}, {@code unless.inside}, {@code notes}, {@code minSentences} and {@code reading}. */
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
        Optional<Reading> reading = Optional.empty();
        TopicReader reader = null;
        if (root.has(READING.key())) {
            YNode r = root.require(READING.key());
            reading = Optional.of(Reading.byId(r.asText()).orElseThrow(() -> r.error("must be about or tells-of")));
            reader = Reading.reader(ctx, r, topics, root.require(TOPICS.key()), "with reading,");
        }
        return new TopicGate(topics, except, notes, min, reading, reader);
    }

    /** How the gate decides, for {@code explain}. */
    public String howItDecides() {
        if (reading.isEmpty()) {
            return "The draft counts when at least " + minSentences + " sentences of its body use a word of the"
                    + " topics (headings, help-line sentences and content notes do not count).";
        }
        String common = "A body sentence speaks of a topic when it names it in any words (\"took his own life\","
                + " \"the marks on my arms\", \"restricting\"), or, once the draft is on the topic, carries on its"
                + " story; a heading that names it counts with one body sentence. ";
        return common + (reading.get() == Reading.ABOUT
                ? "The draft is about the topic when two body sentences speak of it (or one, in a draft of one or"
                        + " two sentences); help pages, statistics and clinical texts are about it too."
                : "The draft tells of the topic when it is about it and the sentences that speak of it tell of"
                        + " someone in personal or news terms (a death, an attempt, self-harm, an illness lived"
                        + " through), as a learned narration model judges each sentence (people as subjects, past"
                        + " tense, first person, named or described people; against: generic subjects,"
                        + " statistics, advice to the reader, definitions); in a long draft, enough of them must.");
    }

        /** The phrase sets the gate needs in the shared index. */
    public List<PhraseSet> phraseSets() {
        return List.of(except, notes);
    }

    /** The topic words themselves: every block is scanned for them. */
    public List<PhraseSet> topicSets() {
        if (reader != null) {
            return reader.phraseSets();
        }
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
        return r.on();
    }

    private Result compute(DocumentContext doc) {
        return reading.isPresent() ? fromReading(doc, reading.get()) : countSentences(doc);
    }

    /** The topic reader's decision, with the sentences that carried it. */
    private Result fromReading(DocumentContext doc, Reading mode) {
        TopicReading r = reader.read(doc);
        Map<Integer, TopicSentence> sentences = new java.util.TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> on = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Lexicon l : topics) {
            Topic t = Topic.byId(l.name()).orElseThrow();
            TopicVerdict v = r.verdict(t);
            if (!mode.holds(v)) {
                continue;
            }
            on.add(l.name());
            for (TopicSentence s : v.speaking()) {
                sentences.putIfAbsent(s.range().start(), s);
                for (String w : new LinkedHashSet<>(s.words(t))) {
                    counts.merge(w.toLowerCase(Locale.ROOT).replace('’', '\''), 1, Integer::sum);
                }
            }
            if (mode == Reading.TELLS_OF) {
                why.add("it tells of " + t.words() + ": " + v.describeNarration(QUOTED, QUOTE_CHARS));
            } else {
                why.add(v.aboutScore() + " sentences of its body speak of " + t.words() + ": "
                        + v.describeWords(4) + v.heading().map(h -> "; its heading names it (line " + h.line() + ")")
                        .orElse(""));
            }
        }
        List<Passage> passages = new ArrayList<>();
        sentences.values().forEach(s -> passages.add(new Passage(s.block(), s.sentence(), s.range())));
        return new Result(List.copyOf(passages), sorted(counts), List.copyOf(on), !on.isEmpty(),
                String.join("; ", why));
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private Result countSentences(DocumentContext doc) {
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
        Map<String, Integer> sorted = sorted(counts);
        List<String> ordered = new ArrayList<>();
        for (Lexicon l : topics) {
            if (hitTopics.contains(l.name())) {
                ordered.add(l.name());
            }
        }
        Result counted = new Result(List.copyOf(passages), sorted, List.copyOf(ordered), false, "");
        return new Result(counted.passages(), sorted, counted.topics(), passages.size() >= minSentences,
                passages.size() + " sentences of its body speak of it: " + counted.describeTerms(4));
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
        return DocumentContext.isBody(b) && !(b.kind() == BlockKind.PARAGRAPH && DocumentContext.isTitleLike(b));
    }
}
