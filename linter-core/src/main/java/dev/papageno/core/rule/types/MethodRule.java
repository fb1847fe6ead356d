package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.method.MethodDetail;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
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
final class MethodRule implements Rule {

    private static final String STATISTICS = "statistics";

    static final TypeSchema SCHEMA = new TypeSchema("method",
            "Method detail found by the method model: sentences scored from their cues and the draft's topic.",
            List.of(
                    KeySpec.required("kinds", "list of texts", "The kinds of detail the rule reports, as the model"
                            + " names them: `specific`, `location`, `ease`, `self-harm-tools`, `note`, `generic`."),
                    KeySpec.optional("minScore", "number", "The model's score (0.4 to 1) from which a sentence is"
                            + " reported. Default 0.5."),
                    KeySpec.optional("severityScore", "number", "The score from which the finding has the rule's"
                            + " severity; below it, it is `info`. Default: `minScore`.")),
            List.of("cues", "kind", "score"), SuggestionSyntax.NONE, Map.of());

    private final RuleSpec spec;
    private final MethodReader reader;
    private final Set<String> kinds;
    private final double minScore;
    private final double severityScore;
    private MethodRule(RuleSpec spec, MethodReader reader, Set<String> kinds, double minScore, double severityScore) {
        this.spec = spec;
        this.reader = reader;
        this.kinds = kinds;
        this.minScore = minScore;
        this.severityScore = severityScore;
    }

    /** Compiles a method rule from its file. */
    static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
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
        double min = root.has("minScore") ? root.require("minScore").asFraction() : 0.5;
        if (min < MethodReader.KEEP) {
            throw root.require("minScore").error("must be at least " + MethodReader.KEEP
                    + ": the method reader keeps no lower score");
        }
        double full = root.has("severityScore") ? root.require("severityScore").asFraction() : min;
        if (full < min) {
            throw root.require("severityScore").error("must not be below minScore (" + min + ")");
        }
        if (spec.options().containsKey(STATISTICS)) {
            String v = spec.options().get(STATISTICS);
            if (!Set.of("keep", "info", "off").contains(v)) {
                throw root.require("options").require(STATISTICS).error("must be keep, info or off");
            }
        }
        return new MethodRule(spec, reader, Set.copyOf(kinds), min, full);
    }

    @Override
    public java.util.Optional<String> howItDecides() {
        String cues = String.join(", ", reader.cues().cueNames()).replace('-', ' ');
        String against = String.join(", ", reader.cues().againstNames()).replace('-', ' ');
        return java.util.Optional.of("A learned model (logistic regression over cues, trained on labelled sentences"
                + " with scripts/train-models) scores every sentence that holds a cue for method detail (" + cues
                + ") against the cues that speak against it (" + against + "), and weighs whether the draft is"
                + " about suicide or self-harm and tells of them. Outside such a draft, a sentence that speaks"
                + " of them, its neighbours, or an act done to oneself can be reported, and any other only when it"
                + " names a means, an object, a substance, a place, an amount or a height and the model is nearly"
                + " sure (method-cues.yaml, offTopic); once two such sentences of the draft, headings aside, score"
                + " fairly sure (offTopicTwice), its other sentences count as inside it; none in a draft about an"
                + " eating disorder. It reports sentences whose most likely kind is "
                + String.join(" or ", kinds.stream().sorted().toList()) + " from a score of "
                + minScore + (severityScore > minScore ? " (as info below " + severityScore + ")" : "")
                + "; a few exact phrases of method-cues.yaml (\"quick and painless\", \"a lethal dose\") decide the"
                + " kind with a score of 1" + accidentLimit()
                + ". The finding names the cues that weighed most, with their words.");
    }

    /** The clause of {@link #howItDecides()} on accidents, when the method model's data limits them. */
    private String accidentLimit() {
        double atMost = reader.limits().accident();
        return atMost > 1 ? "" : ", and a sentence that tells of an accident (\"lost his footing\", \"while hiking\") and"
                + " of no act done to oneself scores at most " + atMost + " (method-cues.yaml, accident)";
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        return reader.phraseSets();
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        String statistics = spec.options().containsKey(STATISTICS) ? doc.option(spec, STATISTICS) : "keep";
        for (MethodDetail d : reader.read(doc)) {
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
