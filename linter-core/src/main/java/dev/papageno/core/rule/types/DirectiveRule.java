package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.spelling.RuleIds;
import dev.papageno.core.document.Directive;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.SuggestionSyntax;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.source.TextRange;
import dev.papageno.core.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Checks the draft's control comments ({@code <!-- papageno-disable stigma/comitted-suicide -->}):
 * a rule id or category that no loaded rule has turns nothing off, so it is a finding at the
 * comment, with the closest id as "did you mean".
 */
final class DirectiveRule implements Rule {

    static final TypeSchema SCHEMA = new TypeSchema("directive",
            "Checks the draft's control comments (`papageno-disable`, `papageno-enable`,"
                    + " `papageno-disable-next-line`): each rule id or category they name must be one that is"
                    + " loaded. A finding is placed on the comment.",
            List.of(), List.of("id", "comment", "hint"), SuggestionSyntax.NONE, Map.of());

    private final RuleSpec spec;

    private DirectiveRule(RuleSpec spec) {
        this.spec = spec;
    }

    /** Compiles a directive rule from its file: it has only the common keys. */
    static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        return new DirectiveRule(spec);
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        List<Directive> directives = doc.document().directives();
        if (directives.isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>();
        for (Rule r : doc.rules().rules()) {
            known.add(r.spec().id());
            known.add(r.spec().category());
        }
        for (Directive d : directives) {
            for (String id : d.ruleIds()) {
                if (known.contains(id)) {
                    continue;
                }
                Optional<String> closest = RuleIds.closest(known, id);
                String hint = closest.map(c -> "did you mean " + c + "?")
                        .orElse("run 'papageno rules' to list the rule ids and categories.");
                TextRange range = d.range();
                out.accept(new RuleMatch(this, null, -1, -1, range, Optional.empty(), List.of(), false,
                        Map.of("id", id, "comment", d.kind().keyword(), "hint", hint), List.of()));
            }
        }
    }
}
