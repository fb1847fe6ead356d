package dev.papageno.rules.topic;

import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.topic.TopicVerdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How often the topic reader's "about" and "tells of" agree with the labels of a set of drafts. */
public final class TopicEvaluation {

    /** Agreement counts of one question. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        public double accuracy() {
            int n = tp + fp + fn + tn;
            return n == 0 ? 1 : (tp + tn) / (double) n;
        }

        String line() {
            double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
            return String.format(Locale.ROOT, "accuracy %.2f  precision %.2f  recall %.2f  (tp %d, fp %d, fn %d, tn %d)",
                    accuracy(), p, r, tp, fp, fn, tn);
        }

        void add(boolean want, boolean got) {
            if (want && got) {
                tp++;
            } else if (got) {
                fp++;
            } else if (want) {
                fn++;
            } else {
                tn++;
            }
        }
    }

    private final Map<Topic, Counts> about = new EnumMap<>(Topic.class);
    private final Map<Topic, Counts> tellsOf = new EnumMap<>(Topic.class);
    private final Counts aboutAll = new Counts();
    private final Counts tellsOfAll = new Counts();
    private final Map<String, Counts> tellsOfByRegister = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Reads every draft and compares. */
    public static TopicEvaluation of(List<TopicDrafts.Draft> drafts, TopicReader reader) {
        TopicEvaluation e = new TopicEvaluation();
        for (Topic t : Topic.values()) {
            e.about.put(t, new Counts());
            e.tellsOf.put(t, new Counts());
        }
        for (TopicDrafts.Draft d : drafts) {
            TopicReading r = reader.read(Readers.context(d.id() + ".md", d.text()));
            for (Topic t : Topic.values()) {
                TopicVerdict v = r.verdict(t);
                e.about.get(t).add(d.about().get(t), v.about());
                e.aboutAll.add(d.about().get(t), v.about());
                e.tellsOf.get(t).add(d.tellsOf().get(t), v.tellsOf());
                e.tellsOfAll.add(d.tellsOf().get(t), v.tellsOf());
                e.tellsOfByRegister.computeIfAbsent(d.register(), k -> new Counts()).add(d.tellsOf().get(t),
                        v.tellsOf());
                if (d.about().get(t) != v.about() || d.tellsOf().get(t) != v.tellsOf()) {
                    e.misses.add(String.format(Locale.ROOT, "%s (%s) %s: about %s/%s, tells of %s/%s; speaking %d, "
                            + "narrating %d%s%n    %s", d.id(), d.register(), t.id(), d.about().get(t), v.about(),
                            d.tellsOf().get(t), v.tellsOf(), v.speaking().size(), v.narrating().size(),
                            d.note().isBlank() ? "" : " — " + d.note(), sentences(v)));
                }
            }
        }
        return e;
    }

    private static String sentences(TopicVerdict v) {
        StringBuilder sb = new StringBuilder();
        v.speaking().forEach(s -> sb.append(String.format(Locale.ROOT, "[%.2f %s] %s%n    ", s.narration(),
                s.words(v.topic()), s.excerpt(110))));
        return sb.toString().strip();
    }

    public Counts about(Topic t) {
        return about.get(t);
    }

    public Counts tellsOf(Topic t) {
        return tellsOf.get(t);
    }

    /** About, over every topic and draft. */
    public Counts about() {
        return aboutAll;
    }

    /** Tells of, over every topic and draft. */
    public Counts tellsOf() {
        return tellsOfAll;
    }

    public String report(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append("about     all:  ").append(aboutAll.line()).append('\n');
        sb.append("tells of  all:  ").append(tellsOfAll.line()).append('\n');
        for (Topic t : Topic.values()) {
            sb.append(String.format(Locale.ROOT, "about     %-16s %s%n", t.id(), about.get(t).line()));
            sb.append(String.format(Locale.ROOT, "tells of  %-16s %s%n", t.id(), tellsOf.get(t).line()));
        }
        sb.append("tells of by register:\n");
        tellsOfByRegister.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-14s %s%n", k, v.line())));
        if (verbose) {
            sb.append("\nDisagreements:\n");
            misses.forEach(m -> sb.append(m).append('\n'));
        }
        return sb.toString();
    }
}
