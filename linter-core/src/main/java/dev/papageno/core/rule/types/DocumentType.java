package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.Lexicon;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code document} type: checks of the draft as a whole, gated on its topic ({@link TopicGate}).
 * The one check is {@code content-note}: a draft about suicide, self-harm or eating disorders should
 * open with a content note ({@link ContentNotes}). {@code when: missing} reports a draft without one;
 * {@code when: late} reports a note that comes only after the draft has begun to speak of the topic.
 * {@link DocumentMatcher} matches.
 */
public final class DocumentType implements RuleType {

    public static final DocumentType INSTANCE = new DocumentType();

    /** The checks, as {@code check:} names them. */
    enum Check {
        CONTENT_NOTE
    }

    /** What a content-note rule reports, as {@code when:} names it. */
    enum When {
        MISSING, LATE
    }

    static final KeySpec CHECK = KeySpec.choice("check", true, Check.class, "The check.");

    static final KeySpec WHEN = KeySpec.choice("when", true, When.class, "`missing`: no note at all; `late`: the"
            + " note comes after the draft has begun to speak of the topic (a heading or title before it does not"
            + " count).");

    static final KeySpec[] CUES = LoadContext.CUE_KEYS.toArray(new KeySpec[0]);

    static final KeySpec NOTE = KeySpec.required("note", "map", "How a content note is recognised.",
            KeySpec.required("labels", "cue list", "Labels that open a note (\"Content warning\", \"TW\"). They"
                    + " count at the start of a block, or of a sentence near the top, when punctuation, the end of"
                    + " the block, a subject or a word such as \"for\" follows.", CUES),
            KeySpec.optional("qualifiedLabels", "cue list", "Labels that open a note only when their sentence or"
                    + " the next names a subject (\"Disclaimer\", \"Warning\").", CUES),
            KeySpec.required("statements", "cue list", "Phrases that warn readers (\"may be triggering\","
                    + " \"proceed with care\"); a sentence near the top with one is a note.", CUES),
            KeySpec.optional("pieces", "cue list", "Words for the piece itself (\"this post\", \"below\").", CUES),
            KeySpec.optional("verbs", "cue list", "Words that say the piece treats a subject (\"discuss\","
                    + " \"contain\"). A sentence near the top with a piece, a verb and a subject is a note.", CUES),
            KeySpec.optional("subjects", "cue list", "Sensitive subjects a note names (usually the topic lexicons"
                    + " and words such as \"sensitive topics\").", CUES),
            KeySpec.optional("withinBlocks", "number", "How many blocks of body text count as the top. Default"
                    + " 4."));

    private static final TypeSchema SCHEMA = new TypeSchema("document",
            "Checks the draft as a whole, when its body is about one of the topics.",
            List.of(
                    CHECK,
                    TopicGate.TOPICS,
                    TopicGate.UNLESS,
                    TopicGate.MIN_SENTENCES,
                    TopicGate.NOTES,
                    WHEN,
                    NOTE,
                    KeySpec.optional("topicWords", "map of texts", "Lexicon name to the words suggestions use for it"
                            + " (`eating-disorder: eating disorders`). Default: the lexicon's name."),
                    KeySpec.optional("supportPointer", "text", "Words that `{support}` in a suggestion stands for when"
                            + " the draft gives help lines (\"Support contacts are listed below.\").")),
            List.of("terms", "sentences", "topics", "line", "passage"),
            new SuggestionSyntax(List.of("topics", "support"), false, false),
            Map.of(TopicGate.EXCEPT, TopicGate.EXCEPT_ADVICE));

    private DocumentType() {
    }

    @Override
    public TypeSchema schema() {
        return SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        CHECK.read(root, Check.class);
        TopicGate gate = TopicGate.compile(root, ctx, spec.id());
        boolean late = WHEN.read(root, When.class) == When.LATE;
        YNode note = root.require("note").asMap().allowOnly(NOTE.childNames());
        String id = spec.id();
        PhraseSet empty = PhraseSet.builder(id + " none").build();
        ContentNotes cues = new ContentNotes(
                ctx.cues(note.require("labels"), id + " labels"),
                note.has("qualifiedLabels") ? ctx.cues(note.require("qualifiedLabels"), id + " qualified labels")
                        : empty,
                ctx.cues(note.require("statements"), id + " statements"),
                note.has("pieces") ? ctx.cues(note.require("pieces"), id + " pieces") : empty,
                note.has("verbs") ? ctx.cues(note.require("verbs"), id + " verbs") : empty,
                note.has("subjects") ? ctx.cues(note.require("subjects"), id + " subjects") : topicSubjects(gate, id),
                note.has("withinBlocks") ? note.require("withinBlocks").asInt(1, 50) : 4);
        Map<String, String> words = new LinkedHashMap<>();
        for (Lexicon l : gate.lexicons()) {
            words.put(l.name(), l.name());
        }
        if (root.has("topicWords")) {
            for (Map.Entry<String, YNode> e : root.require("topicWords").asMap().entries().entrySet()) {
                if (!words.containsKey(e.getKey())) {
                    throw root.require("topicWords").keyError(e.getKey(), "not one of this rule's topics");
                }
                words.put(e.getKey(), e.getValue().asText());
            }
        }
        String pointer = root.has("supportPointer") ? root.require("supportPointer").asText() : "";
        return new DocumentMatcher(spec, gate, late, cues, Map.copyOf(words), pointer);
    }

    private static PhraseSet topicSubjects(TopicGate gate, String id) {
        PhraseSet.Builder b = PhraseSet.builder(id + " subjects");
        gate.lexicons().forEach(l -> b.addAll(l.phrases()));
        return b.build();
    }
}
