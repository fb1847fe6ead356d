package dev.papageno.core.rule.types;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a content note is recognised, and the search for the first one in a draft. A note is
 * recognised in the ways writers write one: a label at the start of a block or of a sentence near the
 * top ("CW:", "TW //", "Content warning", "Trigger warning", "Content note"); a qualified label
 * ("Disclaimer", "Warning") whose sentence or the next names a sensitive subject, so that a generic
 * "for informational purposes only" does not count; a sentence near the top that warns readers ("may
 * be triggering", "proceed with care"); a sentence near the top that says the piece discusses a
 * sensitive subject ("this post talks about suicide", "discussed below"); and an HTML
 * {@code <details>}, {@code <summary>} or {@code <aside>} near the top that names one. Italic, bold and
 * blockquoted notes count wherever they are.
 *
 * @param labels          labels that open a note
 * @param qualifiedLabels labels that open a note only when a subject follows
 * @param statements      phrases that warn readers
 * @param pieces          words for the piece itself
 * @param verbs           words that say the piece treats a subject
 * @param subjects        sensitive subjects a note names
 * @param withinBlocks    how many blocks of body text count as the top
 */
record ContentNotes(PhraseSet labels, PhraseSet qualifiedLabels, PhraseSet statements, PhraseSet pieces,
        PhraseSet verbs, PhraseSet subjects, int withinBlocks) {

    private static final int LABEL_START_SLACK = 14;
    private static final Set<String> LABEL_FOLLOWERS = Set.of("for", "about", "re", "regarding", "this", "these",
            "the", "contains", "includes", "mentions", "discusses");
    List<PhraseSet> sets() {
        return List.of(labels, qualifiedLabels, statements, pieces, verbs, subjects);
    }

    /**
     * Where a content note was found.
     *
     * @param block the block
     * @param from  where the note starts in the block text (its sentence or label)
     */
    record Note(Block block, int from) {

        int sourceOffset() {
            return block.toSource(from, Math.min(block.text().length(), from + 1)).start();
        }
    }

    /**
     * The first content note in the draft, if any. Statements count near the top (the first
     * {@code withinBlocks} blocks of body text, and every block up to the first sensitive passage)
     * and in italic, bold, quoted or aside blocks; labels count anywhere.
     */
    Optional<Note> find(DocumentContext doc, TopicGate.Result topic) {
        int firstPassageBlock = topic.first().map(p -> p.block().index()).orElse(-1);
        List<ResourceMention> helpLines = ResourceMentions.of(doc);
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
            boolean top = bodyBlocks < withinBlocks || b.index() <= firstPassageBlock;
            boolean noteLike = b.isEmphasized() || b.quoteDepth() > 0 || b.container() != null;
            Optional<Note> n = labelled(v, top || noteLike, helpLines);
            if (n.isEmpty() && (top || noteLike)) {
                n = stated(v);
                // A block set apart (italic, quoted, an aside) is the note from its first word.
                if (n.isPresent() && noteLike) {
                    n = Optional.of(new Note(b, 0));
                }
            }
            if (n.isEmpty() && top && b.container() != null && !v.hits(subjects()).isEmpty()) {
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
        for (PhraseHit h : v.hits(labels())) {
            if (onlyMarksBetween(v.text(), 0, h.start()) && !hasLetterOrDigit(v.text(), h.end(), v.text().length())) {
                return true;
            }
        }
        return false;
    }

    private boolean subjectInFirstSentence(BlockView v) {
        List<PhraseHit> subjects = v.hits(subjects());
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
        for (PhraseHit h : v.hits(labels())) {
            // "# Trigger warnings: do they work?" is a heading about notes; "## CW: suicide" is a note.
            boolean ok = b.isHeading() ? subjectSoonAfter(v, h, helpLines) : followedLikeALabel(v, h);
            if (opensNote(v, h, sentenceStartsToo) && ok) {
                return Optional.of(new Note(b, noteStart(v, h)));
            }
        }
        for (PhraseHit h : v.hits(qualifiedLabels())) {
            if (opensNote(v, h, sentenceStartsToo) && subjectSoonAfter(v, h, helpLines)) {
                return Optional.of(new Note(b, noteStart(v, h)));
            }
        }
        return Optional.empty();
    }

    /** A sentence that warns readers, or says the piece discusses a sensitive subject. */
    private Optional<Note> stated(BlockView v) {
        Block b = v.block();
        List<PhraseHit> warnings = v.hits(statements());
        if (!warnings.isEmpty()) {
            return Optional.of(new Note(b, v.sentenceAt(warnings.get(0).start()).start()));
        }
        List<PhraseHit> pieces = v.hits(pieces());
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        for (Sentence s : v.sentences()) {
            if (within(v, pieces(), s) && within(v, verbs(), s) && within(v, subjects(), s)) {
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
        for (PhraseHit s : v.hitsStartingIn(subjects(), i, i + 1)) {
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
        for (PhraseHit h : v.hitsWithin(subjects(), label.end(), limit)) {
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
