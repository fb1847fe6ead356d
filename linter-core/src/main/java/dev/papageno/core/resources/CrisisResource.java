package dev.papageno.core.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A help line or service, as data: how to reach it, whether it is still the right way, what
 * replaced it and since when, and where that fact comes from.
 *
 * @param region      region code ({@code us}, {@code uk}, ... or {@code intl})
 * @param service     the service's name
 * @param status      current, outdated, closed or unverified
 * @param phones      phone numbers as written in the data ("1-800-273-8255", "988")
 * @param texts       text lines ("988", "HOME to 741741")
 * @param urls        web addresses without scheme ("988lifeline.org")
 * @param names       names that identify the service in prose
 * @param replacement what to use instead, for outdated and closed entries
 * @param changed     when it changed or closed
 * @param source      where the facts come from
 * @param note        what happened, in a few words
 */
public record CrisisResource(String region, String service, Status status, List<String> phones, List<String> texts,
        List<String> urls, List<String> names, Optional<Replacement> replacement, Optional<LocalDate> changed,
        String source, String note) {

    /** Whether a resource still routes people to help. */
    public enum Status {
        CURRENT,
        OUTDATED,
        CLOSED,
        UNVERIFIED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to write instead of an outdated or closed resource, per way of reaching it.
     *
     * @param service the service to name instead
     * @param phone   the number to give instead
     * @param url     the address to give instead
     * @param text    the text line to give instead
     */
    public record Replacement(String service, Optional<String> phone, Optional<String> url, Optional<String> text) {
    }

    /** Whether mentioning this resource gives readers a working route to help. */
    public boolean routesToHelp() {
        return status != Status.CLOSED;
    }

    /** "call 988, text 988, 988lifeline.org" for messages. */
    public String contactLine() {
        StringBuilder sb = new StringBuilder(service);
        List<String> ways = new java.util.ArrayList<>();
        phones.stream().findFirst().ifPresent(p -> ways.add("call " + p));
        texts.stream().findFirst().ifPresent(t -> ways.add("text " + t));
        urls.stream().findFirst().ifPresent(ways::add);
        if (!ways.isEmpty()) {
            sb.append(" (").append(String.join(", ", ways)).append(')');
        }
        return sb.toString();
    }
}
