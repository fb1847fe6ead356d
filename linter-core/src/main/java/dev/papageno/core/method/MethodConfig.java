package dev.papageno.core.method;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.yaml.Yaml;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the method model's data file ({@code method-cues.yaml}): the lexicons of each cue for and
 * against method detail, the cues that end a name, the units of dose and height, the act words,
 * which cues make a sentence a candidate anywhere, which cues pair up, the scores that decide after
 * the model which sentences count, the words that tell of an accident, and the model file.
 */
public final class MethodConfig {

    private static final Set<String> KEYS = Set.of("cues", "against", "named", "exact", "doseUnits", "heightUnits", "acts",
            "gate", "paired", "offTopic", "offTopicTwice", "accident", "model", "words");

    private MethodConfig() {
    }

    /** The model file a config names. */
    public static String modelFile(String text, String file) throws ConfigException {
        return Yaml.parse(text, file).require("model").asText();
    }

    /** Builds the reader; an empty {@code model} reads cues without scoring them. */
    public static MethodReader read(String text, String file, Function<String, Optional<Lexicon>> lexicons,
            TopicReader topics, Optional<LinearModel> model) throws ConfigException {
        YNode root = Yaml.parse(text, file).asMap().allowOnly(KEYS);
        MethodCues cues = new MethodCues(cueMap(root.require("cues"), lexicons), cueMap(root.require("against"),
                lexicons), sets(root.require("doseUnits"), lexicons), sets(root.require("heightUnits"), lexicons),
                sets(root.require("acts"), lexicons),
                root.has("named") ? cueMap(root.require("named"), lexicons) : Map.of(),
                root.has("words") && root.require("words").asBoolean());
        Map<String, List<PhraseSet>> exact = root.has("exact") ? cueMap(root.require("exact"), lexicons) : Map.of();
        double accidentAtMost = MethodReader.NEVER;
        List<PhraseSet> accidents = List.of();
        if (root.has("accident")) {
            YNode accident = root.require("accident").asMap().allowOnly(Set.of("words", "atMost"));
            accidents = sets(accident.require("words"), lexicons);
            accidentAtMost = accident.require("atMost").asFraction();
        }
        MethodReader.Limits limits = new MethodReader.Limits(score(root, "offTopic"), score(root, "offTopicTwice"),
                accidentAtMost);
        return new MethodReader(cues, root.require("gate").asStringList(), root.require("paired").asStringList(),
                limits, topics, model, exact, accidents);
    }

    /** The score a key sets, or {@link MethodReader#NEVER} when it is absent. */
    private static double score(YNode root, String key) throws ConfigException {
        return root.has(key) ? root.require(key).asFraction() : MethodReader.NEVER;
    }

    private static Map<String, List<PhraseSet>> cueMap(YNode node, Function<String, Optional<Lexicon>> lexicons)
            throws ConfigException {
        Map<String, List<PhraseSet>> out = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : node.asMap().entries().entrySet()) {
            out.put(e.getKey(), sets(e.getValue(), lexicons));
        }
        return out;
    }

    private static List<PhraseSet> sets(YNode list, Function<String, Optional<Lexicon>> lexicons)
            throws ConfigException {
        List<PhraseSet> out = new ArrayList<>();
        for (YNode item : list.asList()) {
            String n = item.asText();
            out.add(lexicons.apply(n).orElseThrow(() -> item.error("no lexicon " + ConfigException.quote(n)))
                    .phrases());
        }
        return out;
    }
}
