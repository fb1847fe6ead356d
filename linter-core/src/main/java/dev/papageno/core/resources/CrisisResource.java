package dev.papageno.core.resources;

import dev.papageno.core.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A help line or service, as data: how to reach it, whether it is still the right way, what
 * replaced it and since when, and where that fact comes from.
 *
 * @param region      region code ({@code us}, {@code uk}, ... or {@code intl})
 * @param service     the service's name
 * @param status      current, outdated, closed or unverified
 * @param kind        a help line, a directory of help lines, or guidance that is not itself help
 * @param phones      phone numbers as written in the data ("1-800-273-8255", "988")
 * @param texts       text lines ("988", "HOME to 741741")
 * @param urls        web addresses without scheme ("988lifeline.org")
 * @param emails      e-mail addresses ("jo@samaritans.org")
 * @param names       names that identify the service in prose
 * @param unverified  the phones, texts, addresses or e-mails above that no source confirms: they
 *                    still count when a draft gives them, but are never suggested
 * @param contact     how to reach the service, for messages, when the generated line would mislead
 *                    ("dial 988 then press 1"); empty to generate it
 * @param replacement what to use instead, for outdated and closed entries
 * @param changed     when it changed or closed
 * @param severity    the highest severity a finding about this entry may have, when lower than
 *                    the rule's (a campaign that closed is less urgent than a help line)
 * @param source      where the facts come from
 * @param note        what happened, in a few words, to follow the subject in messages
 * @param subject     the service's name as a message begins a clause with it, when that needs an
 *                    article ("the National Suicide Prevention Lifeline"); empty for the name itself
 */
public record CrisisResource(String region, String service, Status status, Kind kind, List<String> phones,
        List<String> texts, List<String> urls, List<String> emails, List<String> names, Set<String> unverified,
        Optional<String> contact, Optional<Replacement> replacement, Optional<ChangeDate> changed,
        Optional<Severity> severity, String source, String note, Optional<String> subject) {

    public CrisisResource {
        phones = List.copyOf(phones);
        texts = List.copyOf(texts);
        urls = List.copyOf(urls);
        emails = List.copyOf(emails);
        names = List.copyOf(names);
        unverified = Set.copyOf(unverified);
    }

    /** How a message names the service at the start of a clause ("the National Suicide Prevention Lifeline"). */
    public String asSubject() {
        return subject.orElse(service);
    }

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

    /** What an entry is. */
    public enum Kind {
        /** A service people can call, text, chat with or write to. */
        HELPLINE,
        /** A directory that lists help lines (findahelpline.com). */
        DIRECTORY,
        /** Guidance or a campaign: worth citing, but not a route to help. */
        GUIDANCE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to write instead of an outdated or closed resource, per way of reaching it.
     *
     * @param service the service to name instead
     * @param name    the words to put in place of the old name, when not the service's name
     * @param phone   the number to give instead
     * @param url     the address to give instead
     * @param text    the text line to give instead
     */
    public record Replacement(String service, Optional<String> name, Optional<String> phone, Optional<String> url,
            Optional<String> text) {

        /** "988 Suicide & Crisis Lifeline (call 988, text 988, 988lifeline.org)". */
        public String describe() {
            List<String> ways = new ArrayList<>();
            phone.ifPresent(p -> ways.add("call " + p));
            text.ifPresent(t -> ways.add("text " + t));
            url.ifPresent(ways::add);
            return service + (ways.isEmpty() ? "" : " (" + String.join(", ", ways) + ")");
        }
    }

    /** Whether mentioning this resource gives readers a working route to help. */
    public boolean routesToHelp() {
        return status != Status.CLOSED && kind != Kind.GUIDANCE;
    }

    /** Whether the data confirms this phone, text line, address or e-mail. */
    public boolean verified(String contactAsWritten) {
        return !unverified.contains(contactAsWritten);
    }

    /** "988 Suicide & Crisis Lifeline (call 988, text 988, 988lifeline.org)" for messages. */
    public String contactLine() {
        if (contact.isPresent()) {
            return service + " (" + contact.get() + ")";
        }
        List<String> ways = new ArrayList<>();
        phones.stream().filter(this::verified).findFirst().ifPresent(p -> ways.add("call " + p));
        texts.stream().filter(this::verified).findFirst().ifPresent(t -> ways.add("text " + t));
        urls.stream().filter(this::verified).findFirst().ifPresent(ways::add);
        if (ways.isEmpty()) {
            emails.stream().filter(this::verified).findFirst().ifPresent(e -> ways.add("e-mail " + e));
        }
        return ways.isEmpty() ? service : service + " (" + String.join(", ", ways) + ")";
    }
}
