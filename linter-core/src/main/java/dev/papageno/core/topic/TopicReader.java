package dev.papageno.core.topic;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.learn.Cues;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what a draft is about and what it tells of. A sentence speaks of a topic when it names it
 * outright (a word of the topic's strong lexicons: "suicide", "took his own life", "self-harm",
 * "anorexia") or, in a draft already on that topic, in weaker words ("was found hanging", "the
 * marks on my arms", "purging"). Words inside a phrase that is not about the topic ("Suicide
 * Squad"), a sentence that jokes ("I could kill myself lol") and a content note that opens the draft
 * do not count; a sentence that gives a help line counts as speaking of the topic but never as
 * telling of it.
 * Whether a sentence tells of the topic or discusses it is scored by the narration model over
 * {@link NarrationCues}. Thread-safe; the reading of a document is kept in its context.
 */
public final class TopicReader {

    private static final int NOTE_START_SLACK = 14;
    private static final Object MEMO_KEY = new Object();

    /**
     * The words of one topic.
     *
     * @param strong words that name it outright
     * @param hints  words that speak of it in a draft already on it, as much as the words that name it
     * @param story   words that carry on the story of a draft already on it (a death, a funeral, an
     *                ambulance): a sentence with them that tells of someone tells of the topic too
     * @param context words of the topic's surroundings in a draft already on it (therapy, prevention, risk):
     *                they make a draft about it, never tell of it
     */
    public record TopicWords(List<PhraseSet> strong, List<PhraseSet> hints, List<PhraseSet> story,
            List<PhraseSet> context) {

        List<PhraseSet> all() {
            List<PhraseSet> out = new ArrayList<>(strong);
            out.addAll(hints);
            out.addAll(story);
            out.addAll(context);
            return out;
        }
    }

    /**
     * The draft-level decision's settings, set from measured data (topics.yaml, {@code decision}).
     *
     * @param shortDraft a draft of at most this many body sentences is about a topic when one of them names it
     * @param longStory  in a draft with more sentences than this naming a topic, ...
     * @param minShare   ... at least this share of them must tell of it for the draft to tell of it (one
     *                   anecdote in a long information page does not make it a story)
     * @param sure       a sentence naming the topic that tells of it with at least this narration score is story
     *                   enough on its own ("My friend took his own life last year")
     */
    public record Decision(int shortDraft, int longStory, double minShare, double sure) {
        /** The settings when the config gives none. */
        public static final Decision DEFAULT = new Decision(2, 3, 0.4, 0.9);
    }

    private final Map<Topic, TopicWords> words;
    private final Decision decision;
    private final List<PhraseSet> except;
    private final List<PhraseSet> jokes;
    private final Hyperbole hyperbole;
    /** The words that name a topic outright or hint at it, of every topic (what a hyperbole must cover). */
    private final List<PhraseSet> namingWords;
    private final List<PhraseSet> fields;
    private final List<PhraseSet> notes;
    private final Map<String, PhraseSet> narrationCues;
    private final Optional<LinearModel> narration;
    private final Function<DocumentContext, List<ResourceMention>> helpLines;

    /**
     * @param words         the words of each topic
     * @param except        phrases whose topic words do not count
     * @param fields        phrases where a topic word names a field ("suicide prevention", "suicide rates"): they
     *                      make a draft about the topic but are never its story
     * @param jokes         laughter and joke markers ("lol", "jk"): a sentence with one does not speak of a topic
     * @param hyperbole     phrases that joke about the topic next to an everyday annoyance ("ready to throw myself
     *                      off the building" over a spreadsheet): such a sentence does not speak of it either
     * @param notes         labels that open a content note
     * @param narrationCues the lexicon cues of the narration model, by cue name
     * @param narration     the narration model (absent while it is being trained: every sentence scores 0.5)
     * @param helpLines     the help lines a draft names (a sentence that gives one never tells of a topic)
     * @param decision      the draft-level decision's settings
     */
    public TopicReader(Map<Topic, TopicWords> words, List<PhraseSet> except, List<PhraseSet> fields, List<PhraseSet> notes,
            List<PhraseSet> jokes, Hyperbole hyperbole, Map<String, PhraseSet> narrationCues, Optional<LinearModel> narration,
            Function<DocumentContext, List<ResourceMention>> helpLines, Decision decision) {
        this.decision = decision;
        this.jokes = List.copyOf(jokes);
        this.hyperbole = hyperbole;
        List<PhraseSet> naming = new ArrayList<>();
        words.values().forEach(w -> {
            naming.addAll(w.strong());
            naming.addAll(w.hints());
        });
        this.namingWords = List.copyOf(naming);
        this.words = new EnumMap<>(words);
        this.except = List.copyOf(except);
        this.fields = List.copyOf(fields);
        this.notes = List.copyOf(notes);
        this.narrationCues = new LinkedHashMap<>(narrationCues);
        this.narration = narration;
        this.helpLines = helpLines;
        narration.ifPresent(m -> m.outcome("narrates"));
    }

    /** Every phrase set the reader looks for, for the shared phrase index. */
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        words.values().forEach(w -> out.addAll(w.all()));
        out.addAll(except);
        out.addAll(fields);
        out.addAll(notes);
        out.addAll(jokes);
        out.addAll(hyperbole.all());
        out.addAll(narrationCues.values());
        return out;
    }

    /** The reading of a document, computed on first use and kept in its context. */
    public TopicReading read(DocumentContext doc) {
        return doc.memo(MEMO_KEY, () -> compute(doc));
    }

    /** A sentence that names some topic, before the draft-level decisions. */
    private record Candidate(Block block, int section, Sentence sentence, boolean heading, boolean note, boolean helpLine,
            Map<Topic, List<String>> fields, Map<Topic, List<String>> strong, Map<Topic, List<String>> hints, Map<Topic, List<String>> story,
            Map<Topic, List<String>> context) {

        boolean body() {
            return !heading && !note;
        }
    }

    private enum Tier { FIELD, STRONG, HINT, STORY, CONTEXT }

    private TopicReading compute(DocumentContext doc) {
        List<ResourceMention> helpLines = null;
        List<Candidate> candidates = new ArrayList<>();
        int bodySentences = 0;
        boolean spoken = false;
        int section = 0;
        for (Block b : doc.blocks()) {
            if (b.isReference() || b.kind() == BlockKind.IMAGE_ALT) {
                continue;
            }
            boolean heading = DocumentContext.readsAsHeading(b);
            if (heading) {
                section++;
            }
            BlockView v = doc.view(b);
            if (!heading) {
                bodySentences += v.sentences().size();
            }
            if (!anyWord(v)) {
                continue;
            }
            for (Sentence s : v.sentences()) {
                Map<Topic, List<String>> fields = hits(v, s, Tier.FIELD);
                Map<Topic, List<String>> strong = hits(v, s, Tier.STRONG);
                Map<Topic, List<String>> hints = hits(v, s, Tier.HINT);
                Map<Topic, List<String>> story = hits(v, s, Tier.STORY);
                Map<Topic, List<String>> context = hits(v, s, Tier.CONTEXT);
                if (fields.isEmpty() && strong.isEmpty() && hints.isEmpty() && story.isEmpty() && context.isEmpty()) {
                    continue;
                }
                if (jokes(v, s)) {
                    // "I could kill myself lol": a joke about the topic is not writing about it.
                    continue;
                }
                boolean note = false;
                boolean helpLine = false;
                if (!heading) {
                    if (helpLines == null) {
                        helpLines = this.helpLines.apply(doc);
                    }
                    note = !spoken && opensWithNote(v, s);
                    spoken |= !note && (!fields.isEmpty() || !strong.isEmpty() || !hints.isEmpty());
                    helpLine = givesHelpLine(b, s, helpLines);
                }
                candidates.add(new Candidate(b, section, s, heading, note, helpLine, fields, strong, hints, story, context));
            }
        }
        return decide(doc, candidates, bodySentences);
    }

    private TopicReading decide(DocumentContext doc, List<Candidate> candidates, int bodySentences) {
        Map<Candidate, TopicSentence> scored = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            scored.put(c, score(doc, c));
        }
        Map<Topic, TopicVerdict> verdicts = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            Optional<TopicSentence> named = Optional.empty();
            Set<Integer> strongSections = new HashSet<>();
            for (Candidate c : candidates) {
                boolean names = c.heading() ? c.strong().containsKey(t) || c.fields().containsKey(t)
                        : c.note() && (c.strong().containsKey(t) || c.hints().containsKey(t));
                if (names && named.isEmpty()) {
                    named = Optional.of(scored.get(c));
                }
                if (c.body() && (c.strong().containsKey(t) || c.fields().containsKey(t))) {
                    strongSections.add(c.section());
                }
            }
            List<TopicSentence> speaking = new ArrayList<>();
            List<TopicSentence> topical = new ArrayList<>();
            List<TopicSentence> narratable = new ArrayList<>();
            int naming = 0;
            int substantive = 0;
            for (Candidate c : candidates) {
                if (!c.body()) {
                    continue;
                }
                // A body sentence that names the topic vouches for the weaker words of its own section
                // only; a heading or an opening note that names it, for the whole draft.
                boolean corroborated = named.isPresent() || strongSections.contains(c.section());
                // A field ("suicide prevention", "suicide rates") makes a draft about the topic, never a story.
                // A sentence that names only another topic outright lends it its hints and story ("Eating
                // disorders can cause death" carries on a story of eating disorders, not of suicide).
                boolean lent = !c.strong().containsKey(t) && !c.fields().containsKey(t) && namesAnother(c, t);
                boolean names = c.strong().containsKey(t) || (corroborated && !lent && c.hints().containsKey(t));
                boolean story = names || (corroborated && !lent && c.story().containsKey(t));
                boolean field = c.fields().containsKey(t);
                if (names) {
                    topical.add(scored.get(c));
                }
                if (story) {
                    narratable.add(scored.get(c));
                }
                if (names || field) {
                    naming++;
                }
                if (story || field) {
                    substantive++;
                }
                if (story || field || (corroborated && !lent && c.context().containsKey(t))) {
                    speaking.add(scored.get(c));
                }
            }
            // Two body sentences that name the topic or carry on its story; words of its surroundings
            // (therapy, support, risk) count only next to a heading or note that names it. One sentence
            // that surely says it happened ("I started to self-harm after the funeral") is enough.
            boolean surelyHappened = topical.stream()
                    .anyMatch(x -> x.narrates() && x.narration() >= decision.sure() && x.tellsOfAnEvent());
            boolean about = substantive >= 2 || (!speaking.isEmpty() && named.isPresent())
                    || (!topical.isEmpty() && bodySentences <= decision.shortDraft()) || surelyHappened;
            List<TopicSentence> narrating = narratable.stream().filter(TopicSentence::narrates).toList();
            // It tells of the topic when a sentence that speaks of it narrates, and one more sentence of
            // the story does (or the story is that one sentence, or one surely tells of it); in a long
            // draft, enough of what it says of the topic must be story. One sentence that surely tells
            // of it and says it happened (a death, an attempt, self-harm) is story enough on its own.
            boolean narratesIt = topical.stream().anyMatch(TopicSentence::narrates);
            boolean enoughStory = narrating.size() >= 2 || narrating.size() == narratable.size()
                    || topical.stream().anyMatch(x -> x.narration() >= decision.sure());
            boolean enoughShare = naming <= decision.longStory() || narrating.size() >= decision.minShare() * naming;
            boolean tellsOf = about && narratesIt && (surelyHappened || (enoughStory && enoughShare));
            verdicts.put(t, new TopicVerdict(t, about, tellsOf, List.copyOf(speaking), narrating, named));
        }
        return new TopicReading(verdicts, List.copyOf(scored.values()));
    }

    private static boolean namesAnother(Candidate c, Topic t) {
        for (Topic u : Topic.values()) {
            if (u != t && (c.strong().containsKey(u) || c.fields().containsKey(u))) {
                return true;
            }
        }
        return false;
    }

    private TopicSentence score(DocumentContext doc, Candidate c) {
        BlockView v = doc.view(c.block());
        var range = c.block().toSource(c.sentence().start(), c.sentence().end());
        int line = doc.document().source().lineCol(range.start()).line();
        double p = 0.5;
        List<LinearModel.Contribution> why = List.of();
        if (narration.isPresent()) {
            LinearModel m = narration.get();
            Cues cues = NarrationCues.of(v, c.sentence(), narrationCues, c.helpLine());
            p = m.probabilities(cues)[m.outcome("narrates")];
            why = m.contributions(cues, "narrates", "discusses");
        }
        return new TopicSentence(c.block(), c.sentence(), range, line, !c.body(), c.helpLine(), merge(c.fields(), c.strong()), c.hints(), merge(c.story(), c.context()),
                p, why);
    }

    /** The narration cues of every sentence that speaks of a topic, for training the model. */
    public List<Map.Entry<TopicSentence, Cues>> narrationCues(DocumentContext doc) {
        List<Map.Entry<TopicSentence, Cues>> out = new ArrayList<>();
        for (TopicSentence s : read(doc).sentences()) {
            out.add(Map.entry(s, NarrationCues.of(doc.view(s.block()), s.sentence(), narrationCues, s.helpLine())));
        }
        return out;
    }

    private static Map<Topic, List<String>> merge(Map<Topic, List<String>> a, Map<Topic, List<String>> b) {
        Map<Topic, List<String>> out = new EnumMap<>(Topic.class);
        for (Map<Topic, List<String>> m : List.of(a, b)) {
            m.forEach((t, w) -> out.computeIfAbsent(t, k -> new ArrayList<>()).addAll(w));
        }
        return out;
    }

    private boolean anyWord(BlockView v) {
        for (TopicWords w : words.values()) {
            for (PhraseSet s : w.all()) {
                if (!v.hits(s).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<Topic, List<String>> hits(BlockView v, Sentence s, Tier tier) {
        Map<Topic, List<String>> out = new EnumMap<>(Topic.class);
        for (Map.Entry<Topic, TopicWords> e : words.entrySet()) {
            Set<String> found = new LinkedHashSet<>();
            TopicWords w = e.getValue();
            List<PhraseSet> sets = switch (tier) {
                case FIELD -> fields;
                case STRONG -> w.strong();
                case HINT -> w.hints();
                case STORY -> w.story();
                case CONTEXT -> w.context();
            };
            for (PhraseSet set : sets) {
                for (PhraseHit h : v.hitsStartingIn(set, s.start(), s.end())) {
                    if (excepted(v, h) || (tier == Tier.STRONG && inField(v, h))
                            || (tier == Tier.FIELD && !holds(v, h, w.strong()))) {
                        continue;
                    }
                    found.add(v.text().substring(h.start(), h.end()).toLowerCase(Locale.ROOT).replace('’', '\''));
                }
            }
            if (!found.isEmpty()) {
                out.put(e.getKey(), List.copyOf(found));
            }
        }
        return out;
    }

    /** Whether a field phrase holds a word of the topic ("suicide prevention" holds "suicide"). */
    private static boolean holds(BlockView v, PhraseHit field, List<PhraseSet> strong) {
        for (PhraseSet set : strong) {
            for (PhraseHit h : v.hitsOverlapping(set, field.start(), field.end())) {
                if (h.start() >= field.start() && h.end() <= field.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inField(BlockView v, PhraseHit h) {
        for (PhraseSet set : fields) {
            for (PhraseHit f : v.hitsOverlapping(set, h.start(), h.end())) {
                if (f.start() <= h.start() && f.end() >= h.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean jokes(BlockView v, Sentence s) {
        for (PhraseSet set : jokes) {
            if (!v.hitsWithin(set, s.start(), s.end()).isEmpty()) {
                return true;
            }
        }
        return hyperbole.jokes(v, s, namingWords);
    }

    private boolean excepted(BlockView v, PhraseHit h) {
        for (PhraseSet set : except) {
            if (!v.hitsOverlapping(set, h.start(), h.end()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a content-note label opens the sentence ("TW: suicide", "**Content note:** self-harm"). */
    public boolean opensWithNote(BlockView v, Sentence s) {
        for (PhraseSet set : notes) {
            for (PhraseHit h : v.hitsStartingIn(set, s.start(), s.start() + NOTE_START_SLACK + 1)) {
                if (h.start() - s.start() <= NOTE_START_SLACK && !hasLetterOrDigit(v.text(), s.start(), h.start())) {
                    return true;
                }
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
}
