package dev.papageno.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.rule.SourceRef;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guidelines the built-in rules cite link to their publishers, never to copies of them. */
class GuidelineSourcesTest {

    /** Hosts that keep copies of other people's documents, or staging copies of a publisher's site. */
    private static final List<String> COPY_HOSTS = List.of(
            "docslib.org", "dokumen.tips", "slidelegend.com", "yumpu.com", "scribd.com", "pdfslide",
            "squiz.cloud", "core-prod.", "cnpereading.com", "scmp.com", "github.com/ianhussey");

    @Test
    void everySourceIsAPublishersOwnPage() throws Exception {
        Map<String, SourceRef> sources = RuleSetLoader.builtIn().sources();
        assertTrue(sources.size() > 20, "the catalogue is loaded: " + sources.keySet());
        List<String> wrong = new ArrayList<>();
        for (SourceRef source : sources.values()) {
            URI uri = URI.create(source.url());
            if (uri.getHost() == null || !uri.isAbsolute()) {
                wrong.add(source.key() + ": not an address: " + source.url());
            }
            for (String host : COPY_HOSTS) {
                if (source.url().contains(host)) {
                    wrong.add(source.key() + ": a copy on " + host + ": " + source.url());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noTwoSourcesShareATitle() throws Exception {
        Map<String, SourceRef> sources = RuleSetLoader.builtIn().sources();
        assertEquals(sources.size(), sources.values().stream().map(SourceRef::title).distinct().count());
    }
}
