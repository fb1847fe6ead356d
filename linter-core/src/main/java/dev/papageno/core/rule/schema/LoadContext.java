package dev.papageno.core.rule.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.method.MethodReader;
import dev.papageno.core.nlp.PosTag;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.topic.TopicReader;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule type needs while compiling a rule file: the shared lexicons and help-line data, the
 * pack's topic reader and method reader (when it has them), and helpers that turn YAML into phrase sets and regular expressions with good errors.
 */
public final class LoadContext {

    /** {@code phrases}: words as written. */
    public static final KeySpec PHRASES = KeySpec.optional("phrases", "list of texts", "Words that must appear as"
            + " written (any case; spaces and hyphens between words are interchangeable).");

    /** {@code lemmas}: words in any inflection. */
    public static final KeySpec LEMMAS = KeySpec.optional("lemmas", "list of texts", "Words that may appear in any"
            + " inflection: \"commit suicide\" also finds \"committed suicide\". `oneself` stands for any reflexive"
            + " pronoun, `one's` for any possessive.");

    /** {@code lexicons}: shared word lists. */
    public static final KeySpec LEXICONS = KeySpec.optional("lexicons", "list of texts", "Names of shared word"
            + " lists (`papageno/lexicons/`) to include.");

    /** The keys of a cue list: {@code phrases}, {@code lemmas}, {@code lexicons}. */
    public static final List<KeySpec> CUE_KEYS = List.of(PHRASES, LEMMAS, LEXICONS);

    /** The keys of a cue list, for a key whose value is one. */
    public static KeySpec[] cueKeys() {
        return CUE_KEYS.toArray(new KeySpec[0]);
    }

    /** Whether a node has any key of a cue list. */
    public static boolean hasCues(YNode node) {
        return PHRASES.in(node) || LEMMAS.in(node) || LEXICONS.in(node);
    }

    private final Map<String, Lexicon> lexicons;
    private final ResourceDirectory resources;
    private final Optional<TopicReader> topicReader;
    private final Optional<MethodReader> methodReader;

    public LoadContext(Map<String, Lexicon> lexicons, ResourceDirectory resources) {
        this(lexicons, resources, Optional.empty(), Optional.empty());
    }

    public LoadContext(Map<String, Lexicon> lexicons, ResourceDirectory resources, Optional<TopicReader> topicReader,
            Optional<MethodReader> methodReader) {
        this.lexicons = lexicons;
        this.resources = resources;
        this.topicReader = topicReader;
        this.methodReader = methodReader;
    }

    /** The pack's topic reader ({@code topics.yaml}), if it has one. */
    public Optional<TopicReader> topicReader() {
        return topicReader;
    }

    /** The pack's method reader ({@code method-cues.yaml}), if it has one. */
    public Optional<MethodReader> methodReader() {
        return methodReader;
    }

    public ResourceDirectory resources() {
        return resources;
    }

    public Lexicon lexicon(YNode at, String name) throws ConfigException {
        Lexicon l = lexicons.get(name);
        if (l == null) {
            throw at.error("unknown lexicon " + ConfigException.quote(name) + "; known: " + String.join(", ", new java.util.TreeSet<>(
                    lexicons.keySet())));
        }
        return l;
    }

    public List<Lexicon> lexicons(YNode list) throws ConfigException {
        List<Lexicon> out = new ArrayList<>();
        for (String n : list.asStringList()) {
            out.add(lexicon(list, n));
        }
        return out;
    }

    /**
     * Compiles a cue list ({@code phrases}, {@code lemmas}, {@code lexicons}) into a phrase set. A
     * plain list of texts is read as {@code phrases}.
     */
    public PhraseSet cues(YNode node, String name) throws ConfigException {
        PhraseSet.Builder b = PhraseSet.builder(name);
        if (node.isList() || node.isScalar()) {
            for (String p : node.asStringList()) {
                addPhrase(b, node, p, false);
            }
            return b.build();
        }
        node.allowOnly(names(CUE_KEYS));
        if (node.keys().isEmpty()) {
            throw node.error("needs at least one of phrases, lemmas, lexicons");
        }
        addCues(b, node);
        return b.build();
    }

    /** Adds what a node's cue-list keys name (phrases, then lemmas, then lexicons) to a set. */
    public void addCues(PhraseSet.Builder b, YNode node) throws ConfigException {
        addPhrasesAndLemmas(b, node);
        if (LEXICONS.in(node)) {
            for (Lexicon l : lexicons(LEXICONS.of(node))) {
                b.addAll(l.phrases());
            }
        }
    }

    /** Adds the phrases, then the lemmas, a node lists to a set. */
    public static void addPhrasesAndLemmas(PhraseSet.Builder b, YNode node) throws ConfigException {
        for (KeySpec key : List.of(PHRASES, LEMMAS)) {
            if (key.in(node)) {
                YNode list = key.of(node);
                for (String p : list.asStringList()) {
                    addPhrase(b, list, p, key == LEMMAS);
                }
            }
        }
    }

    private static final Set<String> UD_TAGS = Set.copyOf(PosTag.names());

    /** A list of Universal Dependencies part-of-speech tags, in the order given. */
    public static Set<String> posTags(YNode list) throws ConfigException {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : list.asStringList()) {
            if (!UD_TAGS.contains(t)) {
                throw list.error(ConfigException.quote(t) + " is not a Universal Dependencies tag; use one of: "
                        + String.join(", ", new TreeSet<>(UD_TAGS)));
            }
            tags.add(t);
        }
        return tags;
    }

    /** Adds a phrase or lemma to a set; one with no words to match is an error at {@code at}. */
    public static void addPhrase(PhraseSet.Builder b, YNode at, String p, boolean lemma) throws ConfigException {
        try {
            if (lemma) {
                b.lemma(p);
            } else {
                b.phrase(p);
            }
        } catch (IllegalArgumentException e) {
            throw at.error(ConfigException.quote(p) + " has no words to match");
        }
    }

    /**
     * Compiles a user regular expression with RE2J, which runs in linear time, after checking its
     * length and expanded size with {@link RegexBudget}.
     */
    public static Pattern regex(YNode node) throws ConfigException {
        String source = node.asText();
        String tooBig = RegexBudget.check(source);
        if (tooBig != null) {
            throw node.error(tooBig);
        }
        try {
            return Pattern.compile(source, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw node.error("invalid regular expression: " + e.getDescription());
        }
    }

    public static java.util.Set<String> names(List<KeySpec> keys) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (KeySpec k : keys) {
            s.add(k.key());
        }
        return s;
    }
}
