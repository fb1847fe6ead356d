package dev.papageno.core.rule.load;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.RuleKind;
import dev.papageno.core.api.Severity;
import dev.papageno.core.document.Scope;
import dev.papageno.core.rule.ContextPolicy;
import dev.papageno.core.rule.Example;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.rule.schema.KeySpec;
import dev.papageno.core.rule.schema.LoadContext;
import dev.papageno.core.rule.schema.RuleType;
import dev.papageno.core.rule.schema.TypeSchema;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.yaml.YNode;
import dev.papageno.core.yaml.Yaml;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one rule file: the common keys into a {@link RuleSpec}, the rest by the rule's type. */
final class RuleFileReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> COMMON_PLACEHOLDERS = Set.of("match", "suggestion", "suggestions", "cues");

    private final Map<String, SourceRef> sources;
    private final Set<String> profiles;
    private final LoadContext ctx;

    RuleFileReader(Map<String, SourceRef> sources, Set<String> profiles, LoadContext ctx) {
        this.sources = sources;
        this.profiles = profiles;
        this.ctx = ctx;
    }

    Rule read(String file, String text) throws ConfigException {
        YNode root = Yaml.parse(text, file).asMap();
        YNode typeNode = root.require(RuleSchema.TYPE.key());
        String typeName = typeNode.asString();
        RuleType type = RuleSchema.TYPES.get(typeName);
        if (type == null && RuleSchema.RETIRED.containsKey(typeName)) {
            throw typeNode.error(RuleSchema.RETIRED.get(typeName));
        }
        if (type == null) {
            throw typeNode.error(ConfigException.quote(typeName) + " is not a rule type; use one of: "
                    + String.join(", ", RuleSchema.TYPES.keySet()));
        }
        Set<String> allowed = new LinkedHashSet<>(LoadContext.names(RuleSchema.COMMON));
        allowed.addAll(LoadContext.names(type.schema().keys()));
        retired(root, type.schema());
        root.allowOnly(allowed);
        RuleSpec spec = spec(file, root, type.schema());
        for (KeySpec k : type.schema().keys()) {
            if (k.required()) {
                root.require(k.key());
            }
        }
        return type.compile(spec, root, ctx);
    }

    /** Stops at the first key of an earlier version of the format, saying what to write instead. */
    private static void retired(YNode root, TypeSchema type) throws ConfigException {
        for (Map.Entry<String, String> r : new java.util.TreeMap<>(type.retired()).entrySet()) {
            retired(root, List.of(r.getKey().split("\\.")), r.getValue());
        }
    }

    /** Looks for a dotted path of keys, through every item of a list on the way. */
    private static void retired(YNode node, List<String> path, String advice) throws ConfigException {
        if (node.isList()) {
            for (YNode item : node.asList()) {
                retired(item, path, advice);
            }
            return;
        }
        if (!node.isMap() || !node.has(path.get(0))) {
            return;
        }
        if (path.size() == 1) {
            throw node.keyError(path.get(0), advice);
        }
        retired(node.require(path.get(0)), path.subList(1, path.size()), advice);
    }

    private RuleSpec spec(String file, YNode root, TypeSchema type) throws ConfigException {
        YNode idNode = root.require(RuleSchema.ID.key());
        String id = idNode.asText();
        if (!ID.matcher(id).matches()) {
            throw idNode.error(ConfigException.quote(id) + " is not a rule id; use category/name in lower case with dashes,"
                    + " such as stigma/committed-suicide");
        }
        Severity severity = RuleSchema.SEVERITY.read(root, Severity.class);
        String summary = root.require(RuleSchema.SUMMARY.key()).asText().strip();
        YNode messageNode = root.require(RuleSchema.MESSAGE.key());
        String message = messageNode.asText().strip();
        Set<String> placeholders = new HashSet<>(COMMON_PLACEHOLDERS);
        placeholders.addAll(type.placeholders());
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            if (!placeholders.contains(m.group(1))) {
                throw messageNode.error("unknown placeholder {" + m.group(1) + "}; this rule type knows: "
                        + String.join(", ", new java.util.TreeSet<>(placeholders)));
            }
        }
        String rationale = root.require(RuleSchema.RATIONALE.key()).asText().strip().replaceAll("\\s*\\n\\s*", " ");
        List<SourceRef> refs = new ArrayList<>();
        YNode sourcesNode = root.require(RuleSchema.SOURCES.key());
        for (YNode s : sourcesNode.asList()) {
            String key = s.asText();
            if (key.startsWith("https://") || key.startsWith("http://")) {
                refs.add(new SourceRef(key, key, key));
            } else {
                SourceRef ref = sources.get(key);
                if (ref == null) {
                    throw s.error("unknown source " + ConfigException.quote(key) + "; add it to papageno/sources.yaml or give a URL");
                }
                refs.add(ref);
            }
        }
        if (refs.isEmpty()) {
            throw sourcesNode.error("needs at least one source");
        }
        List<String> suggest = root.stringList(RuleSchema.SUGGEST.key());
        if (root.has(RuleSchema.SUGGEST.key())) {
            type.suggest().check(root.require(RuleSchema.SUGGEST.key()));
        }
        boolean fixable = root.has(RuleSchema.FIX.key()) ? root.require(RuleSchema.FIX.key()).asBoolean()
                : !suggest.isEmpty();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (root.has(RuleSchema.SCOPE.key())) {
            scopes.addAll(RuleSchema.SCOPE.readAll(root, Scope.class, "a scope"));
        }
        ContextPolicy context = context(root);
        Map<String, String> options = new LinkedHashMap<>();
        if (root.has(RuleSchema.OPTIONS.key())) {
            for (Map.Entry<String, YNode> e : root.require(RuleSchema.OPTIONS.key()).asMap().entries().entrySet()) {
                options.put(e.getKey(), e.getValue().asString());
            }
        }
        List<Example> examples = examples(root.require(RuleSchema.EXAMPLE_KEYS.key()));
        return new RuleSpec(id, RuleKind.byId(type.type()).orElseThrow(), severity, summary, message, rationale, refs, suggest, fixable, scopes,
                context, options, examples, file);
    }

    private static ContextPolicy context(YNode root) throws ConfigException {
        if (!root.has(RuleSchema.CONTEXT.key())) {
            return ContextPolicy.DEFAULT;
        }
        YNode c = root.require(RuleSchema.CONTEXT.key()).asMap().allowOnly(RuleSchema.CONTEXT.childNames());
        ContextPolicy d = ContextPolicy.DEFAULT;
        ContextPolicy.FirstPerson firstPerson = RuleSchema.FIRST_PERSON.read(c, ContextPolicy.FirstPerson.class,
                d.firstPersonOff() ? ContextPolicy.FirstPerson.OFF
                        : d.firstPersonInfo() ? ContextPolicy.FirstPerson.INFO : ContextPolicy.FirstPerson.KEEP);
        return new ContextPolicy(
                RuleSchema.QUOTES.read(c, ContextPolicy.Quotes.class, d.lowerInQuotes() ? ContextPolicy.Quotes.LOWER
                        : ContextPolicy.Quotes.KEEP) == ContextPolicy.Quotes.LOWER,
                skip(c, RuleSchema.MENTIONS, d.skipMentions()),
                skip(c, RuleSchema.REFERENCES, d.skipReferences()),
                firstPerson == ContextPolicy.FirstPerson.INFO,
                firstPerson == ContextPolicy.FirstPerson.OFF,
                skip(c, RuleSchema.TITLES, d.skipTitles()),
                RuleSchema.REPORTED.read(c, ContextPolicy.Reported.class, d.reportedInfo() ? ContextPolicy.Reported.INFO
                        : ContextPolicy.Reported.KEEP) == ContextPolicy.Reported.INFO,
                RuleSchema.RECORDS.read(c, ContextPolicy.Reported.class, d.recordsInfo() ? ContextPolicy.Reported.INFO
                        : ContextPolicy.Reported.KEEP) == ContextPolicy.Reported.INFO);
    }

    private static boolean skip(YNode context, KeySpec key, boolean otherwise) throws ConfigException {
        ContextPolicy.SkipOrKeep dflt = otherwise ? ContextPolicy.SkipOrKeep.SKIP : ContextPolicy.SkipOrKeep.KEEP;
        return key.read(context, ContextPolicy.SkipOrKeep.class, dflt) == ContextPolicy.SkipOrKeep.SKIP;
    }

    private List<Example> examples(YNode node) throws ConfigException {
        List<Example> out = new ArrayList<>();
        boolean anyBad = false;
        boolean anyOk = false;
        for (YNode e : node.asList()) {
            e.asMap().allowOnly(RuleSchema.EXAMPLE_KEYS.childNames());
            boolean bad = e.has("bad");
            if (bad == e.has("ok")) {
                throw e.error("an example has either bad or ok");
            }
            String raw = (bad ? e.require("bad") : e.require("ok")).asText();
            Example.Marked marked = Example.unmark(raw);
            if (marked.error() != null) {
                throw (bad ? e.require("bad") : e.require("ok")).error(marked.error());
            }
            if (bad && marked.range().isEmpty()) {
                throw e.require("bad").error("mark the reported span with [[ and ]]");
            }
            if (!bad && marked.range().isPresent()) {
                throw e.require("ok").error("an ok example has no [[ ]] span");
            }
            if (!bad && e.has("fix")) {
                throw e.require("fix").error("only a bad example has a fix");
            }
            String format = e.has(RuleSchema.FORMAT.key()) ? e.require(RuleSchema.FORMAT.key()).asString()
                    : KeySpec.id(InputFormat.MARKDOWN);
            if (InputFormat.byId(format).isEmpty()) {
                throw e.require(RuleSchema.FORMAT.key()).error(ConfigException.quote(format) + " is not a format; use "
                        + RuleSchema.FORMAT.choicesInWords());
            }
            Optional<String> profile = e.optionalText("profile");
            if (profile.isPresent() && !profiles.contains(profile.get())) {
                throw e.require("profile").error("unknown profile " + ConfigException.quote(profile.get()) + "");
            }
            Optional<String> region = e.optionalText("region");
            Optional<String> fix = e.has("fix") ? Optional.of(e.require("fix").asString()) : Optional.empty();
            if (!bad && e.has(RuleSchema.EXAMPLE_SEVERITY.key())) {
                throw e.require(RuleSchema.EXAMPLE_SEVERITY.key()).error("only a bad example has a severity");
            }
            Optional<Severity> severity = e.has(RuleSchema.EXAMPLE_SEVERITY.key())
                    ? Optional.of(RuleSchema.EXAMPLE_SEVERITY.read(e, Severity.class, Severity.WARNING)) : Optional.empty();
            out.add(new Example(bad, marked.text(), marked.range(), fix, format, profile, region, e.line(), severity));
            anyBad |= bad;
            anyOk |= !bad;
        }
        if (!anyBad || !anyOk) {
            throw node.error("needs at least one bad and one ok example");
        }
        return out;
    }
}
