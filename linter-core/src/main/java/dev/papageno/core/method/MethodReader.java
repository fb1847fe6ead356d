package dev.papageno.core.method;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.learn.Cues;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.topic.TopicSentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the sentences of a draft for method detail. A sentence is a candidate when some cue for
 * method detail occurs in it; its cues, the cues of the draft (whether it is about suicide or
 * self-harm and tells of it, whether the sentence or its neighbours speak of it) and the pairs of
 * cues that occur together go to the method model, whose outcomes are the kinds of detail and
 * {@code none}. Computed once per document; thread-safe.
 */
public final class MethodReader {

    /** The outcome for a sentence that gives no method detail. */
    public static final String NONE = "none";
    private static final Set<Topic> TOPICS = Set.of(Topic.SUICIDE, Topic.SELF_HARM);
    private static final double SHOWN = 0.05;
    private static final int MAX_CUES = 4;
    private static final int SCENE = 2;
    private static final Object MEMO_KEY = new Object();
    private static final String NAMED_PLACE = "named-place";
    private static final String LOCATION = "location";
    private static final String GENERIC = "generic";
    /** An {@code offTopic} score no sentence reaches: outside the topic, nothing is reported. */
    public static final double NEVER = 2;
    /** Scored sentences below this are dropped at once: a method rule's {@code minScore} is at least this. */
    public static final double KEEP = 0.4;
    /** A draft keeps at most this many scored sentences (its findings are capped at 10,000 anyway). */
    private static final int MAX_KEPT = 20_000;
    /** A generic phrase decides the kind only where the model's score for another kind is below this. */
    private static final double EXACT_GENERIC_BELOW = 0.5;
    /** Outside the topic, a sentence must name one of these: a means, an object, a substance, a place, an amount or a height. */
    private static final List<String> OBJECTS = List.of("means", "instrument", "substance", "tool", "wound", "place",
            "named-place", "amount", "height");
    /** Cues that weigh in the score but are not the detail itself ("the inquest heard", "planned to"). */
    private static final Set<String> OUTSIDE_SPAN = Set.of("context", "intent");

    private static final String ACT_ON_ONESELF = "act-on-oneself";

    /**
     * The scores that decide, after the model, which sentences count.
     *
     * @param offTopic       the score from which a sentence is kept outside the topic: in a draft that is not about
     *                       suicide or self-harm (nor about an eating disorder, which has rules of its own), a sentence
     *                       that neither speaks of them nor stands next to one ({@link #NEVER}: never)
     * @param offTopicTwice  the score from which two sentences outside the topic (not headings) tell of a method, so
     *                       that every sentence of the draft outside it is kept as if inside ({@link #NEVER}: never)
     * @param accident       the highest score of a sentence that tells of an accident ("lost his footing", "while
     *                       hiking") and of no act done to oneself ({@link #NEVER}: no limit)
     */
    public record Limits(double offTopic, double offTopicTwice, double accident) {

        /** Whether a draft outside the topic can ever tell of a method, so that its bare sentences are worth scoring. */
        boolean everTold() {
            return offTopicTwice <= 1;
        }
    }

    private final MethodCues cues;
    private final Set<String> gate;
    private final List<String> paired;
    private final Limits limits;
    private final TopicReader topics;
    private final Optional<LinearModel> model;
    private final Map<String, List<PhraseSet>> exact;
    private final List<PhraseSet> accidents;

    /**
     * @param cues   how sentences become cues
     * @param gate   the cues that make a nearby candidate count for a sentence's scene
     * @param paired the cues whose pairs are cues too
     * @param limits the scores that decide, after the model, which sentences count
     * @param topics the topic reader, for the draft's cues
     * @param model  the method model (absent while it is being trained)
     * @param exact  per kind, phrases that are that kind of detail wherever they stand in a candidate sentence
     *               ("quick and painless" is ease): they decide the kind, with a score of 1, before the model
     *               (the generic kind only when the model finds no other)
     * @param accidents phrases that tell of an accident: a sentence with one scores at most {@link Limits#accident()}
     */
    public MethodReader(MethodCues cues, List<String> gate, List<String> paired, Limits limits, TopicReader topics,
            Optional<LinearModel> model, Map<String, List<PhraseSet>> exact, List<PhraseSet> accidents) {
        this.limits = limits;
        this.exact = new LinkedHashMap<>(exact);
        this.accidents = List.copyOf(accidents);
        this.cues = cues;
        this.gate = Set.copyOf(gate);
        this.paired = List.copyOf(paired);
        this.topics = topics;
        this.model = model;
        model.ifPresent(m -> m.outcome(NONE));
    }

