package dev.papageno.core.rule.types;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.yaml.YNode;

/** The {@code method} rule type: its keys, and the compiled {@link MethodRule} that reports the method model's calls. */
public final class MethodType implements RuleType {

    /** The one instance. */
    public static final MethodType INSTANCE = new MethodType();

    private MethodType() {
    }

    @Override
    public TypeSchema schema() {
        return MethodRule.SCHEMA;
    }

    @Override
    public Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        return MethodRule.compile(spec, root, ctx);
    }
}
