package dev.papageno.core.resources;

import dev.papageno.core.match.PhraseSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every known help line by region, indexed the ways drafts refer to them: normalized phone digits,
 * normalized web addresses, e-mail addresses and service names.
 */
public final class ResourceDirectory {

    /**
     * A number of a resource.
     *
     * @param resource  the entry
     * @param written   the number as the data writes it ("HOME to 741741")
     * @param kind      phone or text
     * @param shortCode whether it is short enough ("988", "116 123") to need words like "call" nearby
     * @param keyword   the word to text, for text lines written "HOME to 741741"; empty otherwise
     */
    public record Number(CrisisResource resource, String written, ResourceMention.Kind kind, boolean shortCode,
            String keyword) {
    }

    /** A web address of a resource, normalized. */
    public record Address(CrisisResource resource, String normalized, String written) {
    }

    /** The longest number that still counts as a short code. */
    static final int SHORT_CODE_MAX_DIGITS = 6;

    private final Map<String, RegionInfo> regions;
    private final Map<String, List<Number>> numbers = new HashMap<>();
    private final List<Address> addresses = new ArrayList<>();
    private final Map<String, List<CrisisResource>> emails = new HashMap<>();
    private final Map<String, List<CrisisResource>> byName = new HashMap<>();
    private final PhraseSet names;
    private final PhraseSet helpWords;
    private final List<CallingPlan> plans;

    public ResourceDirectory(List<RegionInfo> regionList, PhraseSet helpContextWords) {
        Map<String, RegionInfo> m = new LinkedHashMap<>();
        List<CallingPlan> dialling = new ArrayList<>();
        for (RegionInfo r : regionList) {
            r.dialling().filter(p -> !dialling.contains(p)).ifPresent(dialling::add);
        }
        this.plans = List.copyOf(dialling);
        PhraseSet.Builder nameSet = PhraseSet.builder("crisis-resource names");
        for (RegionInfo r : regionList) {
            m.put(r.code(), r);
            for (CrisisResource res : r.resources()) {
                for (String p : res.phones()) {
                    addNumber(res, p, ResourceMention.Kind.PHONE);
                }
                for (String t : res.texts()) {
                    addNumber(res, t, ResourceMention.Kind.TEXT);
                }
                for (String u : res.urls()) {
                    addresses.add(new Address(res, normalizeUrl(u), u));
                }
                for (String e : res.emails()) {
                    emails.computeIfAbsent(e.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(res);
                }
                for (String n : res.names()) {
                    nameSet.name(n);
                    byName.computeIfAbsent(nameKey(n), k -> new ArrayList<>()).add(res);
                }
            }
        }
        this.regions = m;
        this.names = nameSet.build();
        this.helpWords = helpContextWords;
        addresses.sort((a, b) -> Integer.compare(b.normalized().length(), a.normalized().length()));
    }

    public static ResourceDirectory empty() {
        return new ResourceDirectory(List.of(), PhraseSet.builder("help-context words").lemma("call").build());
    }

    private void addNumber(CrisisResource res, String written, ResourceMention.Kind kind) {
        String number = numberPart(written);
        String digits = PhoneNumbers.digits(number);
        if (digits.length() < 3) {
            return;
        }
        String keyword = number.length() < written.length() ? written.substring(0, written.length() - number.length())
                .strip() : "";
        if (keyword.toLowerCase(Locale.ROOT).endsWith(" to")) {
            keyword = keyword.substring(0, keyword.length() - 3).strip();
        }
        boolean shortCode = digits.length() <= SHORT_CODE_MAX_DIGITS;
        for (String v : variants(digits)) {
            List<Number> list = numbers.computeIfAbsent(v, k -> new ArrayList<>());
            Number n = new Number(res, written, kind, shortCode, keyword);
            if (!list.contains(n)) {
                list.add(n);
            }
        }
    }

    /** "HOME to 741741" → "741741"; a plain number is itself. */
    static String numberPart(String written) {
        int to = written.toLowerCase(Locale.ROOT).lastIndexOf(" to ");
        return to >= 0 ? written.substring(to + 4) : written;
    }

    public Map<String, RegionInfo> regions() {
        return regions;
    }

    public Optional<RegionInfo> region(String code) {
        return Optional.ofNullable(regions.get(code.toLowerCase(Locale.ROOT)));
    }

    /** The service names, one phrase set for all regions. */
    public PhraseSet names() {
        return names;
    }

    /** Words that make a short code a help line: call, text, dial, helpline... */
    public PhraseSet helpWords() {
        return helpWords;
    }

    /** The forms a number may be written in, under the calling plans of the regions (see {@link PhoneNumbers#variants}). */
    public java.util.Set<String> variants(String digits) {
        return PhoneNumbers.variants(digits, plans);
    }

    /** The entries a number written in a draft may be, in any of its written forms. */
    public List<Number> numbers(String digits) {
        List<Number> out = new ArrayList<>();
        for (String v : variants(digits)) {
            List<Number> l = numbers.get(v);
            if (l != null) {
                for (Number n : l) {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /** The entries whose address is the longest prefix of {@code url} (one per entry). */
    public List<Address> addresses(String url) {
        String n = normalizeUrl(url);
        List<Address> out = new ArrayList<>();
        int best = -1;
        for (Address a : addresses) {
            if (best >= 0 && a.normalized().length() < best) {
                break;
            }
            if (n.equals(a.normalized()) || n.startsWith(a.normalized() + "/")) {
                best = a.normalized().length();
                if (out.stream().noneMatch(x -> x.resource().equals(a.resource()))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The entries with this e-mail address. */
    public List<CrisisResource> email(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (a.startsWith("mailto:")) {
            a = a.substring(7);
        }
        int q = a.indexOf('?');
        if (q >= 0) {
            a = a.substring(0, q);
        }
        return emails.getOrDefault(a, List.of());
    }

    /** The entries with this name (several when regions share a name, such as Samaritans). */
    public List<CrisisResource> byName(String name) {
        return byName.getOrDefault(nameKey(name), List.of());
    }

    static String nameKey(String name) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (char c : name.toLowerCase(Locale.ROOT).replace('’', '\'').toCharArray()) {
            if (Character.isWhitespace(c) || c == '-') {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Lower case, no scheme, no {@code www.}, no query, fragment or trailing slash or punctuation. */
    public static String normalizeUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        if (scheme >= 0 && scheme < 10) {
            u = u.substring(scheme + 3);
        }
        if (u.startsWith("www.")) {
            u = u.substring(4);
        }
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int h = u.indexOf('#');
        if (h >= 0) {
            u = u.substring(0, h);
        }
        while (!u.isEmpty() && "/.,;:".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
