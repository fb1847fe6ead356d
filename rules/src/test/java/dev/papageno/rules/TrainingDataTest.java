package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.rules.method.LabelledPassages;
import dev.papageno.rules.topic.Readers;
import dev.papageno.rules.topic.TopicDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The labelled data the models learn from is sentences, not templates: no two training sentences
 * of six or more words share most of their words (60% of their word sets or more), no training
 * sentence is a rule example (examples are tests), and no held-out sentence is trained on.
 */
class TrainingDataTest {

    private static final Path TRAINING = Path.of("src", "test", "resources", "training");
    private static final Path HELD_OUT = Path.of("src", "test", "resources", "heldout");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final int MIN_WORDS = 6;
    private static final double MAX_OVERLAP = 0.6;
    /** Words in more sentences than this are too common to find near-duplicates by (the others do). */
    private static final int COMMON = 300;

    /** A sentence with where it comes from. */
    private record Line(String where, String text, Set<String> words) {
    }

    @Test
    void noTwoTrainingSentencesShareMostOfTheirWords() throws Exception {
        List<Line> lines = training();
        assertTrue(lines.size() > 3000, "training sentences: " + lines.size());
        assertEquals(List.of(), nearDuplicates(lines, lines, true));
    }

    @Test
    void noRuleExampleAndNoHeldOutSentenceIsTrainedOn() throws Exception {
        List<Line> training = training();
        List<Line> others = new ArrayList<>();
        for (Rule r : Readers.rules().rules()) {
            for (Example e : r.spec().examples()) {
                for (String s : SENTENCE_END.split(e.text().replace("[[", "").replace("]]", ""))) {
                    add(others, r.spec().id() + " example", s);
                }
            }
        }
        others.addAll(heldOut());
        assertEquals(List.of(), nearDuplicates(others, training, false));
    }

    private static List<Line> training() throws Exception {
        List<Line> out = new ArrayList<>();
        for (LabelledPassages.Passage p : LabelledPassages.load(TRAINING.resolve("method"))) {
            for (LabelledPassages.Row r : p.rows()) {
                add(out, p.doc(), r.text());
            }
        }
        for (TopicDrafts.Draft d : TopicDrafts.load(TRAINING.resolve("topic"))) {
            for (String s : SENTENCE_END.split(d.text())) {
                add(out, d.id(), s);
            }
        }
        return out;
    }

    private static List<Line> heldOut() throws Exception {
        List<Line> out = new ArrayList<>();
        if (Files.isDirectory(HELD_OUT.resolve("method"))) {
            for (LabelledPassages.Passage p : LabelledPassages.load(HELD_OUT.resolve("method"))) {
                for (LabelledPassages.Row r : p.rows()) {
                    add(out, "held-out " + p.doc(), r.text());
                }
            }
        }
        if (Files.isDirectory(HELD_OUT.resolve("topic"))) {
            for (TopicDrafts.Draft d : TopicDrafts.load(HELD_OUT.resolve("topic"))) {
                for (String s : SENTENCE_END.split(d.text())) {
                    add(out, "held-out " + d.id(), s);
                }
            }
        }
        return out;
    }

    private static void add(List<Line> out, String where, String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() >= MIN_WORDS) {
            out.add(new Line(where, text.strip(), Set.copyOf(words)));
        }
    }

    /** Pairs of a line of {@code a} and one of {@code b} whose word sets overlap too much. */
    private static List<String> nearDuplicates(List<Line> a, List<Line> b, boolean same) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            for (String w : b.get(i).words()) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Line x = a.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : x.words()) {
                List<Integer> js = index.get(w);
                if (js != null && js.size() <= COMMON) {
                    js.forEach(j -> shared.merge(j, 1, Integer::sum));
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                if (same && j <= i) {
                    continue;
                }
                Line y = b.get(j);
                Set<String> union = new HashSet<>(x.words());
                union.addAll(y.words());
                Set<String> inter = new HashSet<>(x.words());
                inter.retainAll(y.words());
                if (inter.size() >= MAX_OVERLAP * union.size()) {
                    out.add(x.where() + " “" + x.text() + "” ~ " + y.where() + " “" + y.text() + "”");
                }
            }
        }
        return out;
    }
}
