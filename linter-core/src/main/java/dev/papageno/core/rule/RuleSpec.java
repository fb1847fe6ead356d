package dev.papageno.core.rule;

import dev.papageno.core.api.RuleKind;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every rule has, whatever its type: identity, default severity, the words it shows the
 * writer, the guidelines behind it, its context policy and its examples.
 *
 * @param id          {@code category/name}, stable and never reused
 * @param kind        the rule type ({@code phrase}, {@code pattern}, ...)
 * @param severity    the default severity (profiles and config may change it)
 * @param summary     one line: what the rule flags
 * @param message     the message template; {@code {match}}, {@code {suggestion}} and type-specific fields
 * @param rationale   why, in plain words
 * @param sources     the guidelines behind it
 * @param suggestions what to write instead; a {@code {verb:die}} placeholder follows the form of the matched verb
 * @param fixable     whether the first suggestion may be applied automatically
 * @param scopes      the scopes the rule checks; empty for all prose
 * @param context     how quotes, mentions, references and first person affect it
 * @param options     named options with their default values; profiles may override them
 * @param examples    the examples, which are also its tests
 * @param origin      the file it came from
 */
public record RuleSpec(String id, RuleKind kind, Severity severity, String summary, String message, String rationale,
        List<SourceRef> sources, List<String> suggestions, boolean fixable, Set<Scope> scopes, ContextPolicy context,
        Map<String, String> options, List<Example> examples, String origin) {

    public RuleSpec {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        scopes = Set.copyOf(scopes);
        options = Map.copyOf(options);
        examples = List.copyOf(examples);
    }

    /** The part of the id before the slash. */
    public String category() {
        return id.substring(0, id.indexOf('/'));
    }

    /**
     * Whether {@code --fix} can fix the rule's findings: it must offer a fix, and a document-level
     * rule (a missing content note) never can, since what to add and where is the writer's call.
     */
    public boolean autoFixable() {
        return fixable && !kind.isDocumentLevel();
    }

    /** The part of the id after the slash. */
    public String name() {
        return id.substring(id.indexOf('/') + 1);
    }
}
