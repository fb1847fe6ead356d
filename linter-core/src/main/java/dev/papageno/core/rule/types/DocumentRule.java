package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.source.LineCol;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks of the draft as a whole, gated on its topic ({@link TopicGate}). The one check is
 * {@code content-note}: a draft about suicide, self-harm or eating disorders should open with a
 * content note. {@code when: missing} reports a draft without one; {@code when: late} reports a
 * note that comes only after the draft has begun to speak of the topic.
 *
 * <p>A note is recognised in the ways writers write one: a label at the start of a block or of a
 * sentence near the top ("CW:", "TW //", "Content warning", "Trigger warning", "Content note"); a
 * qualified label ("Disclaimer", "Warning") whose sentence or the next names a sensitive subject,
 * so that a generic "for informational purposes only" does not count; a sentence near the top
 * that warns readers ("may be triggering", "proceed with care"); a sentence near the top that says
 * the piece discusses a sensitive subject ("this post talks about suicide", "discussed below");
 * and an HTML {@code <details>}, {@code <summary>} or {@code <aside>} near the top that names one.
 * Italic, bold and blockquoted notes count wherever they are.
 */
public final class DocumentRule implements Rule {

    private static final KeySpec[] CUES = LoadContext.CUE_KEYS.toArray(new KeySpec[0]);

    private static final KeySpec NOTE = KeySpec.required("note", "map", "How a content note is recognised.",
            KeySpec.required("labels", "cue list", "Labels that open a note (\"Content warning\", \"TW\"). They"
                    + " count at the start of a block, or of a sentence near the top, when punctuation, the end of"
                    + " the block, a subject or a word such as \"for\" follows.", CUES),
            KeySpec.optional("qualifiedLabels", "cue list", "Labels that open a note only when their sentence or"
                    + " the next names a subject (\"Disclaimer\", \"Warning\").", CUES),
            KeySpec.required("statements", "cue list", "Phrases that warn readers (\"may be triggering\","
                    + " \"proceed with care\"); a sentence near the top with one is a note.", CUES),
            KeySpec.optional("pieces", "cue list", "Words for the piece itself (\"this post\", \"below\").", CUES),
            KeySpec.optional("verbs", "cue list", "Words that say the piece treats a subject (\"discuss\","
                    + " \"contain\"). A sentence near the top with a piece, a verb and a subject is a note.", CUES),
            KeySpec.optional("subjects", "cue list", "Sensitive subjects a note names (usually the topic lexicons"
                    + " and words such as \"sensitive topics\").", CUES),
            KeySpec.optional("withinBlocks", "number", "How many blocks of body text count as the top. Default"
                    + " 4."));

    public static final TypeSchema SCHEMA = new TypeSchema("document",
            "Checks the draft as a whole, when its body is about one of the topics.",
            List.of(
                    KeySpec.required("check", "text", "The check: `content-note`."),
                    TopicGate.KEYS.get(0),
                    TopicGate.KEYS.get(1),
                    TopicGate.KEYS.get(2),
                    TopicGate.KEYS.get(3),
                    TopicGate.KEYS.get(4),
                    KeySpec.required("when", "text", "`missing` (no note at all) or `late` (the note comes after"
                            + " the draft has begun to speak of the topic; a heading or title before it does not"
                            + " count)."),
                    NOTE,
                    KeySpec.optional("topicWords", "map of texts", "Lexicon name to the words suggestions use for it"
                            + " (`eating-disorder: eating disorders`). Default: the lexicon's name."),
                    KeySpec.optional("supportPointer", "text", "Words that `{support}` in a suggestion stands for when"
                            + " the draft gives help lines (\"Support contacts are listed below.\").")),
            List.of("terms", "sentences", "topics", "line", "passage", "why"));

    private static final Set<String> CHECKS = Set.of("content-note");
    private static final Set<String> WHEN = Set.of("missing", "late");
    private static final int LABEL_START_SLACK = 14;
    private static final Set<String> LABEL_FOLLOWERS = Set.of("for", "about", "re", "regarding", "this", "these",
            "the", "contains", "includes", "mentions", "discusses");
    private static final int TERMS_SHOWN = 4;
    private static final int PASSAGE_CHARS = 70;

    /** How a content note is recognised. */
    private record NoteCues(PhraseSet labels, PhraseSet qualifiedLabels, PhraseSet statements, PhraseSet pieces,
            PhraseSet verbs, PhraseSet subjects, int withinBlocks) {

        List<PhraseSet> sets() {
            return List.of(labels, qualifiedLabels, statements, pieces, verbs, subjects);
        }
    }

