package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Block;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.method.MethodDetail;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.topic.Topic;
import dev.papageno.core.topic.TopicReading;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Method detail as the pack's method model finds it ({@code method-cues.yaml}): every sentence with
 * a method cue gets a score from the cues it holds and the draft's topic, and the kind of detail the
 * model finds most likely. A rule reports the sentences of its kinds whose score reaches
 * {@code minScore}: at its own severity from {@code severityScore} up, as {@code info} below. The
 * finding runs from the first to the last cue word of the sentence and names the cues that carried
 * the score.
 */
public final class MethodRule implements Rule {

    private static final String STATISTICS = "statistics";

    public static final TypeSchema SCHEMA = new TypeSchema("method",
            "Method detail found by the method model: sentences scored from their cues and the draft's topic.",
            List.of(
                    KeySpec.required("kinds", "list of texts", "The kinds of detail the rule reports, as the model"
                            + " names them: `specific`, `location`, `ease`, `self-harm-tools`, `note`, `generic`."),
                    KeySpec.optional("minScore", "number", "The model's score (0 to 1) from which a sentence is"
                            + " reported. Default 0.5."),
                    KeySpec.optional("severityScore", "number", "The score from which the finding has the rule's"
                            + " severity; below it, it is `info`. Default: `minScore`."),
                    KeySpec.optional("exact", "cue list", "Phrases that are this kind of detail wherever they stand"
                            + " in a draft about suicide or self-harm (\"quick and painless\", \"a lethal dose\"):"
                            + " reported at the rule's severity whatever the model's score, on the phrase.",
                            LoadContext.CUE_KEYS.toArray(new KeySpec[0]))),
            List.of("cues", "kind", "score"));

    private final RuleSpec spec;
    private final MethodReader reader;
    private final Set<String> kinds;
    private final double minScore;
    private final double severityScore;
    private final PhraseSet exact;

    private MethodRule(RuleSpec spec, MethodReader reader, Set<String> kinds, double minScore, double severityScore,
            PhraseSet exact) {
        this.exact = exact;
        this.spec = spec;
        this.reader = reader;
        this.kinds = kinds;
        this.minScore = minScore;
        this.severityScore = severityScore;
    }

    /** Compiles a method rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        YNode kindsNode = root.require("kinds");
        MethodReader reader = ctx.methodReader().orElseThrow(() -> kindsNode.error("needs the pack's method model"
                + " (method-cues.yaml), which this pack does not have"));
        List<String> known = reader.kinds();
        List<String> kinds = new ArrayList<>();
        for (YNode k : kindsNode.asList()) {
            kinds.add(k.asChoice(Set.copyOf(known)));
        }
        if (kinds.isEmpty()) {
            throw kindsNode.error("needs at least one kind");
        }
        double min = root.has("minScore") ? score(root.require("minScore")) : 0.5;
        double full = root.has("severityScore") ? score(root.require("severityScore")) : min;
        if (full < min) {
            throw root.require("severityScore").error("must not be below minScore (" + min + ")");
        }
        if (spec.options().containsKey(STATISTICS)) {
            String v = spec.options().get(STATISTICS);
            if (!Set.of("keep", "info", "off").contains(v)) {
                throw root.require("options").require(STATISTICS).error("must be keep, info or off");
            }
        }
        PhraseSet exact = root.has("exact") ? ctx.cues(root.require("exact"), spec.id() + " exact")
                : PhraseSet.builder(spec.id() + " exact").build();
        return new MethodRule(spec, reader, Set.copyOf(kinds), min, full, exact);
    }

    private static double score(YNode n) throws ConfigException {
        double v;
        try {
            v = Double.parseDouble(n.asText());
        } catch (NumberFormatException e) {
            throw n.error("must be a number from 0 to 1");
        }
        if (v < 0 || v > 1) {
            throw n.error("must be a number from 0 to 1");
        }
        return v;
    }

    /** An exact phrase, in block offsets. */
    private record ExactHit(Block block, int from, int to) {
    }

