package dev.papageno.core.resources;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Severity;
import dev.papageno.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one region's file of help lines ({@code papageno/crisis-resources/<region>.yaml}) and checks
 * it: known keys only, a status for every entry, a replacement for every outdated one, dates as
 * {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, sources as web addresses, and unverified
 * items that are among the entry's own contacts.
 */
public final class RegionFiles {

    /** The keys of a region file. */
    public static final Set<String> REGION_KEYS = Set.of("region", "name", "emergency", "reviewed", "dialling",
            "resources");
    /** The keys of a region's calling plan. */
    public static final Set<String> DIALLING_KEYS = Set.of("callingCode", "trunkPrefix", "nationalDigits");
    /** The keys of one entry. */
    public static final Set<String> RESOURCE_KEYS = Set.of("service", "status", "kind", "phones", "texts", "urls",
            "emails", "names", "unverified", "contact", "replacement", "changed", "severity", "source", "note",
            "subject");
    /** The keys of a replacement. */
    public static final Set<String> REPLACEMENT_KEYS = Set.of("service", "name", "phone", "url", "text");

    private static final Set<String> STATUSES = Set.of("current", "outdated", "closed", "unverified");
    private static final Set<String> KINDS = Set.of("helpline", "directory", "guidance");

    private RegionFiles() {
    }

    /** Reads a parsed region file. */
    public static RegionInfo read(YNode root) throws ConfigException {
        YNode n = root.asMap().allowOnly(REGION_KEYS);
        String code = n.require("region").asText().toLowerCase(Locale.ROOT);
        List<CrisisResource> list = new ArrayList<>();
        for (YNode r : n.require("resources").asList()) {
            list.add(resource(code, r));
        }
        return new RegionInfo(code, n.require("name").asText(), n.has("emergency") ? n.require("emergency").asString()
                : "", n.has("reviewed") ? n.require("reviewed").asString() : "", dialling(n), list);
    }

    private static Optional<CallingPlan> dialling(YNode region) throws ConfigException {
        if (!region.has("dialling")) {
            return Optional.empty();
        }
        YNode d = region.require("dialling").asMap().allowOnly(DIALLING_KEYS);
        String code = digitsOnly(d.require("callingCode"));
        Optional<String> trunk = d.has("trunkPrefix") ? Optional.of(digitsOnly(d.require("trunkPrefix")))
                : Optional.empty();
        java.util.OptionalInt length = d.has("nationalDigits")
                ? java.util.OptionalInt.of(d.require("nationalDigits").asInt(4, 14)) : java.util.OptionalInt.empty();
        return Optional.of(new CallingPlan(code, trunk, length));
    }

    private static String digitsOnly(YNode node) throws ConfigException {
        String s = node.asString();
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw node.error("expected digits, such as \"44\"");
        }
        return s;
    }

    private static CrisisResource resource(String region, YNode r) throws ConfigException {
        r.asMap().allowOnly(RESOURCE_KEYS);
        String st = r.require("status").asChoice(STATUSES);
        CrisisResource.Status status = CrisisResource.Status.valueOf(st.toUpperCase(Locale.ROOT));
        CrisisResource.Kind kind = r.has("kind") ? CrisisResource.Kind.valueOf(r.require("kind").asChoice(KINDS)
                .toUpperCase(Locale.ROOT)) : CrisisResource.Kind.HELPLINE;
        Optional<CrisisResource.Replacement> replacement = Optional.empty();
        if (r.has("replacement")) {
            YNode rep = r.require("replacement").asMap().allowOnly(REPLACEMENT_KEYS);
            replacement = Optional.of(new CrisisResource.Replacement(rep.require("service").asText(), rep.optionalText("name"),
                    rep.optionalText("phone"), rep.optionalText("url"), rep.optionalText("text")));
        } else if (status == CrisisResource.Status.OUTDATED) {
            throw r.error("an outdated resource needs a replacement");
        }
        Optional<ChangeDate> changed = Optional.empty();
        if (r.has("changed")) {
            YNode c = r.require("changed");
            changed = Optional.of(ChangeDate.parse(c.asText())
                    .orElseThrow(() -> c.error("expected a date as YYYY-MM-DD, YYYY-MM or YYYY")));
        }
        Optional<Severity> severity = Optional.empty();
        if (r.has("severity")) {
            severity = Severity.byId(r.require("severity").asChoice(Set.of("error", "warning", "info")));
        }
        String source = r.require("source").asText();
        if (!source.startsWith("https://") && !source.startsWith("http://")) {
            throw r.require("source").error("must be an http or https URL");
        }
        List<String> phones = r.stringList("phones");
        List<String> texts = r.stringList("texts");
        List<String> urls = r.stringList("urls");
        List<String> emails = r.stringList("emails");
        for (String u : urls) {
            if (u.contains("://") || u.startsWith("www.")) {
                throw r.require("urls").error("write \"" + u + "\" without scheme or www.");
            }
        }
        Set<String> unverified = new LinkedHashSet<>(r.stringList("unverified"));
        for (String u : unverified) {
            if (!phones.contains(u) && !texts.contains(u) && !urls.contains(u) && !emails.contains(u)) {
                throw r.require("unverified").error("\"" + u + "\" is not one of this entry's phones, texts, urls"
                        + " or emails");
            }
        }
        return new CrisisResource(region, r.require("service").asText(), status, kind, phones, texts, urls, emails,
                r.stringList("names"), unverified, r.optionalText("contact"), replacement, changed, severity, source,
                r.has("note") ? r.require("note").asString().strip() : "", r.optionalText("subject"));
    }
}
