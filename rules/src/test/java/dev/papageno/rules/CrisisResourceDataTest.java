package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papageno.core.resources.CrisisResource;
import dev.papageno.core.resources.PhoneNumbers;
import dev.papageno.core.resources.RegionFiles;
import dev.papageno.core.resources.RegionInfo;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.yaml.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help-line data, region by region: every entry parses and holds together. */
class CrisisResourceDataTest {

    /**
     * Contacts that several services share on purpose, with the reason. Any other contact that two
     * live entries (current or unverified) share is a mistake in the data.
     */
    private static final Map<String, String> SHARED_ON_PURPOSE = Map.of(
            "988", "the United States and Canada both chose 988 for their national lines",
            "116123", "116 123 is Samaritans' free number in the UK and in Ireland",
            "741741", "Crisis Text Line took texts on 741741 in the United States and Canada",
            "samaritans.org", "Samaritans in the UK and Ireland share one web site");

    private static RegionInfo read(String region) throws Exception {
        String path = "papageno/crisis-resources/" + region + ".yaml";
        try (InputStream in = CrisisResourceDataTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing");
            return RegionFiles.read(Yaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us", "ca", "uk", "ie", "au", "nz", "intl"})
    void everyEntryParsesAndHoldsTogether(String code) throws Exception {
        RegionInfo region = read(code);
        assertEquals(code, region.code(), "the file name and region: agree");
        assertFalse(region.name().isBlank());
        assertFalse(region.reviewed().isBlank(), code + " needs a review date");
        assertFalse(region.current().isEmpty(), code + " has no current line to suggest");
        for (CrisisResource r : region.resources()) {
            String where = code + " / " + r.service();
            assertTrue(r.source().startsWith("https://") || r.source().startsWith("http://"), where);
            assertFalse(r.phones().isEmpty() && r.texts().isEmpty() && r.urls().isEmpty() && r.emails().isEmpty()
                    && r.names().isEmpty(), where + " gives no way to recognise it");
            for (String n : r.phones()) {
                assertTrue(PhoneNumbers.digits(n).length() >= 3, where + ": phone " + n);
            }
            for (String t : r.texts()) {
                String digits = PhoneNumbers.digits(numberOf(t));
                assertTrue(digits.length() >= 3, where + ": text " + t);
            }
            for (String u : r.urls()) {
                assertEquals(u.toLowerCase(), ResourceDirectory.normalizeUrl(u), where + ": write " + u
                        + " in lower case without scheme, www or trailing slash");
            }
            switch (r.status()) {
                case OUTDATED -> {
                    assertTrue(r.replacement().isPresent(), where + " is outdated but names no replacement");
                    assertTrue(r.changed().isPresent(), where + " is outdated but gives no date");
                    CrisisResource.Replacement rep = r.replacement().get();
                    assertTrue(rep.phone().isPresent() || rep.url().isPresent() || rep.text().isPresent()
                            || rep.name().isPresent(), where + ": the replacement gives no way to reach it");
                }
                case CLOSED -> assertTrue(r.changed().isPresent(), where + " is closed but gives no date");
                case CURRENT, UNVERIFIED -> {
                }
                default -> fail(where + ": unknown status");
            }
            if (r.status() == CrisisResource.Status.CURRENT) {
                for (String u : r.unverified()) {
                    assertFalse(r.contactLine().contains(u), where + ": suggests the unverified " + u);
                }
            }
        }
    }

    @Test
    void replacementsPointToCurrentLines() throws Exception {
        Map<String, CrisisResource> currentContacts = new HashMap<>();
        for (RegionInfo region : RuleSetLoader.builtIn().resources().regions().values()) {
            for (CrisisResource r : region.resources()) {
                if (r.status() != CrisisResource.Status.CURRENT) {
                    continue;
                }
                r.phones().forEach(p -> currentContacts.put(PhoneNumbers.digits(p), r));
                r.texts().forEach(t -> currentContacts.put(PhoneNumbers.digits(numberOf(t)), r));
                r.urls().forEach(u -> currentContacts.put(u, r));
            }
        }
        for (RegionInfo region : RuleSetLoader.builtIn().resources().regions().values()) {
            for (CrisisResource r : region.resources()) {
                if (r.replacement().isEmpty() || r.kind() == CrisisResource.Kind.GUIDANCE) {
                    continue;
                }
                CrisisResource.Replacement rep = r.replacement().get();
                String where = region.code() + " / " + r.service();
                rep.phone().ifPresent(p -> assertTrue(currentContacts.containsKey(PhoneNumbers.digits(p)),
                        where + ": replacement phone " + p + " is no current line"));
                rep.text().ifPresent(t -> assertTrue(currentContacts.containsKey(PhoneNumbers.digits(numberOf(t))),
                        where + ": replacement text " + t + " is no current line"));
                rep.url().ifPresent(u -> assertTrue(currentContacts.containsKey(u),
                        where + ": replacement address " + u + " is no current line"));
            }
        }
    }

    @Test
    void noContactBelongsToTwoLiveServicesByAccident() throws Exception {
        Map<String, List<CrisisResource>> byContact = new TreeMap<>();
        for (RegionInfo region : RuleSetLoader.builtIn().resources().regions().values()) {
            for (CrisisResource r : region.resources()) {
                if (r.status() != CrisisResource.Status.CURRENT && r.status() != CrisisResource.Status.UNVERIFIED) {
                    continue;
                }
                for (String p : r.phones()) {
                    add(byContact, PhoneNumbers.digits(p), r);
                }
                for (String t : r.texts()) {
                    add(byContact, PhoneNumbers.digits(numberOf(t)), r);
                }
                for (String u : r.urls()) {
                    add(byContact, u, r);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        byContact.forEach((contact, entries) -> {
            if (entries.size() < 2) {
                return;
            }
            Set<String> regions = new java.util.HashSet<>();
            entries.forEach(e -> regions.add(e.region()));
            if (regions.size() < entries.size() || !SHARED_ON_PURPOSE.containsKey(contact)) {
                problems.add(contact + " belongs to " + entries.stream().map(e -> e.region() + "/" + e.service())
                        .toList());
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aNumberIsNeverBothCurrentAndRetired() throws Exception {
        for (RegionInfo region : RuleSetLoader.builtIn().resources().regions().values()) {
            Map<String, CrisisResource.Status> seen = new HashMap<>();
            for (CrisisResource r : region.resources()) {
                for (String p : r.phones()) {
                    CrisisResource.Status before = seen.put(PhoneNumbers.digits(p), r.status());
                    if (before != null && before != r.status()) {
                        fail(region.code() + ": " + p + " is both " + before.id() + " and " + r.status().id());
                    }
                }
            }
        }
    }

    @Test
    void theUsLifelineNumberIsOutdatedAndRoutesTo988() throws Exception {
        RegionInfo us = read("us");
        CrisisResource old = us.resources().stream().filter(r -> r.phones().contains("1-800-273-8255")).findFirst()
                .orElseThrow();
        assertEquals(CrisisResource.Status.OUTDATED, old.status());
        assertTrue(old.routesToHelp(), "an outdated line still counts as help");
        assertEquals("988", old.replacement().orElseThrow().phone().orElseThrow());
        assertEquals("988lifeline.org", old.replacement().orElseThrow().url().orElseThrow());
        assertEquals("2022-07-16", old.changed().orElseThrow().toString());
    }

    @Test
    void consoleIsClosedAndDoesNotCountAsHelp() throws Exception {
        CrisisResource console = read("ie").resources().stream().filter(r -> r.service().equals("Console"))
                .findFirst().orElseThrow();
        assertEquals(CrisisResource.Status.CLOSED, console.status());
        assertFalse(console.routesToHelp());
    }

    private static void add(Map<String, List<CrisisResource>> map, String key, CrisisResource r) {
        List<CrisisResource> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(r)) {
            l.add(r);
        }
    }

    /** The number of a text line: "HOME to 741741" gives "741741", "0477 13 11 14" itself. */
    private static String numberOf(String text) {
        int to = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" to ");
        return to >= 0 ? text.substring(to + 4) : text;
    }

    @Test
    void aBrokenEntryIsRejectedWithItsPlace() throws IOException {
        String yaml = "region: xx\nname: Nowhere\nresources:\n  - service: Old line\n    status: outdated\n"
                + "    phones: [\"123 456\"]\n    source: https://example.org\n";
        try {
            RegionFiles.read(Yaml.parse(yaml, "xx.yaml"));
            fail("an outdated entry without a replacement must not load");
        } catch (dev.papageno.core.api.ConfigException e) {
            assertTrue(e.getMessage().contains("xx.yaml"), e.getMessage());
            assertTrue(e.getMessage().contains("replacement"), e.getMessage());
        }
    }
}