    /** The exact phrases in a draft about suicide or self-harm, or in a sentence that speaks of them. */
    private List<ExactHit> exactHits(DocumentContext doc) {
        TopicReading reading = reader.topics().read(doc);
        boolean about = reading.aboutAny(List.of(Topic.SUICIDE, Topic.SELF_HARM));
        List<ExactHit> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            BlockView v = doc.view(b);
            for (PhraseHit h : v.hits(exact)) {
                boolean topical = about || reading.sentences().stream().anyMatch(s -> s.block() == b
                        && s.sentence().start() <= h.start() && h.end() <= s.sentence().end()
                        && (s.speaksOf(Topic.SUICIDE) || s.speaksOf(Topic.SELF_HARM)));
                if (topical) {
                    out.add(new ExactHit(b, h.start(), h.end()));
                }
            }
        }
        return out;
    }

    @Override
    public java.util.Optional<String> howItDecides() {
        String cues = String.join(", ", reader.cues().cueNames()).replace('-', ' ');
        String against = String.join(", ", reader.cues().againstNames()).replace('-', ' ');
        return java.util.Optional.of("A learned model (logistic regression over cues, trained on labelled sentences"
                + " with scripts/train-models) scores every sentence that holds a cue for method detail (" + cues
                + ") against the cues that speak against it (" + against + "), and weighs whether the draft is"
                + " about suicide or self-harm and tells of them. Outside such a draft, only a sentence that speaks"
                + " of them, its neighbours, or an act done to oneself can be reported. It reports sentences whose"
                + " most likely kind is " + String.join(" or ", kinds.stream().sorted().toList()) + " from a score of "
                + minScore + (severityScore > minScore ? " (as info below " + severityScore + ")" : "")
                + (exact.isEmpty() ? "" : ", and the exact phrases of the rule wherever they stand in such a draft")
                + ". The finding names the cues that weighed most, with their words.");
    }

        @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(reader.cues().phraseSets());
        if (!exact.isEmpty()) {
            out.add(exact);
        }
        return out;
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        String statistics = spec.options().containsKey(STATISTICS) ? doc.option(spec, STATISTICS) : "keep";
        List<ExactHit> exactHits = exact.isEmpty() ? List.of() : exactHits(doc);
        for (ExactHit e : exactHits) {
            String words = "exact: " + e.block().text().substring(e.from(), e.to());
            out.accept(RuleMatch.inBlock(this, e.block(), e.from(), e.to(), List.of(), false,
                    Map.of("cues", words, "kind", kinds.iterator().next(), "score", "1.00"), List.of(words)));
        }
        for (MethodDetail d : reader.read(doc)) {
            if (exactHits.stream().anyMatch(e -> e.block() == d.block() && e.from() < d.sentence().end()
                    && d.sentence().start() < e.to())) {
                continue;
            }
            if (!kinds.contains(d.kind()) || d.score() < minScore) {
                continue;
            }
            boolean lowered = d.score() < severityScore;
            if (d.signals().contains(STATISTICS)) {
                if (statistics.equals("off")) {
                    continue;
                }
                lowered |= statistics.equals("info");
            }
            Map<String, String> args = new LinkedHashMap<>();
            args.put("cues", String.join("; ", d.cues()));
            args.put("kind", d.kind());
            args.put("score", String.format(java.util.Locale.ROOT, "%.2f", d.score()));
            List<String> evidence = new ArrayList<>(d.cues());
            evidence.add(String.format(java.util.Locale.ROOT, "score: %.2f (%s)", d.score(), d.kind()));
            RuleMatch m = RuleMatch.inBlock(this, d.block(), d.from(), d.to(), List.of(), false, args, evidence);
            out.accept(lowered ? m.withSeverity(Severity.INFO) : m);
        }
    }
}
