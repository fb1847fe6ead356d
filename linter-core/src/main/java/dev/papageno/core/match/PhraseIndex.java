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

    private record Slot(int set, PhraseSet.Entry value) {
    }

    /** The entries that start with one word: one-word entries, and longer ones by their second word. */
    private record Node(Slot[] single, Map<String, Slot[]> bySecond) {
    }

    /**
     * Hits of every set in one block; sets without hits share one empty list. Kept sparse (the ids
     * of the sets hit, in order, and their lists): a block hits a few of the index's sets, and a
     * long draft has many blocks.
     */
    public static final class Hits {
        private static final Hits NONE = new Hits(new int[0], new List<?>[0]);
        private final int[] sets;
        private final List<?>[] lists;

        private Hits(int[] sets, List<?>[] lists) {
            this.sets = sets;
            this.lists = lists;
        }

        private static Hits of(List<PhraseHit>[] bySet) {
            int n = 0;
            for (List<PhraseHit> l : bySet) {
                n += l == null ? 0 : 1;
            }
            int[] ids = new int[n];
            List<?>[] lists = new List<?>[n];
            int k = 0;
            for (int i = 0; i < bySet.length; i++) {
                if (bySet[i] != null) {
                    ids[k] = i;
                    lists[k++] = List.copyOf(bySet[i]);
                }
            }
            return new Hits(ids, lists);
        }

        @SuppressWarnings("unchecked")
        List<PhraseHit> of(int set) {
            int at = java.util.Arrays.binarySearch(sets, set);
            return at < 0 ? List.of() : (List<PhraseHit>) lists[at];
        }
    }

    private final List<PhraseSet> sets;
    private final Map<PhraseSet, Integer> ids;
    /** Each phrase's first word and its node, as an open-addressing table probed with a word's hash, without strings. */
    private final String[] tableKeys;
    private final Node[] tableNodes;
    private final int tableMask;

    private PhraseIndex(List<PhraseSet> sets, Map<PhraseSet, Integer> ids, Map<String, Node> byFirstWord) {
        this.sets = sets;
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(16, byFirstWord.size() * 4) - 1) << 1;
        this.tableKeys = new String[capacity];
        this.tableNodes = new Node[capacity];
        this.tableMask = capacity - 1;
        for (Map.Entry<String, Node> e : byFirstWord.entrySet()) {
            int i = spread(e.getKey().hashCode()) & tableMask;
            while (tableKeys[i] != null) {
                i = (i + 1) & tableMask;
            }
            tableKeys[i] = e.getKey();
            tableNodes[i] = e.getValue();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entries starting with word {@code i}, looked up by the word's hash. */
    private Node firstWord(WordTokens words, int i) {
        int h = words.hash(i);
        int at = spread(h) & tableMask;
        while (true) {
            String key = tableKeys[at];
            if (key == null) {
                return null;
            }
            if (key.hashCode() == h && words.wordEquals(i, key)) {
                return tableNodes[at];
            }
            at = (at + 1) & tableMask;
        }
    }

    /** Indexes the sets (each set once, however often it is listed). */
    public static PhraseIndex of(List<PhraseSet> sets) {
        Map<String, List<Slot>> single = new HashMap<>();
        Map<String, Map<String, List<Slot>>> pairs = new HashMap<>();
        List<PhraseSet> list = new ArrayList<>();
        Map<PhraseSet, Integer> ids = new IdentityHashMap<>();
        for (PhraseSet set : sets) {
            if (ids.containsKey(set)) {
                continue;
            }
            int id = list.size();
            ids.put(set, id);
            list.add(set);
            for (PhraseSet.Entry entry : set.entries()) {
                Slot slot = new Slot(id, entry);
                for (String first : entry.words().get(0)) {
                    if (entry.words().size() == 1) {
                        single.computeIfAbsent(first, k -> new ArrayList<>()).add(slot);
                    } else {
                        Map<String, List<Slot>> next = pairs.computeIfAbsent(first, k -> new HashMap<>());
                        for (String second : entry.words().get(1)) {
                            next.computeIfAbsent(second, k -> new ArrayList<>()).add(slot);
                        }
                    }
                }
            }
        }
        Map<String, Node> index = new HashMap<>();
        java.util.Set<String> firsts = new java.util.HashSet<>(single.keySet());
        firsts.addAll(pairs.keySet());
        for (String first : firsts) {
            List<Slot> one = single.getOrDefault(first, List.of());
            Map<String, Slot[]> next = new HashMap<>();
            pairs.getOrDefault(first, Map.of()).forEach((k, v) -> next.put(k, v.toArray(new Slot[0])));
            index.put(first, new Node(one.toArray(new Slot[0]), next.isEmpty() ? Map.of() : next));
        }
        PhraseIndex built = new PhraseIndex(List.copyOf(list), ids, index);
        for (Map.Entry<PhraseSet, Integer> e : ids.entrySet()) {
            e.getKey().rememberIndex(built, e.getValue());
        }
        return built;
    }

    /**
     * Finds every set's hits in the words of a block: per set, leftmost-longest and not
     * overlapping, in text order.
     */
    @SuppressWarnings("unchecked")
    public Hits scan(WordTokens words) {
        List<PhraseHit>[] out = null;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            Node node = firstWord(words, i);
            if (node == null) {
                continue;
            }
            for (Slot slot : node.single()) {
                out = add(out, slot, new PhraseHit(slot.value(), i, i, words.start(i), words.end(i)));
            }
            if (!node.bySecond().isEmpty() && i + 1 < n && words.joinedToNext(i)) {
                Slot[] slots = node.bySecond().get(words.word(i + 1));
                if (slots != null) {
                    for (Slot slot : slots) {
                        int last = matchFrom(slot.value(), words, i);
                        if (last >= 0) {
                            out = add(out, slot, new PhraseHit(slot.value(), i, last, words.start(i),
                                    words.end(last)));
                        }
                    }
                }
            }
        }
        if (out == null) {
            return Hits.NONE;
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                out[i] = resolve(out[i]);
            }
        }
        return Hits.of(out);
    }

    @SuppressWarnings("unchecked")
    private List<PhraseHit>[] add(List<PhraseHit>[] out, Slot slot, PhraseHit hit) {
        List<PhraseHit>[] o = out != null ? out : (List<PhraseHit>[]) new List<?>[sets.size()];
        List<PhraseHit> l = o[slot.set()];
        if (l == null) {
            l = new ArrayList<>(2);
            o[slot.set()] = l;
        }
        l.add(hit);
        return o;
    }

    /** Whether a scan found any hit at all. */
    public static boolean any(Hits scanned) {
        return scanned != Hits.NONE;
    }

    /** Marks in {@code found} the ids of the sets a scan has hits of. */
    public static void markSets(Hits scanned, java.util.BitSet found) {
        for (int id : scanned.sets) {
            found.set(id);
        }
    }

    /** Hits of one set in a scan. */
    public List<PhraseHit> hits(Hits scanned, PhraseSet set) {
        return scanned.of(idOf(set));
    }

    /** Whether a set is in this index. */
    public boolean contains(PhraseSet set) {
        return set.idIn(this) >= 0 || ids.containsKey(set);
    }

    public int idOf(PhraseSet set) {
        int cached = set.idIn(this);
        if (cached >= 0) {
            return cached;
        }
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
        hits.sort(BY_START_LONGEST_FIRST);
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

    private static final Comparator<PhraseHit> BY_START_LONGEST_FIRST = Comparator.comparingInt(PhraseHit::start)
            .thenComparing(Comparator.comparingInt(PhraseHit::end).reversed());
}
