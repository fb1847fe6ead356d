package dev.papageno.core.nlp;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * English inflection for rule words. Rules name lemmas ("commit suicide"); when rules load, each
 * lemma is expanded to the forms it takes in text (commits, committed, committing), so matching
 * never needs the slow statistical lemmatizer. Over-generation is harmless: a form that English
 * never uses simply never matches.
 */
public final class Inflector {

    /** The verb forms a suggestion can follow. */
    public enum Form {
        BASE,
        THIRD_PERSON,
        PAST,
        PARTICIPLE,
        GERUND
    }

    /** base, past, participle. */
    private static final String[][] IRREGULAR = {
        {"be", "was", "been"}, {"have", "had", "had"}, {"do", "did", "done"}, {"go", "went", "gone"},
        {"take", "took", "taken"}, {"make", "made", "made"}, {"feel", "felt", "felt"}, {"cut", "cut", "cut"},
        {"hang", "hung", "hung"}, {"shoot", "shot", "shot"}, {"burn", "burnt", "burnt"}, {"fall", "fell", "fallen"},
        {"choose", "chose", "chosen"}, {"leave", "left", "left"}, {"give", "gave", "given"}, {"get", "got", "gotten"},
        {"tell", "told", "told"}, {"say", "said", "said"}, {"find", "found", "found"}, {"think", "thought", "thought"},
        {"bring", "brought", "brought"}, {"buy", "bought", "bought"}, {"steal", "stole", "stolen"},
        {"write", "wrote", "written"}, {"drive", "drove", "driven"}, {"run", "ran", "run"}, {"slit", "slit", "slit"},
        {"bleed", "bled", "bled"}, {"break", "broke", "broken"}, {"hurt", "hurt", "hurt"}, {"hit", "hit", "hit"},
        {"keep", "kept", "kept"}, {"lose", "lost", "lost"}, {"mean", "meant", "meant"}, {"put", "put", "put"},
        {"read", "read", "read"}, {"see", "saw", "seen"}, {"seek", "sought", "sought"}, {"sell", "sold", "sold"},
        {"send", "sent", "sent"}, {"set", "set", "set"}, {"sleep", "slept", "slept"}, {"speak", "spoke", "spoken"},
        {"spend", "spent", "spent"}, {"stand", "stood", "stood"}, {"teach", "taught", "taught"},
        {"understand", "understood", "understood"}, {"wake", "woke", "woken"}, {"wear", "wore", "worn"},
        {"win", "won", "won"}, {"become", "became", "become"}, {"begin", "began", "begun"}, {"know", "knew", "known"},
        {"grow", "grew", "grown"}, {"throw", "threw", "thrown"}, {"fly", "flew", "flown"}, {"eat", "ate", "eaten"},
        {"drink", "drank", "drunk"}, {"hide", "hid", "hidden"}, {"freeze", "froze", "frozen"}, {"swim", "swam", "swum"},
        {"sink", "sank", "sunk"}, {"rise", "rose", "risen"}, {"die", "died", "died"}, {"lie", "lay", "lain"},
        {"tie", "tied", "tied"}, {"stab", "stabbed", "stabbed"}, {"strike", "struck", "struck"},
        {"swallow", "swallowed", "swallowed"}, {"forget", "forgot", "forgotten"}, {"hold", "held", "held"},
        {"lead", "led", "led"}, {"let", "let", "let"}, {"meet", "met", "met"}, {"pay", "paid", "paid"},
        {"ride", "rode", "ridden"}, {"shake", "shook", "shaken"}, {"sit", "sat", "sat"}, {"slide", "slid", "slid"},
        {"spit", "spat", "spat"}, {"split", "split", "split"}, {"spread", "spread", "spread"},
        {"stick", "stuck", "stuck"}, {"sting", "stung", "stung"}, {"swear", "swore", "sworn"},
        {"tear", "tore", "torn"}, {"bite", "bit", "bitten"}, {"blow", "blew", "blown"}, {"dig", "dug", "dug"},
        {"draw", "drew", "drawn"}, {"fight", "fought", "fought"}, {"hear", "heard", "heard"}, {"lay", "laid", "laid"},
        {"light", "lit", "lit"}, {"overdo", "overdid", "overdone"}, {"undergo", "underwent", "undergone"},
        {"withdraw", "withdrew", "withdrawn"}, {"catch", "caught", "caught"}, {"build", "built", "built"},
        {"deal", "dealt", "dealt"}, {"feed", "fed", "fed"}, {"flee", "fled", "fled"}, {"shut", "shut", "shut"},
    };

    private static final Map<String, String[]> IRREGULAR_BY_BASE = new HashMap<>();
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("man", "men", "woman", "women", "child",
            "children", "person", "people", "tooth", "teeth", "foot", "feet", "mouse", "mice");
    private static final Set<String> UNINFLECTED = Set.of("a", "an", "the", "of", "by", "to", "in", "on", "at",
            "for", "from", "with", "and", "or", "but", "not", "no", "so", "as", "than", "very", "too", "own", "my",
            "his", "her", "their", "our", "your", "its", "this", "that", "these", "those", "i", "you", "he", "she",
            "it", "we", "they", "me", "him", "us", "them", "is", "are", "am", "was", "were", "been", "being",
            "if", "about", "into", "onto", "over", "under", "up", "down", "out", "off", "bit", "just", "really",
            "all", "any", "some", "more", "most", "less", "least", "one", "ill", "self", "such", "like", "after",
            "before", "because", "while", "when", "then", "there", "here", "what", "who", "which", "why", "how");

