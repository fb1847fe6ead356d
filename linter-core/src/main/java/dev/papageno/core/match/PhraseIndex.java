package dev.papageno.core.match;

import dev.papageno.core.nlp.WordTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * All phrase sets of a rule set in one index, so a block is scanned once for every rule: one hash
 * lookup per word, and only words that start some phrase do any further work. This is the cheap
 * keyword pass that decides what the slower analysis looks at.
 */
public final class PhraseIndex {

    private record Slot(int set, int entry, PhraseSet.Entry value) {
    }

    private final List<PhraseSet> sets;
    private final Map<PhraseSet, Integer> ids;
    private final Map<String, Slot[]> byFirstWord;

    private PhraseIndex(List<PhraseSet> sets, Map<PhraseSet, Integer> ids, Map<String, Slot[]> byFirstWord) {
        this.sets = sets;
        this.ids = ids;
        this.byFirstWord = byFirstWord;
    }

    /** Indexes the sets (each set once, however often it is listed). */
    public static PhraseIndex of(List<PhraseSet> sets) {
        Map<String, List<Slot>> tmp = new HashMap<>();
        List<PhraseSet> list = new ArrayList<>();
        Map<PhraseSet, Integer> ids = new IdentityHashMap<>();
        for (PhraseSet set : sets) {
            if (ids.containsKey(set)) {
                continue;
            }
            int id = list.size();
            ids.put(set, id);
            list.add(set);
            for (int e = 0; e < set.entries().size(); e++) {
                PhraseSet.Entry entry = set.entries().get(e);
                for (String first : entry.words().get(0)) {
                    tmp.computeIfAbsent(first, k -> new ArrayList<>()).add(new Slot(id, e, entry));
                }
            }
        }
        Map<String, Slot[]> index = new HashMap<>(tmp.size() * 2);
        tmp.forEach((k, v) -> index.put(k, v.toArray(new Slot[0])));
        return new PhraseIndex(List.copyOf(list), ids, index);
    }

    public int setCount() {
        return sets.size();
    }

    /** Whether a word starts any phrase (the keyword test). */
    public boolean startsPhrase(String word) {
        return byFirstWord.containsKey(word);
    }

    /**
     * Finds every set's hits in the words of a block: per set, leftmost-longest and not
     * overlapping, in text order. Sets without hits have empty lists.
     */
    public List<List<PhraseHit>> scan(WordTokens words) {
        List<List<PhraseHit>> out = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            out.add(null);
        }
        int n = words.size();
        for (int i = 0; i < n; i++) {
            Slot[] slots = byFirstWord.get(words.word(i));
            if (slots == null) {
                continue;
            }
            for (Slot slot : slots) {
                int last = matchFrom(slot.value(), words, i);
                if (last >= 0) {
                    List<PhraseHit> hits = out.get(slot.set());
                    if (hits == null) {
                        hits = new ArrayList<>(2);
                        out.set(slot.set(), hits);
                    }
                    hits.add(new PhraseHit(slot.value(), i, last, words.start(i), words.end(last)));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            List<PhraseHit> hits = out.get(i);
            out.set(i, hits == null ? List.of() : resolve(hits));
        }
        return out;
    }

    public int idOf(PhraseSet set) {
        Integer id = ids.get(set);
        if (id == null) {
            throw new IllegalArgumentException(set.name() + " is not in this index");
        }
        return id;
    }

    private static int matchFrom(PhraseSet.Entry entry, WordTokens words, int start) {
        int len = entry.words().size();
        if (start + len > words.size()) {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            int t = start + k;
            if (!words.joinedToNext(t - 1) || !entry.words().get(k).contains(words.word(t))) {
                return -1;
            }
        }
        return start + len - 1;
    }

    /** Leftmost-longest, non-overlapping. */
    private static List<PhraseHit> resolve(List<PhraseHit> hits) {
        if (hits.size() == 1) {
            return List.of(hits.get(0));
        }
        hits.sort(Comparator.comparingInt(PhraseHit::start).thenComparing(Comparator.comparingInt(PhraseHit::end)
                .reversed()));
        List<PhraseHit> out = new ArrayList<>();
        int covered = -1;
        for (PhraseHit h : hits) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }
}
