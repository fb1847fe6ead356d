package dev.papageno.core.rule.types;

import dev.papageno.core.ConfigException;
import dev.papageno.core.Severity;
import dev.papageno.core.match.PhraseHit;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.resources.CrisisResource;
import dev.papageno.core.resources.RegionInfo;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.resources.ResourceMentions;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import dev.papageno.core.rule.TopicAnalysis;
import dev.papageno.core.rule.load.KeySpec;
import dev.papageno.core.rule.load.LoadContext;
import dev.papageno.core.rule.load.TypeSchema;
import dev.papageno.core.yaml.YNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the help lines a draft gives against the crisis-resource data
 * ({@code papageno/crisis-resources/<region>.yaml}): {@code outdated} and {@code closed} report a
 * line that changed or no longer exists, with the replacement as the fix; {@code missing} reports a
 * draft about suicide or self-harm that gives none; {@code region-mismatch} reports a draft whose
 * lines all belong to another region than the one configured.
 */
public final class CrisisResourceRule implements Rule {

    public static final TypeSchema SCHEMA = new TypeSchema("crisis-resources",
            "Checks the help lines in a draft against the crisis-resource data.",
            List.of(
                    KeySpec.required("check", "text", "`outdated`, `closed`, `missing` or `region-mismatch`."),
                    KeySpec.optional("topics", "list of texts", "For `missing`: lexicons that make a draft on"
                            + " topic."),
                    KeySpec.optional("minSentences", "number", "For `missing`: body sentences that must speak of"
                            + " the topics. Default 2."),
                    KeySpec.optional("historical", "cue list", "For `outdated`: words that show the line is"
                            + " mentioned as history, not offered as help (\"used to\", \"formerly\"); such mentions"
                            + " drop to info.", LoadContext.CUE_KEYS.toArray(new KeySpec[0]))),
            List.of("service", "replacement", "date", "note", "region", "resources", "terms", "sentences"));

    private static final Set<String> CHECKS = Set.of("outdated", "closed", "missing", "region-mismatch");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RuleSpec spec;
    private final String check;
    private final List<String> topics;
    private final int minSentences;
    private final PhraseSet historical;
    private final ResourceDirectory directory;

    private CrisisResourceRule(RuleSpec spec, String check, List<String> topics, int minSentences,
            PhraseSet historical, ResourceDirectory directory) {
        this.spec = spec;
        this.check = check;
        this.topics = topics;
        this.minSentences = minSentences;
        this.historical = historical;
        this.directory = directory;
    }

    /** Compiles a crisis-resource rule from its file. */
    public static Rule compile(RuleSpec spec, YNode root, LoadContext ctx) throws ConfigException {
        String check = root.require("check").asChoice(CHECKS);
        List<String> topics = new ArrayList<>();
        if (root.has("topics")) {
            ctx.lexicons(root.require("topics")).forEach(l -> topics.add(l.name()));
        } else if (check.equals("missing")) {
            throw root.error("check \"missing\" needs topics");
        }
        int min = root.has("minSentences") ? root.require("minSentences").asInt(1, 100) : 2;
        PhraseSet historical = root.has("historical") ? ctx.cues(root.require("historical"),
                spec.id() + " historical") : null;
        return new CrisisResourceRule(spec, check, List.copyOf(topics), min, historical, ctx.resources());
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(List.of(directory.names(), directory.helpWords()));
        if (historical != null) {
            out.add(historical);
        }
        return out;
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        List<ResourceMention> mentions = ResourceMentions.of(doc, directory);
        switch (check) {
            case "outdated" -> changed(doc, mentions, CrisisResource.Status.OUTDATED, out);
            case "closed" -> changed(doc, mentions, CrisisResource.Status.CLOSED, out);
            case "missing" -> missing(doc, mentions, out);
            case "region-mismatch" -> regionMismatch(doc, mentions, out);
            default -> throw new IllegalStateException(check);
        }
    }

    private void changed(DocumentContext doc, List<ResourceMention> mentions, CrisisResource.Status status,
            Consumer<RuleMatch> out) {
        for (ResourceMention m : mentions) {
            CrisisResource r = m.resource();
            if (r.status() != status) {
                continue;
            }
            Optional<String> fix = replacementFor(m);
            Map<String, String> args = new LinkedHashMap<>();
            args.put("match", m.written());
            args.put("service", r.service());
            args.put("note", r.note());
            args.put("date", r.changed().map(DATE::format).orElse("an unknown date"));
            args.put("replacement", r.replacement().map(this::describe).orElse("a current help line"));
            List<String> suggestions = fix.map(List::of).orElse(List.of());
            List<String> cues = List.of("service: " + r.service(), "status: " + r.status().id(),
                    "region: " + r.region(), "source: " + r.source());
            RuleMatch match;
            if (m.block() != null) {
                match = RuleMatch.inBlock(this, m.block(), m.from(), m.to(), suggestions,
                        spec.fixable() && fix.isPresent(), args, cues);
                if (historical != null && isHistorical(doc, m)) {
                    match = match.withSeverity(Severity.INFO);
                }
            } else {
                match = new RuleMatch(this, null, -1, -1, m.range(), Optional.empty(), suggestions,
                        spec.fixable() && fix.isPresent(), args, cues);
            }
            out.accept(match);
        }
    }

