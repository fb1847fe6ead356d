package dev.papageno.core.method;

import dev.papageno.core.learn.Cues;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named cues of one sentence for the method model. Cues for method detail come from lexicons
 * (the means, an instrument, a substance, a body site, a wound, a place, an act, a finding, how
 * the means were obtained, ease, a note, steps); an amount is a number just before a unit of dose,
 * a height a number just before a unit of height; an act on oneself is an act word followed by a
 * reflexive ("hanged himself", "cut myself"). Cues against come from lexicons too (warning signs,
 * means safety, help, statistics, accidents, rescues, idioms, jokes, treatment, violence). Then the
 * grammar of the sentence (person, past tense, a question, "if you", quotation) and the pairs of
 * method cues that occur together.
 */
public final class MethodCues {

    private static final Set<String> FIRST = Set.of("i", "me", "my", "myself");
    private static final Set<String> THIRD = Set.of("he", "she", "him", "her", "his", "himself", "herself");
    private static final Set<String> SECOND = Set.of("you", "your", "yourself");
    private static final Set<String> REFLEXIVE = Set.of("myself", "himself", "herself", "themselves", "themself",
            "yourself", "oneself");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "took", "went", "found", "died");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "several", "handful",
            "half");
    private static final int UNIT_WINDOW = 3;
    /** The prefix of a cue that is one word of the sentence. */
    public static final String WORD = "word:";
    /** The cue against method detail whose phrases also cancel the method cues inside them. */
    static final String IDIOM = "idiom";
    private static final Set<String> STOP = Set.of("the", "and", "was", "were", "had", "has", "have", "for", "that",
            "this", "with", "from", "but", "not", "are", "his", "her", "she", "him", "they", "them", "their", "there",
            "then", "than", "which", "who", "what", "when", "where", "would", "could", "should", "been", "being",
            "into", "onto", "out", "about", "after", "before", "its", "it's", "our", "you", "your", "all", "any",
            "one", "two", "said", "also", "very", "just", "some", "more", "most", "only", "over", "such", "can");

    /**
     * A cue word found in the sentence.
     *
     * @param cue   the cue it shows
     * @param start block offset of its first char
     * @param end   block offset after its last char
     */
    public record Hit(String cue, int start, int end) {
    }

    /**
     * The cues of one sentence.
     *
     * @param cues     every cue, for the model
     * @param evidence the cue words for method detail, in text order
     */
    public record Reading(Cues cues, List<Hit> evidence) {

        /** Whether some cue for method detail occurs: only such sentences are scored. */
        public boolean candidate() {
            return !evidence.isEmpty();
        }

        /** The words that show one cue, as the sentence has them. */
        public List<String> words(String cue, String blockText) {
            List<String> out = new ArrayList<>();
            for (Hit h : evidence) {
                if (h.cue().equals(cue)) {
                    String w = blockText.substring(h.start(), h.end()).replaceAll("\\s+", " ");
                    if (!out.contains(w)) {
                        out.add(w);
                    }
                }
            }
            return out;
        }
    }

    private final Map<String, List<PhraseSet>> method;
    private final Map<String, List<PhraseSet>> against;
    private final List<PhraseSet> doseUnits;
    private final List<PhraseSet> heightUnits;
    private final List<PhraseSet> acts;
    private final Map<String, List<PhraseSet>> named;
    private final boolean words;

    /**
     * @param method      cues for method detail, by name, with the words that show them
     * @param against     cues against it
     * @param doseUnits   units of a dose ("tablets", "mg", "bottle"): a number before one is an amount
     * @param heightUnits units of height ("feet", "metres", "floor"): a number before one is a height
     * @param acts        act words ("hanged", "cut", "shot"): with a reflexive after them, an act on oneself
     * @param named       cues that count only as the end of a name ("Bridge" in "Humber Bridge")
     * @param words       whether each word of the sentence is a cue of its own ({@code word:thigh})
     */
    public MethodCues(Map<String, List<PhraseSet>> method, Map<String, List<PhraseSet>> against,
            List<PhraseSet> doseUnits, List<PhraseSet> heightUnits, List<PhraseSet> acts,
            Map<String, List<PhraseSet>> named, boolean words) {
        this.method = new LinkedHashMap<>(method);
        this.against = new LinkedHashMap<>(against);
        this.doseUnits = List.copyOf(doseUnits);
        this.heightUnits = List.copyOf(heightUnits);
        this.acts = List.copyOf(acts);
        this.named = new LinkedHashMap<>(named);
        this.words = words;
    }

    /** The names of the cues for method detail ("means", "instrument", ...), with the named-place and amount cues. */
    public List<String> cueNames() {
        List<String> out = new ArrayList<>(method.keySet());
        out.addAll(named.keySet());
        out.addAll(List.of("amount", "height", "act-on-oneself"));
        return out;
    }

    /** The names of the cues against it ("warning-signs", "means-safety", ...). */
    public List<String> againstNames() {
        return new ArrayList<>(against.keySet());
    }

        /** Every phrase set the cues look for, for the shared phrase index. */
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>();
        method.values().forEach(out::addAll);
        against.values().forEach(out::addAll);
        out.addAll(doseUnits);
        out.addAll(heightUnits);
        out.addAll(acts);
        named.values().forEach(out::addAll);
        return out;
    }

    /** Reads one sentence of a block. */
    public Reading read(BlockView v, Sentence s) {
        Cues c = new Cues();
        List<Hit> evidence = new ArrayList<>();
        List<PhraseHit> idioms = new ArrayList<>();
        for (PhraseSet set : against.getOrDefault(IDIOM, List.of())) {
            idioms.addAll(v.hitsStartingIn(set, s.start(), s.end()));
        }
        for (Map.Entry<String, List<PhraseSet>> e : method.entrySet()) {
            for (PhraseSet set : e.getValue()) {
                for (PhraseHit h : v.hitsStartingIn(set, s.start(), s.end())) {
                    // A method word inside an idiom ("hang out", "bridge the gap") is no cue.
                    if (idioms.stream().anyMatch(i -> i.start() <= h.start() && h.end() <= i.end())) {
                        continue;
                    }
                    evidence.add(new Hit(e.getKey(), h.start(), h.end()));
                    c.add(e.getKey());
                }
            }
        }
        for (Map.Entry<String, List<PhraseSet>> e : named.entrySet()) {
            for (PhraseSet set : e.getValue()) {
                for (PhraseHit h : v.hitsStartingIn(set, s.start(), s.end())) {
                    int start = nameStart(v, h, s);
                    if (start < h.start()) {
                        evidence.add(new Hit(e.getKey(), start, h.end()));
                        c.add(e.getKey());
                    }
                }
            }
        }
        for (Map.Entry<String, List<PhraseSet>> e : against.entrySet()) {
            for (PhraseSet set : e.getValue()) {
                if (!v.hitsStartingIn(set, s.start(), s.end()).isEmpty()) {
                    c.add("against:" + e.getKey());
                    break;
                }
            }
        }
        WordTokens w = v.words();
        int from = Math.max(0, w.indexAt(s.start()));
        boolean past = false;
        for (int i = from; i < w.size() && w.start(i) < s.end(); i++) {
            if (w.end(i) <= s.start()) {
                continue;
            }
            String word = w.word(i);
            if (FIRST.contains(word)) {
                c.add("first-person");
            } else if (THIRD.contains(word)) {
                c.add("third-person");
            } else if (SECOND.contains(word)) {
                c.add("second-person");
            }
            if (PAST.contains(word) || (word.length() > 4 && word.endsWith("ed"))) {
                past = true;
            }
            boolean number = Character.isDigit(w.original(i).charAt(0)) || NUMBER_WORDS.contains(word);
            int at = w.start(i);
            if (number) {
                c.add("number");
                unitAfter(v, i, doseUnits).ifPresent(end -> {
                    evidence.add(new Hit("amount", at, end));
                    c.add("amount");
                });
                unitAfter(v, i, heightUnits).ifPresent(end -> {
                    evidence.add(new Hit("height", at, end));
                    c.add("height");
                });
            }
            if (words && word.length() >= 3 && Character.isLetter(word.charAt(0)) && !STOP.contains(word)) {
                c.add(WORD + word);
            }
            if (REFLEXIVE.contains(word) && actBefore(v, i, s)) {
                evidence.add(new Hit("act-on-oneself", w.start(i), w.end(i)));
                c.add("act-on-oneself");
            }
        }
        if (past) {
            c.add("past");
        }
        String text = v.text().substring(s.start(), s.end());
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.strip().endsWith("?")) {
            c.add("question");
        }
        if (lower.startsWith("if you") || lower.contains(" if you ")) {
            c.add("if-you");
        }
        if (v.block().quoteDepth() > 0 || v.quotations().around(s.start(), s.end()).isPresent()) {
            c.add("quoted");
        }
        if (v.block().isHeading()) {
            c.add("heading");
        }
        evidence.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new Reading(c, List.copyOf(evidence));
    }

    /**
     * Where the name that a place word ends begins: the run of capitalised words just before it
     * ("Clifton Suspension Bridge"), not counting the sentence's first word; the hit's own start when
     * there is none.
     */
    private static int nameStart(BlockView v, PhraseHit h, Sentence s) {
        WordTokens w = v.words();
        if (!Character.isUpperCase(v.text().charAt(h.start()))) {
            return h.start();
        }
        int start = h.start();
        for (int i = h.firstToken() - 1; i >= 0 && w.start(i) > s.start(); i--) {
            if (!Character.isUpperCase(w.original(i).charAt(0))) {
                break;
            }
            start = w.start(i);
        }
        return start;
    }

    /** The end of a unit word that starts within a few words after token {@code i}. */
    private static java.util.Optional<Integer> unitAfter(BlockView v, int i, List<PhraseSet> units) {
        WordTokens w = v.words();
        int last = Math.min(w.size() - 1, i + UNIT_WINDOW);
        if (last <= i) {
            return java.util.Optional.empty();
        }
        for (PhraseSet set : units) {
            for (PhraseHit h : v.hitsStartingIn(set, w.start(i + 1), w.end(last))) {
                return java.util.Optional.of(h.end());
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether an act word ends within two words before token {@code i}, in the same sentence. */
    private boolean actBefore(BlockView v, int i, Sentence s) {
        WordTokens w = v.words();
        int from = Math.max(s.start(), w.start(Math.max(0, i - 3)));
        for (PhraseSet set : acts) {
            for (PhraseHit h : v.hitsStartingIn(set, from, w.start(i))) {
                if (h.end() <= w.start(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the pairs of method cues that occur together ("instrument+body"), and the draft's cues. */
    public static void addPairs(Cues c, List<String> paired) {
        List<String> present = new ArrayList<>();
        for (String p : paired) {
            if (c.has(p)) {
                present.add(p);
            }
        }
        for (int i = 0; i < present.size(); i++) {
            for (int j = i + 1; j < present.size(); j++) {
                c.add(present.get(i) + "+" + present.get(j));
            }
        }
    }
}
