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
 * normalized web addresses, and service names.
 */
public final class ResourceDirectory {

    /** A number of a resource, and whether it is a short code that needs words like "call" nearby. */
    record Number(CrisisResource resource, String written, ResourceMention.Kind kind, boolean shortCode) {
    }

    /** A web address of a resource, normalized. */
    record Address(CrisisResource resource, String normalized, String written) {
    }

    private static final int SHORT_CODE_MAX_DIGITS = 6;

    private final Map<String, RegionInfo> regions;
    private final Map<String, List<Number>> numbers = new HashMap<>();
    private final List<Address> addresses = new ArrayList<>();
    private final Map<String, CrisisResource> byName = new HashMap<>();
    private final PhraseSet names;
    private final PhraseSet helpWords;

    public ResourceDirectory(List<RegionInfo> regionList, PhraseSet helpContextWords) {
        Map<String, RegionInfo> m = new LinkedHashMap<>();
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
                for (String n : res.names()) {
                    nameSet.phrase(n);
                    byName.put(nameKey(n), res);
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
        String digits = PhoneNumbers.digits(numberPart(written));
        if (digits.length() < 3) {
            return;
        }
        boolean shortCode = digits.length() <= SHORT_CODE_MAX_DIGITS;
        for (String v : PhoneNumbers.variants(digits)) {
            numbers.computeIfAbsent(v, k -> new ArrayList<>()).add(new Number(res, written, kind, shortCode));
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

    List<Number> numbers(String digits) {
        List<Number> out = new ArrayList<>();
        for (String v : PhoneNumbers.variants(digits)) {
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

    /** The resource whose address is the longest prefix of {@code url}, if any. */
    Optional<Address> address(String url) {
        String n = normalizeUrl(url);
        for (Address a : addresses) {
            if (n.equals(a.normalized()) || n.startsWith(a.normalized() + "/")) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    Optional<CrisisResource> byName(String name) {
        return Optional.ofNullable(byName.get(nameKey(name)));
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
    }

    /** Lower case, no scheme, no {@code www.}, no trailing slash or punctuation. */
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
