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

    static final KeySpec[] CUES = LoadContext.cueKeys();

    static final KeySpec LABELS = KeySpec.required("labels", "cue list", "Labels that open a note (\"Content"
            + " warning\", \"TW\"). They count at the start of a block, or of a sentence near the top, when"
            + " punctuation, the end of the block, a subject or a word such as \"for\" follows.", CUES);

    static final KeySpec QUALIFIED_LABELS = KeySpec.optional("qualifiedLabels", "cue list", "Labels that open a"
            + " note only when their sentence or the next names a subject (\"Disclaimer\", \"Warning\").", CUES);

    static final KeySpec STATEMENTS = KeySpec.required("statements", "cue list", "Phrases that warn readers (\"may"
            + " be triggering\", \"proceed with care\"); a sentence near the top with one is a note.", CUES);

    static final KeySpec PIECES = KeySpec.optional("pieces", "cue list", "Words for the piece itself (\"this"
            + " post\", \"below\").", CUES);

    static final KeySpec VERBS = KeySpec.optional("verbs", "cue list", "Words that say the piece treats a subject"
            + " (\"discuss\", \"contain\"). A sentence near the top with a piece, a verb and a subject is a note.",
            CUES);

    static final KeySpec SUBJECTS = KeySpec.optional("subjects", "cue list", "Sensitive subjects a note names"
            + " (usually the topic lexicons and words such as \"sensitive topics\").", CUES);

    static final KeySpec WITHIN_BLOCKS = KeySpec.optional("withinBlocks", "number", "How many blocks of body text"
            + " count as the top. Default 4.");

    static final KeySpec NOTE = KeySpec.required("note", "map", "How a content note is recognised.", LABELS,
            QUALIFIED_LABELS, STATEMENTS, PIECES, VERBS, SUBJECTS, WITHIN_BLOCKS);

    static final KeySpec TOPIC_WORDS = KeySpec.optional("topicWords", "map of texts", "Lexicon name to the words"
            + " suggestions use for it (`eating-disorder: eating disorders`). Default: the lexicon's name.");

    static final KeySpec SUPPORT_POINTER = KeySpec.optional("supportPointer", "text", "Words that `{support}` in a"
            + " suggestion stands for when the draft gives help lines (\"Support contacts are listed below.\").");

    private static final TypeSchema SCHEMA = new TypeSchema("document",
            "Checks the draft as a whole, when its body is about one of the topics.",
            List.of(
                    CHECK,
                    TopicGate.TOPICS,
                    TopicGate.UNLESS,
                    TopicGate.MIN_SENTENCES,
                    TopicGate.NOTES,
                    TopicGate.READING,
                    WHEN,
                    NOTE,
                    TOPIC_WORDS,
                    SUPPORT_POINTER),
            List.of("terms", "sentences", "topics", "line", "passage", "why"),
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
        YNode note = NOTE.of(root).asMap().allowOnly(NOTE.childNames());
        String id = spec.id();
        ContentNotes cues = new ContentNotes(
                cues(note, LABELS, ctx, id),
                cues(note, QUALIFIED_LABELS, ctx, id),
                cues(note, STATEMENTS, ctx, id),
                cues(note, PIECES, ctx, id),
                cues(note, VERBS, ctx, id),
                SUBJECTS.in(note) ? cues(note, SUBJECTS, ctx, id) : topicSubjects(gate, id),
                WITHIN_BLOCKS.in(note) ? WITHIN_BLOCKS.of(note).asInt(1, 50) : 4);
        Map<String, String> words = new LinkedHashMap<>();
        for (Lexicon l : gate.lexicons()) {
            words.put(l.name(), l.name());
        }
        if (TOPIC_WORDS.in(root)) {
            for (Map.Entry<String, YNode> e : TOPIC_WORDS.of(root).asMap().entries().entrySet()) {
                if (!words.containsKey(e.getKey())) {
                    throw TOPIC_WORDS.of(root).keyError(e.getKey(), "not one of this rule's topics");
                }
                words.put(e.getKey(), e.getValue().asText());
            }
        }
        String pointer = SUPPORT_POINTER.in(root) ? SUPPORT_POINTER.of(root).asText() : "";
        return new DocumentMatcher(spec, gate, late, cues, Map.copyOf(words), pointer);
    }

    /** The phrases of a cue-list key of {@code note}; none when the key is absent. */
    private static PhraseSet cues(YNode note, KeySpec key, LoadContext ctx, String id) throws ConfigException {
        String name = id + " " + key.key();
        return key.in(note) ? ctx.cues(key.of(note), name) : PhraseSet.builder(name).build();
    }

    private static PhraseSet topicSubjects(TopicGate gate, String id) {
        PhraseSet.Builder b = PhraseSet.builder(id + " subjects");
        gate.lexicons().forEach(l -> b.addAll(l.phrases()));
        return b.build();
    }
}
