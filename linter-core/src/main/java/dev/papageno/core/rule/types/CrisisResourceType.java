package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.util.List;
import java.util.Map;

/**
 * The {@code crisis-resources} type: the help lines a draft gives, checked against the
 * crisis-resource data ({@code papageno/crisis-resources/<region>.yaml}). {@link CrisisResourceMatcher}
 * matches; its javadoc says what each check reports.
 */
public final class CrisisResourceType implements RuleType {

    public static final CrisisResourceType INSTANCE = new CrisisResourceType();

    static final KeySpec CHECK = KeySpec.choice("check", true, CrisisResourceMatcher.Check.class, "What to check.");

    static final KeySpec TOPICS = new KeySpec(TopicGate.TOPICS.key(), false, TopicGate.TOPICS.shape(), "For"
            + " `missing`: lexicons that make a draft on topic.", List.of());

    static final KeySpec HISTORICAL = KeySpec.optional("historical", "cue list", "For `outdated` and `closed`: words"
            + " that show the line is mentioned as history, not offered as help (\"used to\", \"the old\","
            + " \"called\"); such mentions, and mentions in a sentence with a year before the change, drop to info.",
            LoadContext.cueKeys());

    private static final TypeSchema SCHEMA = new TypeSchema("crisis-resources",
            "Checks the help lines in a draft against the crisis-resource data.",
            List.of(
                    CHECK,
                    TOPICS,
                    TopicGate.UNLESS,
                    TopicGate.MIN_SENTENCES,
                    TopicGate.NOTES,
                    TopicGate.READING,
                    HISTORICAL),
            List.of("service", "replacement", "date", "note", "region", "resources", "emergency", "terms",
                    "sentences", "foreign", "why"),
            SuggestionSyntax.NONE, Map.of(TopicGate.EXCEPT, TopicGate.EXCEPT_ADVICE));

    private CrisisResourceType() {
    }

    @Override
    public TypeSchema schema() {
        return SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        CrisisResourceMatcher.Check check = CHECK.read(root, CrisisResourceMatcher.Check.class);
        TopicGate gate = null;
        if (check == CrisisResourceMatcher.Check.MISSING) {
            if (!TOPICS.in(root)) {
                throw root.error("check \"missing\" needs topics");
            }
            gate = TopicGate.compile(root, ctx, spec.id());
        } else {
            for (String key : List.of(TopicGate.TOPICS.key(), TopicGate.UNLESS.key(), TopicGate.MIN_SENTENCES.key(),
                    TopicGate.NOTES.key(), TopicGate.READING.key())) {
                if (root.has(key)) {
                    throw root.keyError(key, "only check \"missing\" reads " + key);
                }
            }
        }
        String name = spec.id() + " historical";
        PhraseSet historical = HISTORICAL.in(root) ? ctx.cues(HISTORICAL.of(root), name)
                : PhraseSet.builder(name).build();
        return new CrisisResourceMatcher(spec, check, gate, historical, ctx.resources());
    }
}
