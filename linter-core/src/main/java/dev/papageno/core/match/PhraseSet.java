package dev.papageno.core.match;

import dev.papageno.core.nlp.Inflector;
import dev.papageno.core.nlp.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of word sequences to find in text, compiled when rules load. Exact phrases match their
 * words in any case; lemma phrases match every inflection of every word ("commit suicide" finds
 * "committed suicide"). Words may be separated by spaces or hyphens, so "self harm", "self-harm"
 * and, for phrases written with a hyphen, "selfharm" all match.
 *
 * <p>In lemma phrases, {@code oneself} stands for any reflexive pronoun and {@code one's} for any
 * possessive ("kill oneself", "take one's own life").
 */
public final class PhraseSet {

    private static final Set<String> REFLEXIVES = Set.of("myself", "yourself", "himself", "herself", "itself",
            "ourselves", "yourselves", "themselves", "themself", "oneself");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their",
            "one's");

    /**
     * One sequence of the set.
     *
     * @param label the phrase as the rule wrote it
     * @param lemma whether the phrase was given as lemmas
     * @param words allowed word forms at each position
     * @param heads the lemma of each position (for inflecting suggestions)
     */
    public record Entry(String label, boolean lemma, List<Set<String>> words, List<String> heads) {
    }

    private final String name;
    private final List<Entry> entries;
    private final int maxWords;
    /** The index this set was first placed in and its place there, for a lookup without hashing. */
    private volatile IndexPlace place;

    private record IndexPlace(PhraseIndex index, int id) {
    }

    private PhraseSet(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.maxWords = this.entries.stream().mapToInt(e -> e.words().size()).max().orElse(0);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A name for messages and debugging, such as {@code stigma/cutter match}. */
    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The most words any one entry matches. */
    public int maxWords() {
        return maxWords;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    void rememberIndex(PhraseIndex index, int id) {
        if (place == null) {
            place = new IndexPlace(index, id);
        }
    }

    /** This set's place in {@code index}, or -1 when that is not the index it remembers. */
    int idIn(PhraseIndex index) {
        IndexPlace p = place;
        return p != null && p.index() == index ? p.id() : -1;
    }

    /** Builds a phrase set. */
    public static final class Builder {
        private final String name;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a phrase whose words must appear as written (any case). */
        public Builder phrase(String phrase) {
            add(phrase, false);
            return this;
        }

        /** Adds a name, as written or in the possessive ("the Samaritans's number", "Lifeline’s message"). */
        public Builder name(String name) {
            List<String> words = split(name);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            Entry plain = entry(name, words, false);
            List<Set<String>> forms = new ArrayList<>(plain.words());
            String last = words.get(words.size() - 1);
            forms.set(forms.size() - 1, Set.of(last, last + "'s"));
            entries.add(new Entry(name, false, List.copyOf(forms), plain.heads()));
            return this;
        }

                /** Adds a phrase whose words may appear in any inflection. */
        public Builder lemma(String phrase) {
            add(phrase, true);
            return this;
        }

        public Builder addAll(PhraseSet other) {
            entries.addAll(other.entries);
            return this;
        }

        private void add(String phrase, boolean lemma) {
            List<String> words = split(phrase);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            entries.add(entry(phrase, words, lemma));
            boolean hyphenated = phrase.indexOf('-') > 0 && words.size() > 1;
            if (hyphenated && words.size() == 2) {
                entries.add(entry(phrase, List.of(words.get(0) + words.get(1)), lemma));
            }
        }

        private static Entry entry(String label, List<String> words, boolean lemma) {
            List<Set<String>> forms = new ArrayList<>();
            for (String w : words) {
                Set<String> f = new LinkedHashSet<>();
                if (lemma && w.equals("oneself")) {
                    f.addAll(REFLEXIVES);
                } else if (lemma && w.equals("one's")) {
                    f.addAll(POSSESSIVES);
                } else if (lemma) {
                    f.addAll(Inflector.forms(w));
                } else {
                    f.add(w);
                }
                forms.add(Set.copyOf(f));
            }
            return new Entry(label, lemma, List.copyOf(forms), List.copyOf(words));
        }

        /** Splits a rule phrase into normalized words, the way {@link Words#scan} splits text. */
        static List<String> split(String phrase) {
            List<String> out = new ArrayList<>();
            var tokens = Words.scan(phrase);
            for (int i = 0; i < tokens.size(); i++) {
                out.add(tokens.word(i).toLowerCase(Locale.ROOT));
            }
            return out;
        }

        public PhraseSet build() {
            return new PhraseSet(name, entries);
        }
    }
}
