package dev.papageno.core;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.Finding;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.SourceText;
import java.util.List;

/** What every fuzz target checks: linting never throws, and every finding lies inside the text. */
final class FuzzSupport {

    private static final Linter LINTER;

    static {
        try {
            LINTER = TestRules.builder().build();
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    private FuzzSupport() {
    }

    static void lintAndCheck(String text, InputFormat format) {
        SourceText source = SourceText.of("fuzz", text);
        List<Finding> findings = LINTER.lint(LintRequest.source(source, format)).findings();
        for (Finding f : findings) {
            if (f.range().start() < 0 || f.range().end() > text.length()) {
                throw new AssertionError("finding outside the text: " + f);
            }
            LineCol start = source.lineCol(f.range().start());
            if (start.line() != f.line() || start.column() != f.column()) {
                throw new AssertionError("line/column do not match the offset: " + f);
            }
            if (!text.substring(f.range().start(), f.range().end()).equals(f.text())) {
                throw new AssertionError("text does not match the range: " + f);
            }
        }
    }
}
