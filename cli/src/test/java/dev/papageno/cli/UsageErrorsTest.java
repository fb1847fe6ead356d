package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong usage exits 2 with one line saying what is wrong and one line saying where help is; never a stack trace. */
class UsageErrorsTest {

    @ParameterizedTest(name = "[{index}] papageno {0}")
    @CsvSource(delimiter = '|', value = {
        "check --bogus x.md                                | unknown option: '--bogus'                 | papageno check --help",
        "check --fxi x.md                                  | did you mean --fix?                       | papageno check --help",
        "check --format yaml x.md                          | unknown format \"yaml\"; use one of:       | papageno check --help",
        "check --format jsn x.md                           | did you mean json?                        | papageno check --help",
        "check --disable stigma/commited-suicide x.md      | did you mean stigma/committed-suicide?    | papageno check --help",
        "check --severity stigma/nope=error x.md           | unknown rule \"stigma/nope\"               | papageno check --help",
        "check --severity stigma=loud x.md                 | use error, warning, info or off           | papageno check --help",
        "check --fail-on sometimes x.md                    | not a fail threshold                      | papageno check --help",
        "check --profile blogg x.md                        | unknown profile \"blogg\"                  | papageno check --help",
        "check --region mars x.md                          | unknown region \"mars\"                    | papageno check --help",
        "check --threads 0 x.md                            | --threads must be between 1 and 256       | papageno check --help",
        "check --fix --fix-dry-run x.md                    | cannot be used together                   | papageno check --help",
        "check --encoding klingon x.md                     | unknown encoding \"klingon\"               | papageno check --help",
        "check --exclude [abc x.md                         | without \"]\"                              | papageno check --help",
        "check                                             | missing required parameter                | papageno check --help",
        "explain stigma/commited-suicide                   | did you mean stigma/committed-suicide?    | papageno explain --help",
        "explain nothing/like-it                           | unknown rule \"nothing/like-it\"           | papageno explain --help",
        "rules stigmaa                                     | did you mean stigma?                      | papageno rules --help",
        "chek x.md                                         | did you mean check?                       | papageno --help",
        "''                                                | missing a command                         | papageno --help"})
    void exitsTwoWithOneLineAndAHint(String args, String message, String hint) {
        List<String> argv = args.isEmpty() ? List.of() : List.of(args.trim().split("\\s+"));
        Cli.Result r = Cli.run(argv.toArray(String[]::new));
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("papageno: "), r::toString);
        assertTrue(lines.get(0).contains(message), r::toString);
        assertEquals("Run '" + hint + "' for usage.", lines.get(1));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
    }
}
