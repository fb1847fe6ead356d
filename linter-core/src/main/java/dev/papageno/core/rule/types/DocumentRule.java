package dev.papageno.core.rule.types;

import dev.papageno.core.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.TopicAnalysis;
import dev.papageno.core.rule.load.KeySpec;
import dev.papageno.core.rule.load.LoadContext;
import dev.papageno.core.rule.load.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks of the draft as a whole, gated on its topic. The one built-in check so far is
 * {@code content-note}: a draft about suicide, self-harm or eating disorders should open with a
 * content note; {@code when: missing} reports a draft without one, {@code when: late} a note that
 * comes only after the first sensitive sentence.
 */
public final class DocumentRule implements Rule {

    public static final TypeSchema SCHEMA = new TypeSchema("document",
            "Checks the draft as a whole, when its body is about one of the topics.",
            List.of(
                    KeySpec.required("check", "text", "The check: `content-note`."),
                    KeySpec.required("topics", "list of texts", "Lexicons that make a draft on topic."),
                    KeySpec.optional("minSentences", "number", "Body sentences that must speak of the topics."
                            + " Default 2."),
                    KeySpec.required("when", "text", "`missing` (no note at all) or `late` (the note comes after"
                            + " sensitive text)."),
                    KeySpec.required("note", "map", "How a content note is recognised.",
                            KeySpec.required("labels", "cue list", "Words that open a note (\"Content warning\","
                                    + " \"TW\").", LoadContext.CUE_KEYS.toArray(new KeySpec[0])),
                            KeySpec.required("statements", "cue list", "Phrases of a sentence that announces"
                                    + " sensitive content (\"this post discusses\", \"may be triggering\").",
                                    LoadContext.CUE_KEYS.toArray(new KeySpec[0])),
                            KeySpec.optional("withinBlocks", "number", "How many blocks from the top the note may"
                                    + " be. Default 4."))),
            List.of("terms", "sentences"));

    private static final Set<String> CHECKS = Set.of("content-note");
    private static final Set<String> WHEN = Set.of("missing", "late");
    private static final int TITLE_MAX_WORDS = 16;
    private static final int LABEL_START_SLACK = 6;

    private final RuleSpec spec;
    private final List<String> topics;
    private final int minSentences;
    private final boolean late;
    private final PhraseSet labels;
    private final PhraseSet statements;
    private final int withinBlocks;

    private DocumentRule(RuleSpec spec, List<String> topics, int minSentences, boolean late, PhraseSet labels,
            PhraseSet statements, int withinBlocks) {
        this.spec = spec;
        this.topics = topics;
        this.minSentences = minSentences;
        this.late = late;
        this.labels = labels;
        this.statements = statements;
        this.withinBlocks = withinBlocks;
    }

    /** Compiles a document rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        root.require("check").asChoice(CHECKS);
        YNode topicNode = root.require("topics");
        List<String> topics = new ArrayList<>();
        for (var l : ctx.lexicons(topicNode)) {
            topics.add(l.name());
        }
        int min = root.has("minSentences") ? root.require("minSentences").asInt(1, 100) : 2;
        boolean late = root.require("when").asChoice(WHEN).equals("late");
        YNode note = root.require("note").asMap().allowOnly(SCHEMA.keys().get(4).childNames());
        PhraseSet labels = ctx.cues(note.require("labels"), spec.id() + " labels");
        PhraseSet statements = ctx.cues(note.require("statements"), spec.id() + " statements");
        int within = note.has("withinBlocks") ? note.require("withinBlocks").asInt(1, 50) : 4;
        return new DocumentRule(spec, List.copyOf(topics), min, late, labels, statements, within);
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        return List.of(labels, statements);
    }

    /** Where a content note was found. */
    private record Note(Block block, int offset) {
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        TopicAnalysis topic = doc.topic(topics);
        if (topic.sentenceCount() < minSentences) {
            return;
        }
        Optional<Note> note = findNote(doc);
        Map<String, String> args = Map.of("terms", topic.describeTerms(4), "sentences",
                String.valueOf(topic.sentenceCount()));
        List<String> cues = List.of("topic: " + topic.describeTerms(6), "sentences: " + topic.sentenceCount());
        int firstSensitive = firstSensitiveOffset(doc);
        if (!late) {
            if (note.isEmpty()) {
                out.accept(RuleMatch.atDocument(this, 0, args, cues, spec.suggestions()));
            }
            return;
        }
        if (note.isPresent() && firstSensitive >= 0 && note.get().offset() > firstSensitive) {
            out.accept(RuleMatch.atDocument(this, note.get().offset(), args, cues, spec.suggestions()));
        }
    }

    /** The first content note in the draft, if any. */
    private Optional<Note> findNote(DocumentContext doc) {
        int seen = 0;
        for (Block b : doc.blocks()) {
            if (b.isReference()) {
                continue;
            }
            BlockView v = doc.view(b);
            for (PhraseHit h : v.hits(labels)) {
                if (startsBlock(b.text(), h.start())) {
                    return Optional.of(new Note(b, b.toSource(h.start(), h.end()).start()));
                }
            }
            if (seen < withinBlocks || b.isEmphasized() || b.quoteDepth() > 0 || b.container() != null) {
                List<PhraseHit> st = v.hits(statements);
                if (!st.isEmpty()) {
                    Sentence s = v.sentenceAt(st.get(0).start());
                    return Optional.of(new Note(b, b.toSource(s.start(), s.end()).start()));
                }
            }
            if (!b.isHeading()) {
                seen++;
            }
        }
        return Optional.empty();
    }

    /** Source offset of the first body sentence about the topics (titles and headings do not count). */
    private int firstSensitiveOffset(DocumentContext doc) {
        List<PhraseHit> hits = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!DocumentContext.isBody(b) || isTitleLike(b)) {
                continue;
            }
            BlockView v = doc.view(b);
            hits.clear();
            for (String t : topics) {
                hits.addAll(v.hits(doc.rules().lexicon(t).phrases()));
            }
            int best = Integer.MAX_VALUE;
            for (PhraseHit h : hits) {
                best = Math.min(best, h.start());
            }
            if (best != Integer.MAX_VALUE) {
                Sentence s = v.sentenceAt(best);
                return b.toSource(s.start(), s.end()).start();
            }
        }
        return -1;
    }

    /** A short line with no sentence ending reads as a title or subtitle, not as body text. */
    static boolean isTitleLike(Block b) {
        String t = b.text().strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…:;".indexOf(last) < 0 && t.split("\\s+").length <= TITLE_MAX_WORDS;
    }

    /** Whether a label starts the block, allowing a few leading marks ("***", "⚠️", "[", "("). */
    private static boolean startsBlock(String text, int at) {
        if (at > LABEL_START_SLACK + 8) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