    static {
        for (String[] v : IRREGULAR) {
            IRREGULAR_BY_BASE.put(v[0], v);
        }
    }

    private Inflector() {
    }

    /** Every form a lemma may take: itself, plural or third person, past, participle, gerund. */
    public static Set<String> forms(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        if (UNINFLECTED.contains(lemma) || lemma.length() < 2 || !lemma.chars().allMatch(Character::isLetter)) {
            return out;
        }
        if (lemma.equals("be")) {
            out.addAll(Set.of("is", "are", "am", "was", "were", "been", "being", "'s", "'re"));
            return out;
        }
        if (lemma.equals("have")) {
            out.addAll(Set.of("has", "had", "having", "'ve", "'d"));
            return out;
        }
        for (Form f : Form.values()) {
            out.add(inflect(lemma, f));
        }
        // Nouns: knife/knives, shelf/shelves, and a few irregular plurals.
        if (lemma.endsWith("fe")) {
            out.add(lemma.substring(0, lemma.length() - 2) + "ves");
        } else if (lemma.endsWith("f")) {
            out.add(lemma.substring(0, lemma.length() - 1) + "ves");
        }
        String plural = IRREGULAR_PLURALS.get(lemma);
        if (plural != null) {
            out.add(plural);
        }
        String[] irregular = IRREGULAR_BY_BASE.get(lemma);
        if (irregular != null) {
            // "hanged" and "burned" are regular too; keep both.
            out.add(regularPast(lemma, true));
            out.add(regularPast(lemma, false));
        } else {
            // Doubling depends on stress, which spelling does not show: accept both.
            out.add(regularPast(lemma, false));
            out.add(regularGerund(lemma, false));
        }
        return out;
    }

    /** The form of a verb lemma. */
    public static String inflect(String lemma, Form form) {
        String[] irregular = IRREGULAR_BY_BASE.get(lemma);
        return switch (form) {
            case BASE -> lemma;
            case THIRD_PERSON -> lemma.equals("be") ? "is" : lemma.equals("have") ? "has" : plural(lemma);
            case PAST -> irregular != null ? irregular[1] : regularPast(lemma, true);
            case PARTICIPLE -> irregular != null ? irregular[2] : regularPast(lemma, true);
            case GERUND -> regularGerund(lemma, true);
        };
    }

    /**
     * Which form {@code surface} is of {@code lemma}; {@code afterAuxiliary} says that "has", "had",
     * "was" or "been" came just before, which makes an "-ed" form a participle.
     */
    public static Form formOf(String lemma, String surface, boolean afterAuxiliary) {
        String s = surface.toLowerCase(java.util.Locale.ROOT);
        if (s.equals(lemma)) {
            return Form.BASE;
        }
        if (s.endsWith("ing")) {
            return Form.GERUND;
        }
        String[] irregular = IRREGULAR_BY_BASE.get(lemma);
        if (irregular != null) {
            if (s.equals(irregular[2]) && (afterAuxiliary || !s.equals(irregular[1]))) {
                return Form.PARTICIPLE;
            }
            if (s.equals(irregular[1])) {
                return Form.PAST;
            }
        }
        if (s.endsWith("ed") || s.endsWith("t")) {
            return afterAuxiliary ? Form.PARTICIPLE : Form.PAST;
        }
        if (s.endsWith("s")) {
            return Form.THIRD_PERSON;
        }
        return Form.BASE;
    }

    /** Plural of a noun, or third person of a verb. */
    public static String plural(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.equals("do") || w.equals("go")) {
            return w + "es";
        }
        return w + "s";
    }

    private static String regularPast(String w, boolean preferDoubling) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        if (preferDoubling && doubles(w)) {
            return w + w.charAt(w.length() - 1) + "ed";
        }
        return w + "ed";
    }

    private static String regularGerund(String w, boolean preferDoubling) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        if (preferDoubling && doubles(w)) {
            return w + w.charAt(w.length() - 1) + "ing";
        }
        return w + "ing";
    }

    /** Consonant-vowel-consonant ending, last letter not w, x or y: "commit", "stab", "cut". */
    private static boolean doubles(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c3 = w.charAt(n - 1);
        char c2 = w.charAt(n - 2);
        char c1 = w.charAt(n - 3);
        if (c3 == 'w' || c3 == 'x' || c3 == 'y' || isVowel(c3) || !isVowel(c2) || isVowel(c1)) {
            return false;
        }
        // Two-syllable words stressed on the first syllable do not double ("open", "visit", "swallow").
        int vowelGroups = 0;
        boolean inVowel = false;
        for (int i = 0; i < n; i++) {
            boolean v = isVowel(w.charAt(i));
            if (v && !inVowel) {
                vowelGroups++;
            }
            inVowel = v;
        }
        return vowelGroups == 1 || w.endsWith("mit") || w.endsWith("fer") || w.endsWith("cur") || w.endsWith("pel")
                || w.endsWith("gret") || w.endsWith("trol");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
