package dev.papageno.core.rule.load;

import dev.papageno.core.ConfigException;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.types.CombinationRule;
import dev.papageno.core.rule.types.CrisisResourceRule;
import dev.papageno.core.rule.types.DirectiveRule;
import dev.papageno.core.rule.types.DocumentRule;
import dev.papageno.core.rule.types.PatternRule;
import dev.papageno.core.rule.types.PhraseRule;
import dev.papageno.core.rule.types.ProximityRule;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-file format: the keys every rule has and the keys of each rule type. The loader checks
 * files against it and {@link #markdown()} writes the schema page, so the two stay in step.
 */
public final class RuleSchema {

    /** Compiles a rule of one type from its file. */
    @FunctionalInterface
    interface Compiler {
        Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException;
    }

    record RuleType(dev.papageno.core.rule.load.TypeSchema schema, Compiler compiler) {
    }

    static final KeySpec EXAMPLE_KEYS = KeySpec.required("examples", "list of maps",
            "The rule's examples, which are also its tests. Each has `bad` or `ok`. At least one `bad` and one"
                    + " `ok`.",
            KeySpec.optional("bad", "text", "Text the rule must report exactly once, on the span marked with"
                    + " `[[` and `]]` (an empty `[[]]` marks where a document-level finding is placed)."),
            KeySpec.optional("ok", "text", "Text that must give no finding from any rule."),
            KeySpec.optional("fix", "text", "For a `bad` example: the text after the first suggestion is applied;"
                    + " it must then be clean of this rule."),
            KeySpec.optional("format", "text", "`markdown` (default), `html` or `text`."),
            KeySpec.optional("profile", "text", "The profile to lint with (default `blog`)."),
            KeySpec.optional("region", "text", "The region to lint with (default none)."),
            KeySpec.optional("note", "text", "Why the example is there (a trap, a false positive fixed)."));

    /** Keys every rule file has. */
    public static final List<KeySpec> COMMON = List.of(
            KeySpec.required("id", "text", "`category/name`: lower-case words joined by dashes. Stable; never"
                    + " reused."),
            KeySpec.required("type", "text", "The rule type (below)."),
            KeySpec.required("severity", "text", "`error`, `warning` or `info`."),
            KeySpec.required("summary", "text", "One line: what the rule flags."),
            KeySpec.required("message", "text", "What the writer reads. Placeholders: `{match}`, `{suggestion}`,"
                    + " `{suggestions}`, `{cues}` and the type's own."),
            KeySpec.required("rationale", "text", "Why, in plain words."),
            KeySpec.required("sources", "list of texts", "Keys of `papageno/sources.yaml` or https URLs of the"
                    + " guidelines behind the rule."),
            KeySpec.optional("suggest", "list of texts", "What to write instead, best first. A word in braces,"
                    + " `{die} by suicide`, takes the form of the matched verb; `{oneself}` and `{one's}` stand for"
                    + " the pronouns in the match (\"harmed herself\"); in a pattern rule `{2}` is the word element 2"
                    + " matched."),
            KeySpec.optional("fix", "true or false", "Whether `--fix` may apply the first suggestion. Default:"
                    + " true when there are suggestions."),
            KeySpec.optional("scope", "list of texts", "Scopes to check: heading, paragraph, list-item, table-cell,"
                    + " image-alt, blockquote, link-text, reference. Default: all prose."),
            KeySpec.optional("context", "map", "How context changes a match.",
                    KeySpec.optional("quotes", "text", "`lower` (default): one level lower inside quotation marks or"
                            + " a blockquote; `keep`: no change."),
                    KeySpec.optional("mentions", "text", "`skip` (default): a term being talked about (after \"the"
                            + " phrase\", \"avoid saying\") is not a finding; `keep`: it is."),
                    KeySpec.optional("references", "text", "`skip` (default): reference sections and citation lines"
                            + " are not checked; `keep`: they are."),
                    KeySpec.optional("firstPerson", "text", "`info`: a label the writer gives themselves drops to"
                            + " info; `off`: words the writer uses of themselves are not a finding; `keep` (default):"
                            + " no change."),
                    KeySpec.optional("titles", "text", "`skip`: words inside a title or name written in Title Case"
                            + " (\"Lunatic Asylum\", \"Suicide Squad\") are not a finding; `keep` (default): they"
                            + " are.")),
            KeySpec.optional("options", "map", "Named options and their default values, which profiles may set."),
            EXAMPLE_KEYS);

    static final Map<String, RuleType> TYPES = new LinkedHashMap<>();

    static {
        register(PhraseRule.SCHEMA, PhraseRule::compile);
        register(PatternRule.SCHEMA, PatternRule::compile);
        register(ProximityRule.SCHEMA, ProximityRule::compile);
        register(CombinationRule.SCHEMA, CombinationRule::compile);
        register(DocumentRule.SCHEMA, DocumentRule::compile);
        register(CrisisResourceRule.SCHEMA, CrisisResourceRule::compile);
        register(DirectiveRule.SCHEMA, DirectiveRule::compile);
    }

    private RuleSchema() {
    }

    private static void register(TypeSchema schema, Compiler compiler) {
        TYPES.put(schema.type(), new RuleType(schema, compiler));
    }

    /** The schemas of all rule types, in documentation order. */
    public static List<TypeSchema> types() {
        List<TypeSchema> out = new ArrayList<>();
        TYPES.values().forEach(t -> out.add(t.schema()));
        return out;
    }

    /** The schema page, {@code docs/rule-schema.md}. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule-file schema\n\n");
        sb.append("<!-- Generated from the rule loader (RuleSchema.markdown()); do not edit by hand. -->\n\n");
        sb.append("A rule is one YAML file. Built-in rules live in\n");
        sb.append("`rules/src/main/resources/papageno/rules/<category>/<name>.yaml`; your own rules can live in\n");
        sb.append("any folder named under `ruleFolders` in `.papageno.yml`. A file with a key that is not listed\n");
        sb.append("here, a missing required key or a value of the wrong shape stops the run with the file,\n");
        sb.append("line, column and key. Regular expressions use RE2 syntax and run in linear time.\n\n");
        sb.append("A *cue list* is either a list of phrases or a map with `phrases`, `lemmas` and `lexicons`.\n\n");
        sb.append("## Keys of every rule\n\n");
        table(sb, COMMON, "");
        for (TypeSchema t : types()) {
            sb.append("\n## Type `").append(t.type()).append("`\n\n");
            sb.append(t.description()).append('\n');
            if (!t.placeholders().isEmpty()) {
                sb.append("\nMessage placeholders: ");
                List<String> ph = new ArrayList<>();
                t.placeholders().forEach(p -> ph.add("`{" + p + "}`"));
                sb.append(String.join(", ", ph)).append(".\n");
            }
            sb.append('\n');
            table(sb, t.keys(), "");
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<KeySpec> keys, String prefix) {
        if (prefix.isEmpty()) {
            sb.append("| key | required | value | meaning |\n|---|---|---|---|\n");
        }
        for (KeySpec k : keys) {
            sb.append("| `").append(prefix).append(k.key()).append("` | ").append(k.required() ? "yes" : "no")
                    .append(" | ").append(k.shape()).append(" | ").append(k.description().replace("|", "\\|"))
                    .append(" |\n");
            if (!k.children().isEmpty()) {
                table(sb, k.children(), prefix + k.key() + ".");
            }
        }
    }
}
