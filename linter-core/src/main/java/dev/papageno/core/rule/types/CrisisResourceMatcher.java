package dev.papageno.core.rule.types;

import dev.papageno.core.api.Severity;
import dev.papageno.core.match.PhraseSet;
import dev.papageno.core.nlp.Sentence;
import dev.papageno.core.nlp.WordTokens;
import dev.papageno.core.resources.ChangeDate;
import dev.papageno.core.resources.CrisisResource;
import dev.papageno.core.resources.PhoneNumbers;
import dev.papageno.core.resources.RegionInfo;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.resources.ResourceMention;
import dev.papageno.core.rule.BlockView;
import dev.papageno.core.rule.DocumentContext;
import dev.papageno.core.rule.Rule;
import dev.papageno.core.rule.RuleMatch;
import dev.papageno.core.rule.RuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the help lines a draft gives against the crisis-resource data
 * ({@code papageno/crisis-resources/<region>.yaml}).
 * <ul>
 * <li>{@code outdated}: a number, text line, address or name that changed, on its exact words,
 * with the replacement of the same kind as the fix;</li>
 * <li>{@code closed}: a service that no longer exists;</li>
 * <li>{@code missing}: a draft about suicide or self-harm ({@link TopicGate}) that gives no route
 * to help (an outdated line still counts; a closed one does not);</li>
 * <li>{@code region-mismatch}: a region is set and every line the draft gives is for another.</li>
 * </ul>
 * A line mentioned as history rather than offered ("when I called the old Lifeline number in
 * 2019") drops to info, without a fix: the story happened with the old line. Entries marked
 * {@code unverified} count as present and are never reported.
 */
final class CrisisResourceMatcher implements Rule {

    /** The checks, as {@code check:} names them. */
    enum Check {
        OUTDATED, CLOSED, MISSING, REGION_MISMATCH
    }

    private static final int TERMS_SHOWN = 4;
    private static final int EARLIEST_YEAR = 1950;
    private static final int MESSAGE_LINES = 4;

    private final RuleSpec spec;
    private final Check check;
    private final TopicGate gate;
    private final PhraseSet historical;
    private final ResourceDirectory directory;

    CrisisResourceMatcher(RuleSpec spec, Check check, TopicGate gate, PhraseSet historical,
            ResourceDirectory directory) {
        this.spec = spec;
        this.check = check;
        this.gate = gate;
        this.historical = historical;
        this.directory = directory;
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<PhraseSet> phraseSets() {
        List<PhraseSet> out = new ArrayList<>(List.of(directory.names(), directory.helpWords(), historical));
        if (gate != null) {
            out.addAll(gate.phraseSets());
        }
        return out;
    }

    @Override
    public List<PhraseSet> triggerSets() {
        List<PhraseSet> out = new ArrayList<>(List.of(directory.names()));
        if (gate != null) {
            out.addAll(gate.topicSets());
        }
        return out;
    }

    @Override
    public java.util.Optional<String> howItDecides() {
        return gate == null ? java.util.Optional.empty() : java.util.Optional.of(gate.howItDecides());
    }

    @Override
    public void check(DocumentContext doc, Consumer<RuleMatch> out) {
        List<ResourceMention> mentions = ResourceMentions.of(doc);
        switch (check) {
            case OUTDATED -> changed(doc, mentions, CrisisResource.Status.OUTDATED, out);
            case CLOSED -> changed(doc, mentions, CrisisResource.Status.CLOSED, out);
            case MISSING -> missing(doc, mentions, out);
            case REGION_MISMATCH -> regionMismatch(doc, mentions, out);
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
            args.put("service", r.asSubject());
            args.put("note", r.note() + sameLine(doc, m, mentions));
            args.put("date", r.changed().map(ChangeDate::phrase).orElse("at some point"));
            args.put("replacement", r.replacement().map(CrisisResource.Replacement::describe)
                    .orElse("a current help line"));
            args.put("region", regionName(r.region()));
            List<String> suggestions = fix.map(List::of).orElse(List.of());
            List<String> cues = new ArrayList<>(List.of("service: " + r.service(), "status: " + r.status().id(),
                    "region: " + r.region()));
            r.changed().ifPresent(d -> cues.add("changed: " + d));
            cues.add("source: " + r.source());
            boolean history = !m.inLink() && isHistorical(doc, m);
            if (history && besideACurrentLine(doc, m, mentions)) {
                // "988 (formerly the National Suicide Prevention Lifeline)": the old name tells readers what the
                // current line is; the draft offers the current one.
                continue;
            }
            boolean fixable = spec.fixable() && fix.isPresent() && !history;
            RuleMatch match = m.inLink()
                    ? new RuleMatch(this, null, -1, -1, m.range(), Optional.empty(), suggestions, fixable, args, cues)
                    : RuleMatch.inBlock(this, m.block(), m.from(), m.to(), suggestions, fixable, args, cues);
            if (r.severity().isPresent()) {
                match = match.withSeverity(r.severity().get());
            }
            if (history) {
                match = match.withSeverity(Severity.INFO);
            }
            out.accept(match);
        }
    }

    /**
     * What else in the sentence is the same old line ("the Lifeline at 1-800-273-8255": a name and a
     * number), so that its findings say they belong together; empty when nothing is.
     */
    private static String sameLine(DocumentContext doc, ResourceMention m, List<ResourceMention> mentions) {
        if (m.inLink()) {
            return "";
        }
        List<String> others = new ArrayList<>();
        for (ResourceMention o : inSentenceOf(doc, m, mentions)) {
            if (o != m && o.resource().equals(m.resource())) {
                others.add("“" + o.written() + "”");
            }
        }
        return others.isEmpty() ? "" : "; " + String.join(" and ", others) + (others.size() == 1 ? " is" : " are")
                + " the same old line in this sentence, so change them together";
    }

    /** The replacement of the same kind as the mention: a number for a number, an address for an address. */
    private static Optional<String> replacementFor(ResourceMention m) {
        Optional<CrisisResource.Replacement> rep = m.resource().replacement();
        if (rep.isEmpty()) {
            return Optional.empty();
        }
        CrisisResource.Replacement r = rep.get();
        String written = m.written().toLowerCase(Locale.ROOT);
        boolean link = m.inLink();
        return switch (m.kind()) {
            case PHONE -> r.phone().map(p -> link && written.startsWith("tel:") ? "tel:" + digitsOf(p) : p);
            case TEXT -> r.text().or(r::phone).map(p -> link && written.startsWith("sms:") ? "sms:" + digitsOf(p) : p);
            case URL -> r.url().map(u -> written.startsWith("https://") ? "https://" + u
                    : written.startsWith("http://") ? "http://" + u : u);
            case EMAIL -> Optional.empty();
            case NAME -> Optional.of(r.name().orElse(r.service()));
        };
    }

    private static String digitsOf(String number) {
        int to = number.toLowerCase(Locale.ROOT).lastIndexOf(" to ");
        return PhoneNumbers.digits(to >= 0 ? number.substring(to + 4) : number);
    }

    /**
     * Whether a current line of the same region is named in the same sentence as the old one ("call or
     * text 988, which replaced the Lifeline"), so the old name only says what the current line is.
     */
    private static boolean besideACurrentLine(DocumentContext doc, ResourceMention old, List<ResourceMention> mentions) {
        for (ResourceMention m : inSentenceOf(doc, old, mentions)) {
            if (m.resource().status() == CrisisResource.Status.CURRENT
                    && m.resource().region().equals(old.resource().region())) {
                return true;
            }
        }
        return false;
    }

    /** The mentions in the prose sentence of {@code m}, {@code m} among them. */
    private static List<ResourceMention> inSentenceOf(DocumentContext doc, ResourceMention m,
            List<ResourceMention> mentions) {
        Sentence s = doc.view(m.block()).sentenceAt(m.from());
        List<ResourceMention> in = new ArrayList<>();
        for (ResourceMention o : mentions) {
            if (o.block() == m.block() && o.from() >= s.start() && o.to() <= s.end()) {
                in.add(o);
            }
        }
        return in;
    }

    /**
     * Whether the sentence tells of the line as history: a cue such as "used to", "the old" or
     * "called", or a year before the line changed ("in 2019" for a line retired in 2022).
     */
    private boolean isHistorical(DocumentContext doc, ResourceMention m) {
        BlockView v = doc.view(m.block());
        Sentence s = v.sentenceAt(m.from());
        if (!v.hitsWithin(historical, s.start(), s.end()).isEmpty()) {
            return true;
        }
        Optional<ChangeDate> changed = m.resource().changed();
        if (changed.isEmpty()) {
            return false;
        }
        WordTokens words = v.words();
        for (int i = words.indexAt(s.start()); i < words.size() && words.start(i) < s.end(); i++) {
            if (words.start(i) >= m.from() && words.end(i) <= m.to()) {
                continue;
            }
            String w = words.word(i);
            if (w.length() == 4 && isDigits(w)) {
                int year = Integer.parseInt(w);
                if (year >= EARLIEST_YEAR && year < changed.get().year()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void missing(DocumentContext doc, List<ResourceMention> mentions, Consumer<RuleMatch> out) {
        TopicGate.Result topic = gate.analyse(doc);
        if (!gate.passes(topic)) {
            return;
        }
        String emergency = emergencyDigits(doc);
        for (ResourceMention m : mentions) {
            if (m.resource().routesToHelp() && !isLocalEmergency(m, emergency)) {
                return;
            }
        }
        List<CrisisResource> suggested = suggestedResources(doc);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("terms", topic.describeTerms(TERMS_SHOWN));
        args.put("sentences", String.valueOf(topic.sentenceCount()));
        args.put("why", topic.why());
        args.put("region", doc.region().map(this::regionName).orElse("any region"));
        args.put("resources", contactList(suggested));
        args.put("emergency", emergency(doc));
        List<String> cues = List.of("topic: " + topic.describeTerms(Integer.MAX_VALUE),
                "sentences: " + topic.sentenceCount(), "region: " + doc.region().orElse("none"));
        out.accept(RuleMatch.atDocument(this, 0, args, cues,
                suggested.stream().map(CrisisResource::contactLine).toList()));
    }

    private void regionMismatch(DocumentContext doc, List<ResourceMention> mentions, Consumer<RuleMatch> out) {
        Optional<String> configured = doc.region().map(r -> r.toLowerCase(Locale.ROOT));
        if (configured.isEmpty() || directory.region(configured.get()).isEmpty()) {
            return;
        }
        String code = configured.get();
        String emergency = emergencyDigits(doc);
        List<ResourceMention> foreign = new ArrayList<>();
        for (ResourceMention m : mentions) {
            CrisisResource r = m.resource();
            if (!r.routesToHelp()) {
                continue;
            }
            if (r.region().equals(code) || r.region().equals("intl")) {
                return;
            }
            if (!isLocalEmergency(m, emergency)) {
                foreign.add(m);
            }
        }
        if (foreign.isEmpty()) {
            return;
        }
        ResourceMention first = foreign.get(0);
        Set<String> regions = new LinkedHashSet<>();
        foreign.forEach(m -> regions.add(regionName(m.resource().region())));
        List<CrisisResource> suggested = suggestedResources(doc);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("match", first.written());
        args.put("service", first.resource().service());
        args.put("region", regionName(code));
        args.put("foreign", joinWithAnd(new ArrayList<>(regions)));
        args.put("resources", contactList(suggested));
        args.put("emergency", emergency(doc));
        List<String> cues = List.of("configured region: " + code, "lines given for: " + String.join(", ",
                foreign.stream().map(m -> m.resource().region()).distinct().toList()));
        List<String> suggestions = suggested.stream().map(CrisisResource::contactLine).toList();
        out.accept(first.inLink()
                ? new RuleMatch(this, null, -1, -1, first.range(), Optional.empty(), suggestions, false, args, cues)
                : RuleMatch.inBlock(this, first.block(), first.from(), first.to(), suggestions, false, args, cues));
    }

    /** The digits of the configured region's emergency number, or empty. */
    private String emergencyDigits(DocumentContext doc) {
        return doc.region().flatMap(directory::region).map(r -> PhoneNumbers.digits(r.emergency())).orElse("");
    }

    /**
     * Whether a number is the readers' own emergency number ("call 111" in New Zealand), which
     * another region may use for a help line (NHS 111 in England): it is neither a help line from
     * elsewhere nor a crisis line.
     */
    private static boolean isLocalEmergency(ResourceMention m, String emergency) {
        boolean number = m.kind() == ResourceMention.Kind.PHONE || m.kind() == ResourceMention.Kind.TEXT;
        return number && !emergency.isEmpty() && PhoneNumbers.digits(m.written()).equals(emergency);
    }

    /** The current lines of the configured region, or the international directories without one. */
    private List<CrisisResource> suggestedResources(DocumentContext doc) {
        Optional<RegionInfo> region = doc.region().flatMap(directory::region);
        List<CrisisResource> out = new ArrayList<>();
        region.ifPresent(r -> out.addAll(r.current()));
        if (out.isEmpty()) {
            directory.region("intl").ifPresent(r -> out.addAll(r.current()));
        }
        return out;
    }

    /** "a", "a and b", "a, b and c". */
    private static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first few lines, for messages (the suggestions carry them all). */
    private static String contactList(List<CrisisResource> resources) {
        return String.join("; ", resources.stream().limit(MESSAGE_LINES).map(CrisisResource::contactLine).toList());
    }

    /** " In an emergency, call 999." for the configured region, or nothing. */
    private String emergency(DocumentContext doc) {
        return doc.region().flatMap(directory::region).map(RegionInfo::emergency).filter(e -> !e.isBlank())
                .map(e -> "In an emergency, call " + e + ".").orElse("");
    }

    private String regionName(String code) {
        return directory.region(code).map(RegionInfo::name).orElse(code);
    }
}
