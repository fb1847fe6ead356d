package dev.papageno.core.rule.load;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Scope;
import dev.papageno.core.rule.ContextPolicy;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.rule.types.CombinationType;
import dev.papageno.core.rule.types.CrisisResourceType;
import dev.papageno.core.rule.types.DirectiveType;
import dev.papageno.core.rule.types.DocumentType;
import dev.papageno.core.rule.types.MethodType;
import dev.papageno.core.rule.types.PatternType;
import dev.papageno.core.rule.types.PhraseType;
import dev.papageno.core.source.InputFormat;
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

    static final KeySpec FORMAT = KeySpec.choice("format", false, InputFormat.class, "The example's format."
            + " Default `markdown`.");

    static final KeySpec EXAMPLE_SEVERITY = KeySpec.choice("severity", false, Severity.class, "For a `bad`"
            + " example: the severity the finding must have under the example's profile (a lowered place, say).");

    static final KeySpec EXAMPLE_KEYS = KeySpec.required("examples", "list of maps",
            "The rule's examples, which are also its tests. Each has `bad` or `ok`. At least one `bad` and one"
                    + " `ok`.",
            KeySpec.optional("bad", "text", "Text the rule must report exactly once, on the span marked with"
                    + " `[[` and `]]` (an empty `[[]]` marks where a document-level finding is placed)."),
            KeySpec.optional("ok", "text", "Text that must give no finding from any rule."),
            KeySpec.optional("fix", "text", "For a `bad` example: the text after the first suggestion is applied;"
                    + " it must then be clean of this rule."),
            EXAMPLE_SEVERITY, FORMAT,
            KeySpec.optional("profile", "text", "The profile to lint with (default `blog`)."),
            KeySpec.optional("region", "text", "The region to lint with (default none)."),
            KeySpec.optional("note", "text", "Why the example is there (a trap, a false positive fixed)."));

    static final KeySpec ID = KeySpec.required("id", "text", "`category/name`: lower-case words joined by dashes."
            + " Stable; never reused.");

    static final KeySpec TYPE = KeySpec.required("type", "text", "The rule type (below).");

    static final KeySpec SEVERITY = KeySpec.choice("severity", true, Severity.class, "How much a finding"
            + " matters.");

    static final KeySpec SUMMARY = KeySpec.required("summary", "text", "One line: what the rule flags.");

    static final KeySpec MESSAGE = KeySpec.required("message", "text", "What the writer reads. Placeholders:"
            + " `{match}` (the words found), `{suggestion}` (the first suggestion), `{suggestions}` (all of them),"
            + " `{cues}` (what made the finding) and the type's own.");

    static final KeySpec RATIONALE = KeySpec.required("rationale", "text", "Why, in plain words.");

    static final KeySpec SOURCES = KeySpec.required("sources", "list of texts", "Keys of `papageno/sources.yaml`"
            + " or https URLs of the guidelines behind the rule.");

    static final KeySpec SUGGEST = KeySpec.optional("suggest", "list of texts", "What to write instead, best first."
            + " Braces hold the placeholders the type lists: `{verb:die} by suicide` gives the verb the form of the"
            + " matched one; `{oneself}` and `{one's}` stand for the pronouns in the match (\"harmed herself\"); in"
            + " a pattern rule `{2}` is the word element 2 matched. Anything else in braces is an error; a bare verb"
            + " (`{die}`), the earlier form, gets the advice to write `{verb:die}`.");

    static final KeySpec FIX = KeySpec.optional("fix", "true or false", "Whether `--fix` may apply the first"
            + " suggestion. Default: true when there are suggestions.");

    static final KeySpec SCOPE = KeySpec.choices("scope", false, Scope.class, "Scopes to check. Default: all"
            + " prose.");

    static final KeySpec QUOTES = KeySpec.choice("quotes", false, ContextPolicy.Quotes.class, "`lower`"
            + " (default): one level lower inside quotation marks or a blockquote, never below info; `keep`: no change.");

    static final KeySpec MENTIONS = KeySpec.choice("mentions", false, ContextPolicy.SkipOrKeep.class, "`skip`"
            + " (default): a term being talked about (after \"the phrase\", \"avoid saying\") is not a finding;"
            + " `keep`: it is.");

    static final KeySpec REFERENCES = KeySpec.choice("references", false, ContextPolicy.SkipOrKeep.class, "`skip`"
            + " (default): reference sections and citation lines are not checked; `keep`: they are.");

    static final KeySpec FIRST_PERSON = KeySpec.choice("firstPerson", false, ContextPolicy.FirstPerson.class,
            "`info`: a label the writer gives themselves drops to info; `off`: words the writer uses of"
                    + " themselves are not a finding; `keep` (default): no change.");

    static final KeySpec TITLES = KeySpec.choice("titles", false, ContextPolicy.SkipOrKeep.class, "`skip`: words"
            + " inside a title or name written in Title Case (\"Lunatic Asylum\", \"Suicide Squad\") are not a"
            + " finding; `keep` (default): they are.");

    static final KeySpec REPORTED = KeySpec.choice("reported", false, ContextPolicy.Reported.class, "`info`: words"
            + " the writer reports as someone else's (\"they called him a cutter\", \"people thought I was doing it for"
            + " attention\"), and words in a question that the next sentence answers no (\"Is it attention seeking?"
            + " No.\"), drop to info and are not fixed automatically; `keep` (default): no change.");

    static final KeySpec RECORDS = KeySpec.choice("records", false, ContextPolicy.Reported.class, "`info`: in a"
            + " draft that is a court record (three or more words of the pack's `court-record` lexicon: a caption's"
            + " \"Plaintiffs-Appellants\", \"Circuit Judge\", a reporter citation such as \"F.3d\"), the words are"
            + " the record's: the match drops to info and is not fixed automatically; `keep` (default): no change.");

    static final KeySpec CONTEXT = KeySpec.optional("context", "map", "How context changes a match.", QUOTES,
            MENTIONS, REFERENCES, FIRST_PERSON, TITLES, REPORTED, RECORDS);

    static final KeySpec OPTIONS = KeySpec.optional("options", "map", "Named options and their default values,"
            + " which profiles may set.");

    /** Keys every rule file has. */
    public static final List<KeySpec> COMMON = List.of(ID, TYPE, SEVERITY, SUMMARY, MESSAGE, RATIONALE, SOURCES,
            SUGGEST, FIX, SCOPE, CONTEXT, OPTIONS, EXAMPLE_KEYS);

    /** The rule types by the value of {@code type:}, in documentation order. */
    static final Map<String, RuleType> TYPES = new LinkedHashMap<>();

    static {
        for (RuleType t : List.of(PhraseType.INSTANCE, PatternType.INSTANCE,
                CombinationType.INSTANCE, DocumentType.INSTANCE, CrisisResourceType.INSTANCE,
                MethodType.INSTANCE, DirectiveType.INSTANCE)) {
            TYPES.put(t.schema().type(), t);
        }
    }

    /** Types of earlier versions of the format, with what to write instead. */
    static final Map<String, String> RETIRED = Map.of("proximity", "the proximity type is part of combination"
            + " now: write type: combination, match.groups instead of match.cues, match.anyOf: [[the groups of"
            + " match.require]] instead of match.require, pos: under a group instead of match.pos, and"
            + " unless: {sentence: ...} beside match instead of match.exclude; a combination is found within one"
            + " sentence, so match.window has no equivalent");

    private RuleSchema() {
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
            List<String> suggest = t.suggest().known();
            sb.append("\nSuggestion placeholders: ").append(suggest.isEmpty() ? "none; suggestions are used as written"
                    : String.join(", ", suggest.stream().map(p -> "`" + p + "`").toList())).append(".\n");
            sb.append('\n');
            table(sb, t.keys(), "");
            if (!t.retired().isEmpty()) {
                sb.append("\nEarlier forms, which now stop the load with what to write instead:\n\n");
                new java.util.TreeMap<>(t.retired()).forEach((key, advice) -> sb.append("- `").append(key)
                        .append("`: ").append(advice).append(".\n"));
            }
        }
        sb.append("\n## Retired types\n\n");
        new java.util.TreeMap<>(RETIRED).forEach((type, advice) -> sb.append("- `").append(type).append("`: ")
                .append(advice).append(".\n"));
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
