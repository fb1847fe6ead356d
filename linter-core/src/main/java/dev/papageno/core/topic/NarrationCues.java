package dev.papageno.core.topic;

import dev.papageno.core.document.BlockKind;
import dev.papageno.core.learn.Cues;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.rule.BlockView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cues that tell narration from discussion in a sentence: who it is about (first person, third
 * person, a named or described person, generic people), when (past tense, dates, "ago"), what
 * (deaths, findings, feelings) and what kind of text it sounds like (statistics, research, advice to
 * the reader, definitions, a list). The cue names are the features of the narration model.
 */
final class NarrationCues {

    private static final Set<String> FIRST = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours");
    private static final Set<String> AUTHORS = Set.of("we", "us", "our", "ours");
    private static final Set<String> THIRD = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "died", "took", "went", "found",
            "told", "said", "felt", "thought", "knew", "came", "left", "got", "began", "became", "saw", "tried", "been",
            "lost", "spent", "kept", "wrote");
    private static final Set<String> PRESENT = Set.of("is", "are", "can", "may", "might", "does", "do", "has",
            "have", "should", "must", "often", "include", "includes");

    private static final List<String> WHO = List.of("first-person", "second-person", "third-person", "name", "person",
            "generic");
    private static final List<String> WHAT = List.of("past", "present", "event", "death", "feeling", "time", "field",
            "research", "advice", "definition");

    private NarrationCues() {
    }

    /**
     * The cues of one sentence of a block; {@code lexicons} maps a cue name to the words that show it,
     * {@code helpLine} says that the sentence gives a help line.
     */
    static Cues of(BlockView v, Sentence s, Map<String, PhraseSet> lexicons, boolean helpLine) {
        Cues c = new Cues();
        if (helpLine) {
            c.add("help-line");
        }
        WordTokens w = v.words();
        int first = w.indexAt(s.start());
        int n = 0;
        int past = 0;
        int present = 0;
        boolean lead = true;
        boolean research = lexicons.containsKey("research")
                && !v.hitsStartingIn(lexicons.get("research"), s.start(), s.end()).isEmpty();
        int previousEnd = -1;
        for (int i = Math.max(0, first); i < w.size() && w.start(i) < s.end(); i++) {
            if (w.end(i) <= s.start()) {
                continue;
            }
            // A word after a colon opens a clause ("Context: Suicide is..."), so its capital is no name.
            lead |= previousEnd >= 0 && v.text().substring(previousEnd, w.start(i)).indexOf(':') >= 0;
            previousEnd = w.end(i);
            n++;
            String word = w.word(i);
            String original = w.original(i);
            if (FIRST.contains(word) && !(research && AUTHORS.contains(word))) {
                // "We aimed to describe...": in a sentence of research, "we" is the authors' voice.
                c.add("first-person");
            } else if (THIRD.contains(word)) {
                c.add("third-person");
            } else if (SECOND.contains(word)) {
                c.add("second-person");
            }
            if (PAST.contains(word) || (word.length() > 4 && word.endsWith("ed"))) {
                past++;
            } else if (PRESENT.contains(word)) {
                present++;
            }
            if (Character.isDigit(original.charAt(0))) {
                if (original.length() == 4 && (original.startsWith("19") || original.startsWith("20"))) {
                    c.add("year");
                } else {
                    c.add("number");
                }
            }
            if (!lead && Character.isUpperCase(original.charAt(0)) && original.length() > 1
                    && !original.equals("I") && !isAllCaps(original)) {
                c.add("name");
            }
            lead = false;
        }
        if (past > 0) {
            c.add("past");
        }
        if (present > past) {
            c.add("present");
        }
        String text = v.text().substring(s.start(), s.end());
        if (text.indexOf('%') >= 0) {
            c.add("percent");
        }
        if (text.strip().endsWith("?")) {
            c.add("question");
        }
        if (v.block().kind() == BlockKind.LIST_ITEM) {
            c.add("list-item");
        }
        if (v.block().quoteDepth() > 0 || v.quotations().around(s.start(), s.end()).isPresent()) {
            c.add("quoted");
        }
        if (n <= 6) {
            c.add("short");
        }
        for (Map.Entry<String, PhraseSet> e : lexicons.entrySet()) {
            if (!v.hitsStartingIn(e.getValue(), s.start(), s.end()).isEmpty()) {
                c.add(e.getKey());
            }
        }
        addPairs(c);
        return c;
    }

    /** Who the sentence is about, paired with what it says of them: "third-person+event", "generic+present". */
    private static void addPairs(Cues c) {
        List<String> who = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (String w : WHO) {
            if (c.has(w)) {
                who.add(w);
            }
        }
        for (String w : WHAT) {
            if (c.has(w)) {
                what.add(w);
            }
        }
        for (String a : who) {
            for (String b : what) {
                c.add(a + "+" + b);
            }
        }
    }

    private static boolean isAllCaps(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