    public MethodCues cues() {
        return cues;
    }

    /** Every phrase set the reader looks for: its cues' and its exact phrases. */
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(cues.phraseSets());
        exact.values().forEach(out::addAll);
        out.addAll(accidents);
        return out;
    }

    /** The scores that decide, after the model, which sentences count. */
    public Limits limits() {
        return limits;
    }

    /** The topic reader whose scores the model uses. */
    public TopicReader topics() {
        return topics;
    }

    /** The kinds of detail the model can find. */
    public List<String> kinds() {
        return model.map(m -> m.outcomes().stream().filter(o -> !o.equals(NONE)).toList()).orElse(List.of());
    }

    /**
     * A candidate sentence with its cues.
     *
     * @param block    the block
     * @param sentence the sentence
     * @param reading  its own cues and the words behind them
     * @param cues     everything the model sees: its cues, the draft's and the pairs
     * @param offTopic whether it stands outside the topic, so that only a score of {@code offTopic} keeps it
     * @param bare     whether, outside the topic, it names no means, object, substance, place, amount or height
     *                 either, so that it counts only in a draft that tells of a method (see {@code offTopicTwice})
     */
    public record Candidate(Block block, Sentence sentence, MethodCues.Reading reading, Cues cues, boolean offTopic,
            boolean bare) {
    }

    /** Every candidate sentence of the draft with the cues the model sees, in text order. */
    public List<Candidate> candidates(DocumentContext doc) {
        return candidates(doc, true);
    }

    /**
     * Every sentence with a method cue and the cues the model sees; {@code gated} false keeps those
     * outside a draft about suicide or self-harm too (for training, where a labelled passage stands
     * for the part of a draft it was taken from).
     */
    public List<Candidate> candidates(DocumentContext doc, boolean gated) {
        List<Candidate> out = new ArrayList<>();
        candidates(doc, gated, out::add);
        return out;
    }

    /**
     * Hands each candidate to {@code each} in text order as soon as the sentences around it are read,
     * keeping only a few sentences' cues at a time: a long draft full of method words ("train",
     * "window", "letter") costs time, not memory.
     */
    private void candidates(DocumentContext doc, boolean gated, java.util.function.Consumer<Candidate> each) {
        TopicReading reading = topics.read(doc);
        Set<Long> topicSentences = new HashSet<>();
        for (Topic t : TOPICS) {
            for (TopicSentence s : reading.verdict(t).speaking()) {
                topicSentences.add(key(s.block(), s.sentence().index()));
            }
        }
        Draft draft = new Draft(reading.aboutAny(TOPICS), reading.tellsOfAny(TOPICS), reading.about(Topic.SELF_HARM),
                reading.about(Topic.EATING_DISORDER), topicSentences, gated);
        // The reads of the last few sentences: a read is emitted once SCENE more have come after it,
        // and SCENE reads are kept before it for its scene.
        List<Read> reads = new ArrayList<>();
        int next = 0;
        for (Block b : doc.blocks()) {
            if (b.isReference() || b.kind() == BlockKind.IMAGE_ALT) {
                continue;
            }
            BlockView v = doc.view(b);
            if (!v.anyHits()) {
                continue;
            }
            for (Sentence s : v.sentences()) {
                if (topics.opensWithNote(v, s)) {
                    continue;
                }
                MethodCues.Reading r = withExact(v, s, cues.read(v, s));
                if (!r.candidate()) {
                    continue;
                }
                reads.add(new Read(b, s, r, r.evidence().stream().anyMatch(h -> gate.contains(h.cue()))));
                while (next + SCENE < reads.size()) {
                    emit(reads, next++, draft, each);
                    if (next > SCENE) {
                        reads.remove(0);
                        next--;
                    }
                }
            }
        }
        while (next < reads.size()) {
            emit(reads, next++, draft, each);
        }
    }

    /** What the candidates of a draft share: its topic and which sentences speak of suicide or self-harm. */
    private record Draft(boolean about, boolean tells, boolean selfHarm, boolean eatingDisorder, Set<Long> topicSentences,
            boolean gated) {
    }

    /** The candidate of read {@code i} of a window of reads, if it is one. */
    private void emit(List<Read> reads, int i, Draft draft, java.util.function.Consumer<Candidate> each) {
        Read rd = reads.get(i);
        Block b = rd.block();
        Sentence s = rd.sentence();
        int scene = 0;
        for (int j = Math.max(0, i - SCENE); j < Math.min(reads.size(), i + SCENE + 1); j++) {
            if (j != i && reads.get(j).gated() && near(rd, reads.get(j))) {
                scene++;
            }
        }
        boolean onTopic = draft.topicSentences().contains(key(b, s.index()));
        boolean nearTopic = draft.topicSentences().contains(key(b, s.index() - 1))
                || draft.topicSentences().contains(key(b, s.index() + 1));
        // Outside a draft about suicide or self-harm, a sentence that speaks of them, its neighbours, or an
        // act done to oneself ("shot herself") can give method detail; any other only with a score of
        // offTopic, and none in a draft about an eating disorder, whose own rules read it.
        boolean outside = draft.gated() && !draft.about() && !onTopic && !nearTopic
                && !rd.reading().cues().has(ACT_ON_ONESELF);
        boolean bare = outside && OBJECTS.stream().noneMatch(rd.reading().cues()::has);
        if (outside && (limits.offTopic() > 1 || draft.eatingDisorder() || (bare && !limits.everTold()))) {
            return;
        }
        Cues c = new Cues();
        rd.reading().cues().forEach(c::set);
        if (draft.about()) {
            c.add("draft-about");
        }
        if (draft.tells()) {
            c.add("draft-tells-of");
        }
        if (draft.selfHarm()) {
            c.add("draft-self-harm");
        }
        if (onTopic) {
            c.add("topic-sentence");
        } else if (nearTopic) {
            c.add("topic-nearby");
        }
        if (scene > 0) {
            c.add(scene > 1 ? "scene-2" : "scene-1");
        }
        MethodCues.addPairs(c, paired);
        each.accept(new Candidate(b, s, rd.reading(), c, outside, bare));
    }

    /** A sentence with some method cue, before the decision whether it is a candidate. */
    private record Read(Block block, Sentence sentence, MethodCues.Reading reading, boolean gated) {
    }

    /** Whether two sentences are close: within {@link #SCENE} sentences in one block, or in neighbouring blocks. */
    private static boolean near(Read a, Read b) {
        int blocks = Math.abs(a.block().index() - b.block().index());
        return blocks == 0 ? Math.abs(a.sentence().index() - b.sentence().index()) <= SCENE : blocks == 1;
    }

    private static long key(Block b, int sentence) {
        return ((long) b.index() << 32) | (sentence & 0xffffffffL);
    }

    /** The scored sentences of a draft worth reporting (a score of at least {@link #KEEP}), in text order. */
    public List<MethodDetail> read(DocumentContext doc) {
        return doc.memo(MEMO_KEY, () -> compute(doc));
    }

    private List<MethodDetail> compute(DocumentContext doc) {
        if (model.isEmpty()) {
            return List.of();
        }
        LinearModel m = model.get();
        int none = m.outcome(NONE);
        List<MethodDetail> out = new ArrayList<>();
        // Outside the topic, a sentence naming an object is kept from a score of offTopic; any other only once
        // two sentences naming an object reach offTopicTwice: then the draft tells of a method, and its other
        // sentences count as they would inside it. A heading does not count: it repeats what its text tells.
        BitSet ifTold = new BitSet();
        int[] telling = new int[1];
        candidates(doc, true, c -> {
            if (out.size() < MAX_KEPT) {
                score(doc, m, none, c).ifPresent(d -> {
                    if (c.offTopic() && (c.bare() || d.score() < limits.offTopic())) {
                        ifTold.set(out.size());
                    }
                    if (c.offTopic() && !c.bare() && d.score() >= limits.offTopicTwice()
                            && !DocumentContext.readsAsHeading(c.block())) {
                        telling[0]++;
                    }
                    out.add(d);
                });
            }
        });
        if (telling[0] >= 2 || ifTold.isEmpty()) {
            return out;
        }
        List<MethodDetail> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!ifTold.get(i)) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /** The kind of detail with the highest of a model's probabilities {@code p}, {@code none} left aside. */
    public static String likeliestKind(LinearModel m, double[] p) {
        int none = m.outcome(NONE);
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != none && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return m.outcomes().get(best);
    }

    /** The scored sentence of a candidate, when its score is worth keeping. */
    private Optional<MethodDetail> score(DocumentContext doc, LinearModel m, int none, Candidate c) {
        double[] p = m.probabilities(c.cues());
        String kind = likeliestKind(m, p);
        double score = 1 - p[none];
        BlockView v = doc.view(c.block());
        Optional<String> exactKind = exactKind(v, c, kind, score);
        Optional<String> accident = Optional.empty();
        if (exactKind.isPresent()) {
            kind = exactKind.get();
            score = 1.0;
        } else if (!c.cues().has(ACT_ON_ONESELF)) {
            accident = accidentTold(v, c.sentence());
            if (accident.isPresent()) {
                score = Math.min(score, limits.accident());
            }
        }
        if (score < KEEP) {
            return Optional.empty();
        }
        // A named place carries the finding whatever else the sentence holds ("at Leeds station").
        if (c.reading().cues().has(NAMED_PLACE) && m.outcomes().contains(LOCATION)) {
            kind = LOCATION;
        }
        List<MethodCues.Hit> ev = c.reading().evidence();
        List<MethodCues.Hit> detail = ev.stream().filter(h -> !OUTSIDE_SPAN.contains(h.cue())).toList();
        if (!detail.isEmpty()) {
            ev = detail;
        }
        int from = ev.stream().mapToInt(MethodCues.Hit::start).min().orElse(0);
        int to = ev.stream().mapToInt(MethodCues.Hit::end).max().orElse(from);
        List<String> why = explain(m, c, kind);
        if (accident.isPresent() && score >= limits.accident()) {
            why = new ArrayList<>(why);
            why.add("accident: " + accident.get());
        }
        return Optional.of(new MethodDetail(c.block(), c.sentence(), from, to, c.block().toSource(from, to), kind,
                score, why, java.util.Set.copyOf(c.reading().cues().asMap().keySet())));
    }

    /** The words by which a sentence tells of an accident ("while hiking"), if it does: then it tells of no method. */
    private Optional<String> accidentTold(BlockView v, Sentence s) {
        for (PhraseSet set : accidents) {
            List<PhraseHit> hits = v.hitsStartingIn(set, s.start(), s.end());
            if (!hits.isEmpty()) {
                return Optional.of(v.block().text().substring(hits.get(0).start(), hits.get(0).end()));
            }
        }
        return Optional.empty();
    }

    /** A sentence's reading with its exact phrases as evidence too, so that they make it a candidate. */
    private MethodCues.Reading withExact(BlockView v, Sentence s, MethodCues.Reading r) {
        List<MethodCues.Hit> found = new ArrayList<>();
        for (Map.Entry<String, List<PhraseSet>> e : exact.entrySet()) {
            for (PhraseSet set : e.getValue()) {
                for (var h : v.hitsStartingIn(set, s.start(), s.end())) {
                    found.add(new MethodCues.Hit(e.getKey(), h.start(), h.end()));
                }
            }
        }
        if (found.isEmpty()) {
            return r;
        }
        List<MethodCues.Hit> all = new ArrayList<>(r.evidence());
        all.addAll(found);
        all.sort(java.util.Comparator.comparingInt(MethodCues.Hit::start));
        return new MethodCues.Reading(r.cues(), all);
    }

    /** The kind an exact phrase of the sentence names, if one does ("generic" only when the model finds nothing else). */
    private Optional<String> exactKind(BlockView v, Candidate c, String modelKind, double score) {
        for (Map.Entry<String, List<PhraseSet>> e : exact.entrySet()) {
            boolean generic = e.getKey().equals(GENERIC);
            if (generic && !modelKind.equals(GENERIC) && score >= EXACT_GENERIC_BELOW) {
                continue;
            }
            for (PhraseSet set : e.getValue()) {
                if (!v.hitsStartingIn(set, c.sentence().start(), c.sentence().end()).isEmpty()) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The cues that carried a decision, with their words: "instrument: belt; body: neck". */
    private static List<String> explain(LinearModel m, Candidate c, String kind) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        String text = c.block().text();
        for (LinearModel.Contribution con : m.contributions(c.cues(), kind, NONE)) {
            if (con.weight() < SHOWN) {
                break;
            }
            if (con.cue().startsWith(MethodCues.WORD)) {
                if (words.size() < 2) {
                    words.add(con.cue().substring(MethodCues.WORD.length()));
                }
                continue;
            }
            for (String cue : con.cue().split("\\+")) {
                List<String> found = c.reading().words(cue, text);
                if (!found.isEmpty() && (shown.size() < MAX_CUES || shown.containsKey(label(cue)))) {
                    List<String> list = shown.computeIfAbsent(label(cue), k -> new ArrayList<>());
                    found.stream().filter(w -> !list.contains(w)).forEach(list::add);
                }
            }
        }
        if (shown.isEmpty()) {
            MethodCues.Hit h = c.reading().evidence().get(0);
            shown.put(label(h.cue()), List.of(text.substring(h.start(), h.end())));
        }
        List<String> out = new ArrayList<>();
        shown.forEach((cue, w) -> out.add(cue + ": " + String.join(", ", w)));
        if (!words.isEmpty()) {
            out.add("words: " + String.join(", ", words));
        }
        return out;
    }

    private static String label(String cue) {
        return cue.replace('-', ' ');
    }
}