    /**
     * Where a content note was found.
     *
     * @param block the block
     * @param from  where the note starts in the block text (its sentence or label)
     */
    private record Note(Block block, int from) {

        int sourceOffset() {
            return block.toSource(from, Math.min(block.text().length(), from + 1)).start();
        }
    }

    private final RuleSpec spec;
    private final TopicGate gate;
    private final boolean late;
    private final NoteCues cues;
    private final Map<String, String> topicWords;
    private final String supportPointer;

    private DocumentRule(RuleSpec spec, TopicGate gate, boolean late, NoteCues cues, Map<String, String> topicWords,
            String supportPointer) {
        this.spec = spec;
        this.gate = gate;
        this.late = late;
        this.cues = cues;
        this.topicWords = topicWords;
        this.supportPointer = supportPointer;
    }

    /** Compiles a document rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        root.require("check").asChoice(CHECKS);
        TopicGate gate = TopicGate.compile(root, ctx, spec.id());
        boolean late = root.require("when").asChoice(WHEN).equals("late");
        YNode note = root.require("note").asMap().allowOnly(NOTE.childNames());
        String id = spec.id();
        PhraseSet empty = PhraseSet.builder(id + " none").build();
        NoteCues cues = new NoteCues(
                ctx.cues(note.require("labels"), id + " labels"),
                note.has("qualifiedLabels") ? ctx.cues(note.require("qualifiedLabels"), id + " qualified labels")
                        : empty,
                ctx.cues(note.require("statements"), id + " statements"),
                note.has("pieces") ? ctx.cues(note.require("pieces"), id + " pieces") : empty,
                note.has("verbs") ? ctx.cues(note.require("verbs"), id + " verbs") : empty,
                note.has("subjects") ? ctx.cues(note.require("subjects"), id + " subjects") : topicSubjects(gate, id),
                note.has("withinBlocks") ? note.require("withinBlocks").asInt(1, 50) : 4);
        Map<String, String> words = new LinkedHashMap<>();
        for (Lexicon l : gate.lexicons()) {
            words.put(l.name(), l.name());
        }
        if (root.has("topicWords")) {
            for (Map.Entry<String, YNode> e : root.require("topicWords").asMap().entries().entrySet()) {
                if (!words.containsKey(e.getKey())) {
                    throw root.require("topicWords").keyError(e.getKey(), "not one of this rule's topics");
                }
                words.put(e.getKey(), e.getValue().asText());
            }
        }
        String pointer = root.has("supportPointer") ? root.require("supportPointer").asText() : "";
        return new DocumentRule(spec, gate, late, cues, Map.copyOf(words), pointer);
    }

    private static PhraseSet topicSubjects(TopicGate gate, String id) {
        PhraseSet.Builder b = PhraseSet.builder(id + " subjects");
        gate.lexicons().forEach(l -> b.addAll(l.phrases()));
        return b.build();
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(gate.phraseSets());
        out.addAll(cues.sets());
        return out;
    }

    @Override
    public List<PhraseSet> triggerSets() {
        return gate.topicSets();
    }

    @Override
    public java.util.Optional<String> howItDecides() {
        return gate == null ? java.util.Optional.empty() : java.util.Optional.of(gate.howItDecides());
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        TopicGate.Result topic = gate.analyse(doc);
        if (!gate.passes(topic)) {
            return;
        }
        Optional<Note> note = findNote(doc, topic);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("terms", topic.describeTerms(TERMS_SHOWN));
        args.put("sentences", String.valueOf(topic.sentenceCount()));
        args.put("topics", topicList(topic));
        args.put("why", topic.why());
        List<String> evidence = new ArrayList<>();
        evidence.add("topic: " + topic.describeTerms(Integer.MAX_VALUE));
        evidence.add("sentences: " + topic.sentenceCount());
        if (!late) {
            if (note.isEmpty()) {
                args.put("line", "1");
                args.put("passage", topic.first().map(p -> p.excerpt(PASSAGE_CHARS)).orElse(""));
                out.accept(RuleMatch.atDocument(this, 0, args, evidence, suggestions(doc, topic)));
            }
            return;
        }
        if (note.isEmpty()) {
            return;
        }
        Optional<TopicGate.Passage> before = passageBefore(topic, note.get());
        if (before.isEmpty()) {
            return;
        }
        LineCol at = doc.document().source().lineCol(before.get().range().start());
        args.put("line", String.valueOf(at.line()));
        args.put("passage", before.get().excerpt(PASSAGE_CHARS));
        evidence.add("first passage: line " + at.line());
        out.accept(RuleMatch.atDocument(this, note.get().sourceOffset(), args, evidence, suggestions(doc, topic)));
    }

    /** "suicide and self-harm". */
    private String topicList(TopicGate.Result topic) {
        List<String> names = new ArrayList<>();
        for (String t : topic.topics()) {
            names.add(topicWords.getOrDefault(t, t));
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<String> suggestions(DocumentContext doc, TopicGate.Result topic) {
        boolean helpLines = ResourceMentions.of(doc, doc.rules().resources()).stream()
                .anyMatch(m -> m.resource().routesToHelp());
        String support = helpLines ? supportPointer : "";
        String topics = topicList(topic);
        List<String> out = new ArrayList<>();
        for (String s : spec.suggestions()) {
            out.add(s.replace("{topics}", topics).replace("{support}", support).replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    /** The first sensitive passage that comes before the note (not the note's own sentences). */
    private static Optional<TopicGate.Passage> passageBefore(TopicGate.Result topic, Note note) {
        for (TopicGate.Passage p : topic.passages()) {
            int order = Integer.compare(p.block().index(), note.block().index());
            if (order < 0 || (order == 0 && p.sentence().end() <= note.from())) {
                return Optional.of(p);
            }
            if (order > 0) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The first content note in the draft, if any. Statements count near the top (the first
     * {@code withinBlocks} blocks of body text, and every block up to the first sensitive passage)
     * and in italic, bold, quoted or aside blocks; labels count anywhere.
     */
    private Optional<Note> findNote(DocumentContext doc, TopicGate.Result topic) {
        int firstPassageBlock = topic.first().map(p -> p.block().index()).orElse(-1);
        List<ResourceMention> helpLines = ResourceMentions.of(doc, doc.rules().resources());
        int bodyBlocks = 0;
        Block headingLabel = null;
        for (Block b : doc.blocks()) {
            if (b.isReference() || b.kind() == BlockKind.IMAGE_ALT) {
                continue;
            }
            BlockView v = doc.view(b);
            // "## Content warning" over "Suicide, self-harm.": the heading opens the note.
            if (headingLabel != null && !b.isHeading() && subjectInFirstSentence(v)) {
                return Optional.of(new Note(headingLabel, 0));
            }
            headingLabel = b.isHeading() && bareLabel(v) ? b : null;
            boolean top = bodyBlocks < cues.withinBlocks() || b.index() <= firstPassageBlock;
            boolean noteLike = b.isEmphasized() || b.quoteDepth() > 0 || b.container() != null;
            Optional<Note> n = labelled(v, top || noteLike, helpLines);
            if (n.isEmpty() && (top || noteLike)) {
                n = stated(v);
                // A block set apart (italic, quoted, an aside) is the note from its first word.
                if (n.isPresent() && noteLike) {
                    n = Optional.of(new Note(b, 0));
                }
            }
            if (n.isEmpty() && top && b.container() != null && !v.hits(cues.subjects()).isEmpty()) {
                n = Optional.of(new Note(b, 0));
            }
            if (n.isPresent()) {
                return n;
            }
            if (TopicGate.isBodyText(b)) {
                bodyBlocks++;
            }
        }
        return Optional.empty();
    }

    /** Whether the block is only a label ("Content warning", "TW:"). */
    private boolean bareLabel(BlockView v) {
        for (PhraseHit h : v.hits(cues.labels())) {
            if (onlyMarksBetween(v.text(), 0, h.start()) && !hasLetterOrDigit(v.text(), h.end(), v.text().length())) {
                return true;
            }
        }
        return false;
    }

    private boolean subjectInFirstSentence(BlockView v) {
        List<PhraseHit> subjects = v.hits(cues.subjects());
        return !subjects.isEmpty() && v.sentenceAt(subjects.get(0).start()).index() == 0;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A note opened by a label: "CW: suicide", "Content warning", "Disclaimer: this post discusses ...". */
    private Optional<Note> labelled(BlockView v, boolean sentenceStartsToo, List<ResourceMention> helpLines) {
        Block b = v.block();
        for (PhraseHit h : v.hits(cues.labels())) {
            // "# Trigger warnings: do they work?" is a heading about notes; "## CW: suicide" is a note.
            boolean ok = b.isHeading() ? subjectSoonAfter(v, h, helpLines) : followedLikeALabel(v, h);
            if (opensNote(v, h, sentenceStartsToo) && ok) {
                return Optional.of(new Note(b, noteStart(v, h)));
            }
        }
        for (PhraseHit h : v.hits(cues.qualifiedLabels())) {
            if (opensNote(v, h, sentenceStartsToo) && subjectSoonAfter(v, h, helpLines)) {
                return Optional.of(new Note(b, noteStart(v, h)));
            }
        }
        return Optional.empty();
    }

    /** A sentence that warns readers, or says the piece discusses a sensitive subject. */
    private Optional<Note> stated(BlockView v) {
        Block b = v.block();
        List<PhraseHit> warnings = v.hits(cues.statements());
        if (!warnings.isEmpty()) {
            return Optional.of(new Note(b, v.sentenceAt(warnings.get(0).start()).start()));
        }
        List<PhraseHit> pieces = v.hits(cues.pieces());
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        for (Sentence s : v.sentences()) {
            if (within(v, cues.pieces(), s) && within(v, cues.verbs(), s) && within(v, cues.subjects(), s)) {
                return Optional.of(new Note(b, s.start()));
            }
        }
        return Optional.empty();
    }

    private static boolean within(BlockView v, PhraseSet set, Sentence s) {
        return !v.hitsWithin(set, s.start(), s.end()).isEmpty();
    }

    /** Where a labelled note starts: its sentence, or the block when the label opens it. */
    private static int noteStart(BlockView v, PhraseHit h) {
        return Math.min(h.start(), v.sentenceAt(h.start()).start());
    }

    /** Whether a label stands at the start of the block (or of a sentence), after at most a few marks. */
    private static boolean opensNote(BlockView v, PhraseHit h, boolean sentenceStartsToo) {
        String text = v.text();
        if (onlyMarksBetween(text, 0, h.start())) {
            return true;
        }
        return sentenceStartsToo && onlyMarksBetween(text, v.sentenceAt(h.start()).start(), h.start());
    }

    private static boolean onlyMarksBetween(String text, int from, int to) {
        if (to - from > LABEL_START_SLACK) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what follows a label shows it is one: punctuation ("CW:", "TW //", "Content warning
     * –"), the end of the block, a subject ("TW suicide"), or a word such as "for"; or the label is
     * in brackets ("[TW suicide]"). "Trigger warnings are debated" is not a note.
     */
    private boolean followedLikeALabel(BlockView v, PhraseHit h) {
        String text = v.text();
        int i = h.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '*'
                || text.charAt(i) == '_')) {
            i++;
        }
        if (i >= text.length() || ":-–—/|([.!⚠".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int before = h.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '*')) {
            before--;
        }
        if (before >= 0 && (text.charAt(before) == '[' || text.charAt(before) == '(')) {
            return true;
        }
        WordTokens words = v.words();
        int next = words.indexAt(i);
        if (next >= words.size() || words.start(next) != i) {
            return false;
        }
        if (LABEL_FOLLOWERS.contains(words.word(next))) {
            return true;
        }
        for (PhraseHit s : v.hitsStartingIn(cues.subjects(), i, i + 1)) {
            if (s.start() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subject is named in the label's sentence or the next one, other than in a sentence
     * that gives a help line: "Disclaimer: we are not a crisis service. If you feel suicidal, call
     * 988." is no content note.
     */
    private boolean subjectSoonAfter(BlockView v, PhraseHit label, List<ResourceMention> helpLines) {
        Sentence s = v.sentenceAt(label.start());
        int limit = s.end();
        List<Sentence> all = v.sentences();
        if (s.index() + 1 < all.size()) {
            limit = all.get(s.index() + 1).end();
        }
        for (PhraseHit h : v.hitsWithin(cues.subjects(), label.end(), limit)) {
            if (!givesHelpLine(v, v.sentenceAt(h.start()), helpLines)) {
                return true;
            }
        }
        return false;
    }

    private static boolean givesHelpLine(BlockView v, Sentence s, List<ResourceMention> helpLines) {
        for (ResourceMention m : helpLines) {
            if (m.block() == v.block() && m.from() >= s.start() && m.to() <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
