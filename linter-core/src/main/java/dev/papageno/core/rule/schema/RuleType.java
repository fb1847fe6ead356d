package dev.papageno.core.rule.schema;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.yaml.YNode;

/**
 * A rule type, as ESLint has a rule's meta and create: its {@link #schema()} describes the keys a
 * file of this type may have (the loader checks files against it and the schema page is written
 * from it), and {@link #compile} reads a checked file into a compiled {@link Rule}, which only
 * matches. Reading YAML stays here; matching never reads YAML.
 */
public interface RuleType {

    /** The value of {@code type:}, what rules of this type do, their keys and message placeholders. */
    TypeSchema schema();

    /**
     * Compiles a rule of this type; the common keys are read into {@code spec} already, and the file
     * has only keys the schema knows.
     *
     * @throws ConfigException for a value the schema allows in shape but not in meaning
     */
    Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException;
}
