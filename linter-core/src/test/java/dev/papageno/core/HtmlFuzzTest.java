package dev.papageno.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.papageno.core.source.InputFormat;

/** Fuzzes the html parser and the engine behind it; see {@link FuzzSupport} for what must hold. */
class HtmlFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void lint(String text) {
        if (text == null) {
            return;
        }
        FuzzSupport.lintAndCheck(text, InputFormat.HTML);
    }
}
