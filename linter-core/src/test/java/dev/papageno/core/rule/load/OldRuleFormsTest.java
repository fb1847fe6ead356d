package dev.papageno.core.rule.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.papageno.core.api.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user rule written in an earlier form of the format (the built-in rules as they were, a
 * proximity rule, a bare verb in a suggestion) stops the load at the old key, saying what to write
 * instead.
 */
class OldRuleFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            proximity.yaml          | 2:7: type: the proximity type is part of combination now: write type: combination, match.groups instead of match.cues, match.anyOf: [[the groups of match.require]] instead of match.require, pos: under a group instead of match.pos, and unless: {sentence: ...} beside match instead of match.exclude; a combination is found within one sentence, so match.window has no equivalent
            exclude-and-idioms.yaml | 28:3: match.exclude: match.exclude is now unless.sentence (a key of the rule, beside match)
            idioms.yaml             | 27:3: match.idioms: match.idioms is now unless.inside (a key of the rule, beside match)
            without.yaml            | 29:26: match.anyOf[0].without: without is now unless: the groups that must not occur
            except.yaml             | 8:1: except: except is now unless.inside: write unless: {inside: ...} with the same phrases, lemmas or lexicons
            except-crisis.yaml      | 7:1: except: except is now unless.inside: write unless: {inside: ...} with the same phrases, lemmas or lexicons
            bare-verb.yaml          | 7:10: suggest: the suggestion "{die} by suicide" has {die}, which is no placeholder; to give a verb the form of the matched one, write {verb:die}
            """)
    void anOldFormSaysWhatToWriteInstead(String file, String expected, @TempDir Path dir) throws Exception {
        Path rule = dir.resolve(file);
        try (var in = getClass().getResourceAsStream("/old-rule-forms/" + file)) {
            Files.write(rule, in.readAllBytes());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> RuleSetLoader.load(
                getClass().getClassLoader(), "papageno-test", List.of(dir)));
        assertEquals(rule + ":" + expected, e.getMessage());
    }
}
