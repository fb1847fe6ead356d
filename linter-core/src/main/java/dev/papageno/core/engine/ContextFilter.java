package dev.papageno.core.engine;

import dev.papageno.core.document.Block;
import dev.papageno.core.document.BlockKind;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.nlp.Words;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.source.TextRange;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * The context the engine reads around a match: whether a term is being talked about rather than
 * used, whether it is quoted, whether the writer speaks of themselves.
 */
final class ContextFilter {

    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "myself", "me", "im");
    private static final int MENTION_MAX_GAP_WORDS = 3;

    /** Earlier items of a list of terms, each closed by a comma, "and" or "or" ("cutting and ", "cutting, "). */
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "(?:\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s*(?:,|\\band\\b|\\bor\\b))+\\s*");

    private static final int MAX_LINK_WORDS = 6;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "and", "in", "on", "to",
            "at", "by", "with", "or");
    /** Words that may stand between a first-person pronoun and the words it claims. */
    private static final Set<String> LINK_WORDS = Set.of("am", "'m", "was", "were", "be", "been", "being", "have",
            "'ve", "has", "had", "used", "to", "still", "also", "just", "once", "always", "really", "a", "an",
            "called", "call", "calls", "calling", "labelled", "labeled", "named", "considered", "consider",
            "myself", "self-confessed", "former", "ex", "recovering", "proud", "kind", "of", "sort", "bit",
            "little", "total", "wasn't", "not", "never", "ever", "now", "no", "longer", "as",
            "describe", "described", "identify", "identified", "see", "saw", "think", "thought", "felt", "feel",
            "like", "diagnosed", "with", "living", "live", "lived", "suffered", "suffering", "suffer", "suffers",
            "from", "struggle", "struggled", "struggling");

    private static final int CLAIM_MAX_GAP_WORDS = 4;

    /** Verbs by which a writer reports what someone else called, thought or said of someone. */
    private static final Set<String> REPORTING_VERBS = Set.of("call", "calls", "called", "calling", "label", "labels",
            "labelled", "labeled", "labelling", "labeling", "brand", "branded", "dub", "dubbed", "nicknamed", "named",
            "accuse", "accused", "accusing", "dismiss", "dismissed", "dismissing", "think", "thinks", "thought",
            "assume", "assumed", "assumes", "say", "says", "said", "saying", "tell", "tells", "told", "telling",
            "mutter", "muttered", "whisper", "whispered", "joked", "yelled", "shouted", "screamed", "insisted",
            "claimed", "believed", "believe", "believes", "considered", "regarded", "treated", "viewed", "seen",
            "saw", "deemed", "written", "wrote", "implied", "suggested", "heard", "hissed", "sneered", "reckoned");
    /** Words after which a reporting verb is the writer's own ("I called him ...", "we thought ..."). */
    private static final Set<String> OWN_SUBJECTS = Set.of("i", "we", "i'd", "we'd");
    /** Words that start another clause, so a reporting verb before them does not reach the match. */
    private static final Set<String> CLAUSE_STARTS = Set.of("but", "because", "although", "though", "while", "since",
            "until", "if", "unless", "whereas", "yet", "so");
    private static final int REPORT_MAX_GAP_WORDS = 7;

    private final Optional<Lexicon> mentionBefore;
    private final Optional<Lexicon> mentionAfter;
    private final Optional<Lexicon> mentionClaim;

    ContextFilter(Optional<Lexicon> mentionBefore, Optional<Lexicon> mentionAfter, Optional<Lexicon> mentionClaim) {
        this.mentionBefore = mentionBefore;
        this.mentionAfter = mentionAfter;
        this.mentionClaim = mentionClaim;
    }

    /**
     * Whether the match is part of a title or name in Title Case: every word of it capitalised
     * (small words such as "of" and "the" aside), and either two or more such words or a
     * capitalised word right next to it ("Lunatic Asylum", "the Mentally Ill", "Suicide Squad").
     * Words in capitals throughout shout or are acronyms: "I COULD KILL MYSELF" and "SO OCD" are
     * not titles.
     */
    boolean inTitle(DocumentContext ctx, RuleMatch m) {
        BlockView v = ctx.view(m.block());
        WordTokens words = v.words();
        if (headline(words, v.sentenceAt(m.from()))) {
            return false;
        }
        int first = words.indexAt(m.from());
        int capitals = 0;
        int shouting = 0;
        int i = first;
        for (; i < words.size() && words.start(i) < m.to(); i++) {
            String w = words.original(i);
            if (SMALL_WORDS.contains(words.word(i))) {
                continue;
            }
            if (shouted(w)) {
                shouting++;
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            capitals++;
        }
        if (capitals == 0 && shouting == 0) {
            return false;
        }
        if (capitals >= 2) {
            return true;
        }
        boolean after = i < words.size() && words.joinedToNext(i - 1) && titleCase(words.original(i));
        Sentence s = v.sentenceAt(m.from());
        boolean before = first > 0 && words.start(first - 1) > s.start() && words.joinedToNext(first - 1)
                && titleCase(words.original(first - 1));
        return after || before;
    }

    /**
     * Whether a word is written in capitals throughout ("OCD", "KILL", "I"): capitals that shout or
     * spell an acronym say nothing about a title, which is written in Title Case.
     */
    private static boolean shouted(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    /** Whether a word is in Title Case: a capital first, and small letters after it ("Asylum", not "SO"). */
    private static boolean titleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) && !shouted(word);
    }

    /** The fewest words of a sentence in headline style: "Suicide Squad" alone is a name, not a headline. */
    private static final int HEADLINE_MIN_WORDS = 3;

    /**
     * Whether a sentence is written as a headline: in capitals throughout, or with every word of
     * three or more words capitalised (small words aside). There capitals say nothing about names,
     * so words in Title Case are not taken for a title: "Local Man Committed Suicide After Losing
     * His Job" is a finding, as news guidance is most of all about headlines.
     */
    static boolean headline(WordTokens words, Sentence s) {
        int count = 0;
        boolean allCaps = true;
        boolean allCapitalised = true;
        for (int i = words.indexAt(s.start()); i < words.size() && words.start(i) < s.end(); i++) {
            String w = words.original(i);
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            count++;
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                allCaps = false;
            }
            if (!SMALL_WORDS.contains(words.word(i)) && !Character.isUpperCase(w.charAt(0))) {
                allCapitalised = false;
            }
        }
        return count >= HEADLINE_MIN_WORDS && (allCaps || allCapitalised);
    }

    /** Whether the match sits in quotation marks or a blockquote. */
    boolean quoted(DocumentContext ctx, RuleMatch m) {
        return m.block().quoteDepth() > 0 || ctx.view(m.block()).quotations().around(m.from(), m.to()).isPresent();
    }

    /**
     * Mention, not use: a cue such as "the phrase" or "avoid saying" shortly before the match (and
     * before its opening quotation mark when it is quoted); a quoted term followed by a cue such
     * as "is outdated"; a claim being discussed ("the idea that it's just a trend"); or a table
     * cell under a column headed "Instead of" or "Avoid".
     */
    boolean mention(DocumentContext ctx, RuleMatch m) {
        Block block = m.block();
        if (block.columnHeader() != null && avoidHeader(block.columnHeader())) {
            return true;
        }
        if (block.kind() == BlockKind.LIST_ITEM && listsOfTermsToAvoid(ctx).get(block.index())) {
            return true;
        }
        BlockView v = ctx.view(block);
        Sentence s = v.sentenceAt(m.from());
        WordTokens words = v.words();
        if (mentionClaim.isPresent()) {
            int at = words.indexAt(m.from());
            for (PhraseHit h : v.hitsStartingIn(mentionClaim.get().phrases(), s.start(), m.from())) {
                if (h.start() >= s.start() && h.end() <= m.from() && at - h.lastToken() - 1 <= CLAIM_MAX_GAP_WORDS
                        && noBreak(block.text(), h.end(), m.from(), CLAIM_BREAKS)) {
                    return true;
                }
            }
        }
        int quote = v.quotations().around(m.from(), m.to()).map(TextRange::start).orElse(-1);
        int anchor = quote >= 0 ? quote - 1 : m.from();
        if (mentionBefore.isPresent()) {
            for (PhraseHit h : v.hitsStartingIn(mentionBefore.get().phrases(), s.start(), anchor + 1)) {
                if (h.start() < s.start() || h.end() > anchor + 1) {
                    continue;
                }
                int gapWords = words.indexAt(anchor) - h.lastToken() - 1;
                if (quote < 0) {
                    gapWords = words.indexAt(m.from()) - h.lastToken() - 1;
                }
                if (gapWords >= 0 && gapWords <= (quote >= 0 ? MENTION_MAX_GAP_WORDS : 0)) {
                    return true;
                }
                // "terms such as cutting and self-mutilation": a later item of the list is talked about too.
                if (quote < 0 && gapWords > 0 && gapWords <= MENTION_MAX_GAP_WORDS
                        && LIST_BEFORE.matcher(block.text().substring(h.end(), m.from())).matches()) {
                    return true;
                }
            }
        }
        if (mentionAfter.isPresent() && quote >= 0) {
            int close = closingQuote(block.text(), m.to());
            for (PhraseHit h : v.hitsStartingIn(mentionAfter.get().phrases(), close + 1, s.end())) {
                if (close >= 0 && h.start() > close && h.end() <= s.end()
                        && words.indexAt(h.start()) - words.indexAt(close) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most words a lead-in line of a list of terms has ("Words and phrases to avoid in your copy:"). */
    private static final int LEAD_IN_MAX_WORDS = 12;

    /** The memo key of {@link #listsOfTermsToAvoid}. */
    private static final Object AVOID_LISTS = new Object();

    /**
     * The list items of a document that belong to a list introduced as words to avoid: the heading
     * or the short line ending in a colon right before the list says so ("Words to avoid:", "## Don't
     * say"). Worked out once per document, in one pass over its blocks.
     */
    private static BitSet listsOfTermsToAvoid(DocumentContext ctx) {
        return ctx.memo(AVOID_LISTS, () -> {
            List<Block> blocks = ctx.blocks();
            BitSet out = new BitSet(blocks.size());
            boolean underLeadIn = false;
            for (Block b : blocks) {
                if (b.kind() == BlockKind.LIST_ITEM) {
                    out.set(b.index(), underLeadIn);
                } else {
                    underLeadIn = avoidLeadIn(b);
                }
            }
            return out;
        });
    }

    /** Whether a block is a heading or short line ending in a colon that says the list after it holds words not to use. */
    private static boolean avoidLeadIn(Block lead) {
        String text = lead.text().strip();
        boolean leadIn = lead.isHeading() || (lead.kind() == BlockKind.PARAGRAPH && text.endsWith(":"));
        return leadIn && text.split("\\s+").length <= LEAD_IN_MAX_WORDS && saysAvoid(text);
    }

    /** Whether a lead-in line says what follows are words not to use. */
    private static boolean saysAvoid(String text) {
        String h = Words.normalize(text).strip();
        return h.contains("avoid") || h.contains("instead of") || h.contains("don't say") || h.contains("do not say")
                || h.contains("don't use") || h.contains("do not use") || h.contains("never say")
                || h.contains("never use") || h.contains("outdated") || h.contains("unhelpful")
                || h.contains("stigmatising") || h.contains("stigmatizing") || h.contains("inconsiderate")
                || h.contains("not okay") || h.contains("not ok");
    }

    /** A column header that says its cells are words to avoid ("Instead of", "Avoid", "Don't say", "Outdated"). */
    static boolean avoidHeader(String header) {
        String h = Words.normalize(header).strip();
        return h.contains("instead") || h.contains("avoid") || h.startsWith("don't") || h.startsWith("do not")
                || h.startsWith("not ") || h.equals("not") || h.startsWith("never") || h.startsWith("outdated")
                || h.startsWith("old ") || h.startsWith("problematic") || h.startsWith("stigmati")
                || h.startsWith("rather than") || h.startsWith("unhelpful") || h.startsWith("harmful")
                || h.startsWith("wrong") || h.startsWith("before");
    }

    /** Marks that end a claim's clause. */
    private static final String CLAIM_BREAKS = ",;:()";
    /** Marks that end a reported clause; a list of labels after the verb may have commas and a colon. */
    private static final String REPORT_BREAKS = ";()\u2014";

    /** Whether {@code text} has none of {@code breaks} between {@code from} and {@code to}. */
    private static boolean noBreak(String text, int from, int to, String breaks) {
        for (int i = from; i < to; i++) {
            if (breaks.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + 200); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == '»') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The reporting verb by which the writer gives the words as someone else's, if any: a verb such
     * as "called", "labelled", "thought" or "told" shortly before the match in its sentence, in the
     * same clause, whose subject is not the writer ("they called him a cutter", "I was labelled
     * selfish, a liar", "people thought I was doing it for attention"; not "I called him a cutter").
     */
    Optional<String> reportedBy(DocumentContext ctx, RuleMatch m) {
        BlockView v = ctx.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        WordTokens words = v.words();
        int first = words.indexAt(s.start());
        int at = words.indexAt(m.from());
        for (int i = at - 1, gap = 0; i >= first && i >= 0 && gap <= REPORT_MAX_GAP_WORDS; i--, gap++) {
            if (words.start(i) < s.start()) {
                break;
            }
            String w = words.word(i);
            if (CLAUSE_STARTS.contains(w) || !noBreak(m.block().text(), words.end(i), m.from(), REPORT_BREAKS)) {
                return Optional.empty();
            }
            if (REPORTING_VERBS.contains(w)) {
                boolean own = i - 1 >= first && words.start(i - 1) >= s.start() && OWN_SUBJECTS.contains(words.word(i - 1));
                return own ? Optional.empty() : Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** How a sentence that answers a question "no" begins ("No.", "Of course not", "Absolutely not"). */
    private static final Pattern ANSWERED_NO = Pattern.compile("^[\\s*_\"“]*((?:no(?!\\s+(?:one|longer|matter|doubt)\\b)"
            + "|nope|not at all|not really|of course not|absolutely not|definitely not|certainly not)\\b[^\\p{L}]*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The answer, when the match is in a question that the next sentence of its paragraph answers
     * "no" ("Is self-harm just attention seeking? No. It is a way of coping."): the writer raises
     * the words in order to reject them.
     */
    Optional<String> answeredNo(DocumentContext ctx, RuleMatch m) {
        BlockView v = ctx.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        String text = m.block().text();
        String sentence = text.substring(s.start(), s.end()).strip();
        if (!sentence.endsWith("?")) {
            return Optional.empty();
        }
        List<Sentence> all = v.sentences();
        int next = s.index() + 1;
        if (next >= all.size()) {
            return Optional.empty();
        }
        Sentence n = all.get(next);
        var answer = ANSWERED_NO.matcher(text.substring(n.start(), n.end()));
        return answer.find() ? Optional.of(answer.group(1).strip()) : Optional.empty();
    }

    /**
     * Whether the writer applies the words to themselves: a first-person pronoun linked to the match
     * only by words such as "was a", "am", "used to be", "called me a" ("I was a cutter", "they
     * called me a cutter", "I have suffered from"). A first-person pronoun elsewhere in the
     * sentence ("I think there are three cutters in her class") does not make it a self-label.
     */
    boolean firstPerson(DocumentContext ctx, RuleMatch m) {
        BlockView v = ctx.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        WordTokens words = v.words();
        int first = words.indexAt(s.start());
        int next = words.indexAt(m.to());
        if (next < words.size() && words.start(next) < s.end() && words.word(next).equals("myself")) {
            return true;
        }
        int steps = 0;
        for (int i = words.indexAt(m.from()) - 1; i >= first && i >= 0 && steps <= MAX_LINK_WORDS; i--, steps++) {
            String w = words.word(i);
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
            if (!LINK_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
