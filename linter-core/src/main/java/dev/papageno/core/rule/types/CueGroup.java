package dev.papageno.core.rule.types;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One named group of cues of a {@code combination} rule ({@link CombinationType}): words and phrases found by the keyword pass,
 * and optionally numbers or a regular expression, with tests that keep only the hits in the intended
 * sense (right after another group's cue, written as a name, with a given part of speech).
 */
final class CueGroup {

    static final KeySpec NUMBERS = KeySpec.optional("numbers", "true or false", "Numbers are cues too: words that"
            + " start with a digit (`30`, `10th`, `500mg`) and number words (`two` to `thousand`, `dozen`).");

    static final KeySpec REGEX = KeySpec.optional("regex", "text", "Cues found by a regular expression (RE2 syntax,"
            + " any case) in the sentence, such as `\\d+\\s*%`.");

    static final KeySpec AFTER = KeySpec.optional("after", "list of texts", "A cue counts only right after a cue of"
            + " one of these groups (at most `within` words between); the finding then covers both (\"30 …"
            + " tablets\").");

    static final KeySpec NEAR = KeySpec.optional("near", "list of texts", "Like `after`, on either side: a cue counts"
            + " only within `within` words of a cue of one of these groups.");

    static final KeySpec WITHIN = KeySpec.optional("within", "number", "Words allowed between a cue and the cue it"
            + " comes `after` or is `near`. Default 3.");

    static final KeySpec NAME = KeySpec.optional("name", "true or false", "A cue counts only as part of a name:"
            + " written with a capital letter, or after a capitalised word (\"Humber Bridge\", \"Leeds station\"); the"
            + " first word of a sentence proves nothing. The finding takes in the capitalised words before it.");

    static final KeySpec POS = KeySpec.optional("pos", "list of texts", "Universal Dependencies tags the cue's first"
            + " word must have. Checked last, and only on sentences where everything else already matches.");

    static final KeySpec SHOWS = KeySpec.optional("shows", "text", "The name the explanation gives these cues"
            + " (default: the group's name). Groups may share one.");

    /** The keys a group may have besides the cue-list keys. */
    static final List<KeySpec> KEYS = List.of(NUMBERS, REGEX, AFTER, NEAR, WITHIN, NAME, POS, SHOWS);

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens");

    /** Words that start a sentence with a capital letter but are not part of a name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "at",
            "in", "on", "from", "to", "by", "near", "my", "his", "her", "their", "our", "its");


    /**
     * A cue found in a sentence.
     *
     * @param group     the group's name
     * @param start     first char (block-text offsets) of the cue's own words
     * @param end       one past the last char
     * @param firstWord index of the first word in the block's words
     * @param lastWord  index of the last word
     * @param from      where the finding starts if it covers this cue: earlier than {@code start} when
     *                  the cue takes in a cue it follows or the words of a name
     */
    record Cue(String group, int start, int end, int firstWord, int lastWord, int from) {

        /** Whether the cues share a word (the words they take in do not count). */
        boolean overlaps(Cue o) {
            return start < o.end && o.start < end;
        }
    }

    final String name;
    final String shows;
    final PhraseSet phrases;
    final boolean numbers;
    final Pattern regex;
    final List<String> after;
    final boolean eitherSide;
    final int within;
    final boolean properName;
    final Set<String> tags;

    private CueGroup(String name, String shows, PhraseSet phrases, boolean numbers, Pattern regex, List<String> after,
            boolean eitherSide, int within, boolean properName, Set<String> tags) {
        this.name = name;
        this.shows = shows;
        this.phrases = phrases;
        this.numbers = numbers;
        this.regex = regex;
        this.after = after;
        this.eitherSide = eitherSide;
        this.within = within;
        this.properName = properName;
        this.tags = tags;
    }

    /** Reads a group: a list of phrases, or a map of cue-list keys and the group keys above. */
    static CueGroup read(String name, YNode node, LoadContext ctx, String ruleId) throws ConfigException {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw node.error("group names are lower-case words with dashes, not \"" + name + "\"");
        }
        if (node.isList() || node.isScalar()) {
            return new CueGroup(name, name, ctx.cues(node, ruleId + " " + name), false, null, List.of(), false, 3,
                    false, null);
        }
        Set<String> allowed = new LinkedHashSet<>();
        LoadContext.CUE_KEYS.forEach(k -> allowed.add(k.key()));
        KEYS.forEach(k -> allowed.add(k.key()));
        node.allowOnly(allowed);
        PhraseSet phrases = null;
        if (LoadContext.hasCues(node)) {
            PhraseSet.Builder b = PhraseSet.builder(ruleId + " " + name);
            ctx.addCues(b, node);
            phrases = b.build();
        }
        boolean numbers = NUMBERS.in(node) && NUMBERS.of(node).asBoolean();
        Pattern regex = REGEX.in(node) ? LoadContext.regex(REGEX.of(node)) : null;
        if (phrases == null && !numbers && regex == null) {
            throw node.error("a group needs phrases, lemmas, lexicons, numbers or regex");
        }
        if (AFTER.in(node) && NEAR.in(node)) {
            throw NEAR.of(node).error("a group has either after or near");
        }
        boolean eitherSide = NEAR.in(node);
        List<String> after = AFTER.in(node) ? AFTER.of(node).asStringList()
                : eitherSide ? NEAR.of(node).asStringList() : List.of();
        int within = WITHIN.in(node) ? WITHIN.of(node).asInt(0, 10) : 3;
        boolean properName = NAME.in(node) && NAME.of(node).asBoolean();
        Set<String> tags = POS.in(node) ? LoadContext.posTags(POS.of(node)) : null;
        String shows = SHOWS.in(node) ? SHOWS.of(node).asText() : name;
        return new CueGroup(name, shows, phrases, numbers, regex, after, eitherSide, within, properName, tags);
    }

    /** Whether the keyword pass alone can find this group's cues. */
    boolean hasPhrases() {
        return phrases != null;
    }

    /**
     * The group's cues in one sentence before the part-of-speech test: phrase hits, numbers and
     * regular-expression matches, outside URLs.
     */
    List<Cue> find(BlockView v, Sentence s) {
        List<Cue> out = new ArrayList<>();
        WordTokens words = v.words();
        if (phrases != null) {
            for (PhraseHit h : v.hitsWithin(phrases, s.start(), s.end())) {
                if (!v.urls().overlap(h.start(), h.end())) {
                    out.add(new Cue(name, h.start(), h.end(), h.firstToken(), h.lastToken(), h.start()));
                }
            }
        }
        if (numbers) {
            for (int i = words.indexAt(s.start()); i < words.size() && words.end(i) <= s.end(); i++) {
                String w = words.word(i);
                if (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w)) {
                    out.add(new Cue(name, words.start(i), words.end(i), i, i, words.start(i)));
                }
            }
        }
        if (regex != null) {
            Matcher m = regex.matcher(v.text().substring(s.start(), s.end()));
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                int first = Math.min(words.indexAt(start), words.size() - 1);
                int last = Math.max(first, words.indexAt(end) - 1);
                out.add(new Cue(name, start, end, first, last, start));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Keeps the cues written as a name, or as part of one ("Humber Bridge", "Leeds station"), and takes
     * in the capitalised words before each. The first word of a sentence proves nothing.
     */
    List<Cue> names(List<Cue> cues, BlockView v, Sentence s) {
        if (!properName) {
            return cues;
        }
        WordTokens words = v.words();
        int firstOfSentence = words.indexAt(s.start());
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            int i = c.firstWord();
            while (i - 1 >= firstOfSentence && words.joinedToNext(i - 1) && capitalised(words, i - 1)) {
                i--;
            }
            boolean named = c.firstWord() > firstOfSentence && Character.isUpperCase(
                    words.original(c.firstWord()).charAt(0));
            boolean namedBefore = i < c.firstWord() && (i > firstOfSentence || c.firstWord() - i > 1);
            if (named || namedBefore) {
                out.add(new Cue(name, c.start(), c.end(), c.firstWord(), c.lastWord(), Math.min(c.from(),
                        words.start(i))));
            }
        }
        return out;
    }

    private static boolean capitalised(WordTokens words, int i) {
        return Character.isUpperCase(words.original(i).charAt(0)) && !NOT_NAMES.contains(words.word(i));
    }

    /**
     * Keeps the cues that come right after a cue of the groups named in {@code after} (or, for
     * {@code near}, close to one on either side), and takes that cue in when it comes first.
     */
    List<Cue> following(List<Cue> cues, List<Cue> targets) {
        if (after.isEmpty()) {
            return cues;
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            Cue best = null;
            boolean near = false;
            for (Cue t : targets) {
                int gap = c.firstWord() - t.lastWord() - 1;
                if (gap >= 0 && gap <= within && (best == null || t.lastWord() > best.lastWord())) {
                    best = t;
                }
                int gapAfter = t.firstWord() - c.lastWord() - 1;
                near |= eitherSide && gapAfter >= 0 && gapAfter <= within;
            }
            if (best != null) {
                out.add(new Cue(name, c.start(), c.end(), c.firstWord(), c.lastWord(), Math.min(c.from(),
                        best.from())));
            } else if (near) {
                out.add(c);
            }
        }
        return out;
    }
}
