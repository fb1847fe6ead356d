package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;

/** The {@code directive} rule type: its keys, and the compiled {@link DirectiveRule} that checks control comments. */
public final class DirectiveType implements RuleType {

    /** The one instance. */
    public static final DirectiveType INSTANCE = new DirectiveType();

    private DirectiveType() {
    }

    @Override
    public TypeSchema schema() {
        return DirectiveRule.SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        return DirectiveRule.compile(spec, root, ctx);
    }
}
