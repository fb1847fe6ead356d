package dev.papageno.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a run fails: by the threshold, by the count, and the reason it gives. */
class FailPolicyTest {

    private static Finding finding(Severity s, int at) {
        return new Finding("test/rule", "test", s, "m", new TextRange(at, at + 1), 1, at + 1, 1, at + 2, "x",
                List.of(), List.of(), "", List.of(), Optional.empty());
    }

    private static LintResult result(Severity... severities) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < severities.length; i++) {
            findings.add(finding(severities[i], i));
        }
        return new LintResult(List.of(new FileResult("a.md", findings, Optional.empty(), Optional.empty()),
                FileResult.failed("b.md", "cannot read")));
    }

    @Test
    void theDefaultFailsOnWarningsAndErrorsButNotInfo() {
        assertEquals(Optional.of(Severity.WARNING), FailPolicy.DEFAULT.threshold());
        assertEquals(Optional.empty(), FailPolicy.DEFAULT.maxFindings());
        assertFalse(FailPolicy.DEFAULT.fails(result()));
        assertFalse(FailPolicy.DEFAULT.fails(result(Severity.INFO, Severity.INFO)));
        assertEquals(Optional.of("1 finding at or above warning"),
                FailPolicy.DEFAULT.failureReason(result(Severity.INFO, Severity.WARNING)));
        assertEquals(Optional.of("2 findings at or above warning"),
                FailPolicy.DEFAULT.failureReason(result(Severity.ERROR, Severity.WARNING, Severity.INFO)));
    }

    @Test
    void eachThreshold() {
        FailPolicy error = FailPolicy.DEFAULT.withThreshold(Optional.of(Severity.ERROR));
        assertFalse(error.fails(result(Severity.WARNING, Severity.INFO)));
        assertEquals(Optional.of("1 finding at or above error"), error.failureReason(result(Severity.ERROR)));
        FailPolicy info = FailPolicy.DEFAULT.withThreshold(Optional.of(Severity.INFO));
        assertEquals(Optional.of("1 finding at or above info"), info.failureReason(result(Severity.INFO)));
        FailPolicy none = FailPolicy.DEFAULT.withThreshold(Optional.empty());
        assertFalse(none.fails(result(Severity.ERROR, Severity.ERROR)));
        assertTrue(info.fails(result(Severity.INFO)));
    }

    @Test
    void moreFindingsThanAllowedFailWhateverTheirSeverity() {
        FailPolicy max = new FailPolicy(Optional.empty(), Optional.of(2));
        assertEquals(Optional.of(2), max.maxFindings());
        assertFalse(max.fails(result(Severity.INFO, Severity.INFO)));
        assertEquals(Optional.of("3 findings, more than the 2 allowed"),
                max.failureReason(result(Severity.INFO, Severity.INFO, Severity.INFO)));
        FailPolicy zero = FailPolicy.DEFAULT.withThreshold(Optional.empty()).withMaxFindings(Optional.of(0));
        assertEquals(Optional.of("1 findings, more than the 0 allowed"), zero.failureReason(result(Severity.INFO)));
        assertFalse(zero.fails(result()));
        assertEquals(Optional.of(Severity.WARNING),
                FailPolicy.DEFAULT.withMaxFindings(Optional.of(5)).threshold(), "the threshold is kept");
        assertEquals(Optional.of(5), FailPolicy.DEFAULT.withMaxFindings(Optional.of(1)).withThreshold(Optional.empty())
                .withMaxFindings(Optional.of(5)).maxFindings());
    }

    @Test
    void theThresholdComesFirstInTheReason() {
        FailPolicy both = new FailPolicy(Optional.of(Severity.ERROR), Optional.of(0));
        assertEquals(Optional.of("1 finding at or above error"), both.failureReason(result(Severity.ERROR)));
        assertEquals(Optional.of("1 findings, more than the 0 allowed"), both.failureReason(result(Severity.WARNING)));
    }

    @Test
    void thresholdWords() {
        assertEquals(Optional.of(Severity.ERROR), FailPolicy.parseThreshold("error"));
        assertEquals(Optional.of(Severity.WARNING), FailPolicy.parseThreshold("WARNING"));
        assertEquals(Optional.of(Severity.INFO), FailPolicy.parseThreshold("info"));
        assertEquals(Optional.empty(), FailPolicy.parseThreshold("none"));
        assertEquals(Optional.empty(), FailPolicy.parseThreshold("None"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FailPolicy.parseThreshold("fatal"));
        assertEquals("\"fatal\" is not a fail threshold; use error, warning, info or none", e.getMessage());
    }
}