    private String describe(CrisisResource.Replacement rep) {
        List<String> ways = new ArrayList<>();
        rep.phone().ifPresent(p -> ways.add("call " + p));
        rep.text().ifPresent(t -> ways.add("text " + t));
        rep.url().ifPresent(ways::add);
        return rep.service() + (ways.isEmpty() ? "" : " (" + String.join(", ", ways) + ")");
    }

    /** The replacement of the same kind as the mention: a number for a number, an address for an address. */
    private static Optional<String> replacementFor(ResourceMention m) {
        Optional<CrisisResource.Replacement> rep = m.resource().replacement();
        if (rep.isEmpty()) {
            return Optional.empty();
        }
        boolean link = m.block() == null;
        String written = m.written().toLowerCase(Locale.ROOT);
        return switch (m.kind()) {
            case PHONE -> rep.get().phone().map(p -> link && written.startsWith("tel:") ? "tel:" + p : p);
            case TEXT -> rep.get().text().or(() -> rep.get().phone())
                    .map(p -> link && written.startsWith("sms:") ? "sms:" + p : p);
            case URL -> rep.get().url().map(u -> written.startsWith("https://") ? "https://" + u
                    : written.startsWith("http://") ? "http://" + u : u);
            case NAME -> Optional.of(rep.get().service());
        };
    }

    private boolean isHistorical(DocumentContext doc, ResourceMention m) {
        BlockView v = doc.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        for (PhraseHit h : v.hits(historical)) {
            if (h.start() >= s.start() && h.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private void missing(DocumentContext doc, List<ResourceMention> mentions, Consumer<RuleMatch> out) {
        TopicAnalysis topic = doc.topic(topics);
        if (topic.sentenceCount() < minSentences) {
            return;
        }
        for (ResourceMention m : mentions) {
            if (m.resource().routesToHelp()) {
                return;
            }
        }
        List<CrisisResource> suggested = suggestedResources(doc);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("terms", topic.describeTerms(4));
        args.put("sentences", String.valueOf(topic.sentenceCount()));
        args.put("region", doc.region().flatMap(directory::region).map(RegionInfo::name).orElse("any region"));
        args.put("resources", String.join("; ", suggested.stream().map(CrisisResource::contactLine).toList()));
        List<String> cues = List.of("topic: " + topic.describeTerms(6), "sentences: " + topic.sentenceCount());
        out.accept(RuleMatch.atDocument(this, 0, args, cues,
                suggested.stream().map(CrisisResource::contactLine).toList()));
    }

    /** The current lines of the configured region, or the international directories without one. */
    private List<CrisisResource> suggestedResources(DocumentContext doc) {
        Optional<RegionInfo> region = doc.region().flatMap(directory::region);
        List<CrisisResource> out = new ArrayList<>();
        region.ifPresent(r -> out.addAll(r.current()));
        if (out.isEmpty() || region.isEmpty()) {
            directory.region("intl").ifPresent(r -> out.addAll(r.current()));
        }
        return out;
    }

    private void regionMismatch(DocumentContext doc, List<ResourceMention> mentions, Consumer<RuleMatch> out) {
        Optional<String> region = doc.region();
        if (region.isEmpty() || mentions.isEmpty()) {
            return;
        }
        String code = region.get().toLowerCase(Locale.ROOT);
        for (ResourceMention m : mentions) {
            String r = m.resource().region();
            if ((r.equals(code) || r.equals("intl")) && m.resource().routesToHelp()) {
                return;
            }
        }
        ResourceMention first = mentions.get(0);
        String name = directory.region(code).map(RegionInfo::name).orElse(code);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("match", first.written());
        args.put("service", first.resource().service());
        args.put("region", name);
        List<CrisisResource> suggested = suggestedResources(doc);
        args.put("resources", String.join("; ", suggested.stream().map(CrisisResource::contactLine).toList()));
        List<String> cues = List.of("configured region: " + code, "lines given for: " + first.resource().region());
        List<String> suggestions = suggested.stream().map(CrisisResource::contactLine).toList();
        if (first.block() != null) {
            out.accept(RuleMatch.inBlock(this, first.block(), first.from(), first.to(), suggestions, false, args,
                    cues));
        } else {
            out.accept(new RuleMatch(this, null, -1, -1, first.range(), Optional.empty(), suggestions, false, args,
                    cues));
        }
    }
}
