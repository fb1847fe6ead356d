package dev.papageno.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of the JSON reports: layout, left-out fields and escapes. */
class JsonOutputTest {

    record Inner(String a, Integer b) {
    }

    record Outer(String text, List<String> empty, List<Inner> items, Inner none, boolean flag, long n) {
    }

    @Test
    void layoutAndEscapes() throws Exception {
        StringWriter out = new StringWriter();
        String tricky = "q\"b\\n\nt\tr\rb\bf\f\u0001\u001f\u2028\u2029/é😀";
        JsonOutput.write(new Outer(tricky, List.of(), List.of(new Inner("x", 1), new Inner(null, null)), null, true,
                -3), out);
        assertEquals("""
                {
                  "text": "q\\"b\\\\n\\nt\\tr\\rb\\bf\\f\\u0001\\u001f\\u2028\\u2029/é😀",
                  "empty": [],
                  "items": [
                    {
                      "a": "x",
                      "b": 1
                    },
                    {}
                  ],
                  "flag": true,
                  "n": -3
                }
                """, out.toString());
    }
}
