package dev.papageno.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.source.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationsAndUrlsTest {

    @Test
    void quotedPassagesWithoutTheirMarks() {
        String t = "Avoid “committed suicide” and 'cutter', but don't drop \"the phrase\".";
        Quotations q = Quotations.of(t);
        assertEquals(List.of("committed suicide", "cutter", "the phrase"),
                q.spans().stream().map(r -> t.substring(r.start(), r.end())).toList());
        int from = t.indexOf("suicide");
        assertEquals(Optional.of(new TextRange(t.indexOf("committed"), t.indexOf("”"))),
                q.around(from, from + "suicide".length()));
        assertEquals(Optional.empty(), q.around(t.indexOf("Avoid"), t.indexOf("Avoid") + 5));
    }

    @Test
    void aClosingMarkWhoseOpeningIsMissingOpensNothing() {
        String t = "and our soldiers live this each day,\" officials say. He planned to commit suicide. "
                + "The theme is \"Strength\" this year.";
        Quotations q = Quotations.of(t);
        assertEquals(List.of("Strength"), q.spans().stream().map(r -> t.substring(r.start(), r.end())).toList());
        int at = t.indexOf("commit suicide");
        assertEquals(Optional.empty(), q.around(at, at + "commit suicide".length()));
    }

    @Test
    void urlsDomainsAndAddressesWithoutPunctuationAround() {
        String t = "Call 988, see (988lifeline.org), https://example.com/help. or mail jo@samaritans.org.";
        Urls u = Urls.of(t);
        assertEquals(List.of("988lifeline.org", "https://example.com/help", "jo@samaritans.org"),
                u.spans().stream().map(r -> t.substring(r.start(), r.end())).toList());
        int at = t.indexOf("lifeline");
        assertTrue(u.overlap(at, at + 3));
        assertFalse(u.overlap(t.indexOf("Call"), t.indexOf("Call") + 4));
    }
}
