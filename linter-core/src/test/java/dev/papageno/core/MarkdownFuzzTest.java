package dev.papageno.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.papageno.core.source.InputFormat;

/** Fuzzes the markdown parser and the engine behind it; see {@link FuzzSupport} for what must hold. */
class MarkdownFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void lint(String text) {
        if (text == null) {
            return;
        }
        FuzzSupport.lintAndCheck(text, InputFormat.MARKDOWN);
    }
}
