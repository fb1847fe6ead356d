package dev.papageno.core.topic;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.learn.LinearModel;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.yaml.Yaml;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the topic reader's data file ({@code topics.yaml}): for each topic the lexicons of words
 * that name it and of hints, the lexicons of phrases that do not count and of content-note labels,
 * and the narration model's file and cue lexicons.
 *
 * <pre>
 * topics:
 *   suicide: {words: [suicide, topic-suicide-words], hints: [topic-suicide-hints]}
 * except: [topic-traps]
 * notes: [content-note-labels]
 * jokes: [topic-jokes]
 * hyperbole: {words: [topic-hyperbole], near: [trivia], unless: [distress]}
 * narration:
 *   model: models/narration.yaml
 *   cues: {death: narration-death, generic: discussion-generic}
 * </pre>
 */
public final class TopicConfig {

    private TopicConfig() {
    }

    /** The narration model file a config names. */
    public static String modelFile(String text, String file) throws ConfigException {
        return Yaml.parse(text, file).require("narration").require("model").asText();
    }

    /**
     * Builds the reader.
     *
     * @param text      the config file's text
     * @param file      its name, for errors
     * @param lexicons  the loaded lexicons, by name
     * @param narration the narration model, or empty to read cues without scoring them
     * @param helpLines the help lines a draft names
     */
    public static TopicReader read(String text, String file, Function<String, Optional<Lexicon>> lexicons,
            Optional<LinearModel> narration, Function<DocumentContext, List<ResourceMention>> helpLines)
            throws ConfigException {
        YNode root = Yaml.parse(text, file).asMap().allowOnly(Set.of("topics", "except", "fields", "notes", "jokes", "hyperbole",
                "narration", "decision"));
        YNode topics = root.require("topics").asMap();
        Map<Topic, TopicReader.TopicWords> words = new EnumMap<>(Topic.class);
        for (Map.Entry<String, YNode> e : topics.entries().entrySet()) {
            Topic t = Topic.byId(e.getKey()).orElseThrow(() -> topics.keyError(e.getKey(),
                    "no topic of that name; use suicide, self-harm or eating-disorder"));
            YNode n = e.getValue().asMap().allowOnly(Set.of("words", "hints", "story", "context"));
            words.put(t, new TopicReader.TopicWords(sets(n.require("words"), lexicons),
                    n.has("hints") ? sets(n.require("hints"), lexicons) : List.of(),
                    n.has("story") ? sets(n.require("story"), lexicons) : List.of(),
                    n.has("context") ? sets(n.require("context"), lexicons) : List.of()));
        }
        for (Topic t : Topic.values()) {
            if (!words.containsKey(t)) {
                throw root.require("topics").error("needs the words of " + t.id());
            }
        }
        List<PhraseSet> except = root.has("except") ? sets(root.require("except"), lexicons) : List.of();
        List<PhraseSet> fields = root.has("fields") ? sets(root.require("fields"), lexicons) : List.of();
        List<PhraseSet> notes = root.has("notes") ? sets(root.require("notes"), lexicons) : List.of();
        List<PhraseSet> jokes = root.has("jokes") ? sets(root.require("jokes"), lexicons) : List.of();
        Hyperbole hyperbole = Hyperbole.NONE;
        if (root.has("hyperbole")) {
            YNode h = root.require("hyperbole").asMap().allowOnly(Set.of("words", "near", "unless"));
            hyperbole = new Hyperbole(sets(h.require("words"), lexicons), sets(h.require("near"), lexicons),
                    h.has("unless") ? sets(h.require("unless"), lexicons) : List.of());
        }
        YNode n = root.require("narration").asMap().allowOnly(Set.of("model", "cues"));
        Map<String, PhraseSet> cues = new LinkedHashMap<>();
        YNode cueNode = n.require("cues").asMap();
        for (Map.Entry<String, YNode> e : cueNode.entries().entrySet()) {
            cues.put(e.getKey(), lexicon(e.getValue(), lexicons).phrases());
        }
        TopicReader.Decision decision = TopicReader.Decision.DEFAULT;
        if (root.has("decision")) {
            YNode d = root.require("decision").asMap().allowOnly(Set.of("shortDraft", "longStory", "minShare",
                    "sure"));
            decision = new TopicReader.Decision(
                    d.has("shortDraft") ? d.require("shortDraft").asInt(0, 100) : decision.shortDraft(),
                    d.has("longStory") ? d.require("longStory").asInt(0, 1000) : decision.longStory(),
                    d.has("minShare") ? d.require("minShare").asFraction() : decision.minShare(),
                    d.has("sure") ? d.require("sure").asFraction() : decision.sure());
        }
        return new TopicReader(words, except, fields, notes, jokes, hyperbole, cues, narration, helpLines, decision);
    }


    private static List<PhraseSet> sets(YNode list, Function<String, Optional<Lexicon>> lexicons)
            throws ConfigException {
        List<PhraseSet> out = new ArrayList<>();
        for (YNode item : list.asList()) {
            out.add(lexicon(item, lexicons).phrases());
        }
        return out;
    }

    private static Lexicon lexicon(YNode name, Function<String, Optional<Lexicon>> lexicons) throws ConfigException {
        String n = name.asText();
        return lexicons.apply(n).orElseThrow(() -> name.error("no lexicon " + ConfigException.quote(n)));
    }
}
