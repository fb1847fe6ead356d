package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format against fixed drafts ({@code src/test/resources/golden/drafts}): the bytes
 * must equal the checked-in report in {@code golden/expected}. After a deliberate change, rewrite
 * them with {@code ./mvnw -pl cli test -Dtest=GoldenFormatsTest -Dpapageno.updateGolden=true} and
 * read the diff before committing.
 */
class GoldenFormatsTest {

    static final String DRAFTS = "src/test/resources/golden/drafts";
    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("report.txt", List.of("--format", "text")),
                Arguments.of("report-color.txt", List.of("--format", "text", "--color", "always")),
                Arguments.of("report.json", List.of("--format", "json")),
                Arguments.of("report.sarif", List.of("--format", "sarif")),
                Arguments.of("report-checkstyle.xml", List.of("--format", "checkstyle")),
                Arguments.of("report-junit.xml", List.of("--format", "junit")),
                Arguments.of("report-github.txt", List.of("--format", "github")),
                Arguments.of("report.html", List.of("--format", "html")),
                Arguments.of("fix.diff", List.of("--fix-dry-run")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void matchesGoldenFile(String golden, List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(options);
        args.add(DRAFTS);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.code(), r::toString);
        String actual = Cli.versionless(r.out());
        Path file = EXPECTED.resolve(golden);
        if (Boolean.getBoolean("papageno.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, golden + " differs; if the change is intended, regenerate with"
                + " -Dpapageno.updateGolden=true");
    }
}
