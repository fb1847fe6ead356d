package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.report.Reporters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Keeps the README's section on the command line true. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    private static String readme() throws Exception {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    @Test
    void everyOptionAndFormatIsDocumented() throws Exception {
        String readme = readme();
        CommandLine cmd = PapagenoCommand.commandLine(new Io(System.in, Terminal.NONE),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        for (CommandLine.Model.OptionSpec o : cmd.getSubcommands().get("check").getCommandSpec().options()) {
            assertTrue(readme.contains("`" + o.longestName()) || readme.contains(o.longestName() + " "),
                    o.longestName() + " is not in the README");
        }
        for (String command : cmd.getSubcommands().keySet()) {
            assertTrue(command.equals("help") || readme.contains("papageno " + command), command);
        }
        for (String format : Reporters.all().keySet()) {
            assertTrue(readme.contains("**" + format + "**"), format + " is not described in the README");
        }
        for (ExitCode code : ExitCode.values()) {
            assertTrue(readme.contains("| " + code.code() + " |"), "exit code " + code.code());
        }
    }

    @Test
    void exampleOutputIsWhatTheExampleGives() throws Exception {
        String readme = readme();
        String block = readme.substring(readme.indexOf("<!-- example-output -->"),
                readme.indexOf("<!-- /example-output -->"));
        List<String> lines = block.lines().skip(2).takeWhile(l -> !l.equals("```")).toList();
        String actual = Cli.run("check", Path.of("..", "examples", "draft.md").toString()).out()
                .replace(Path.of("..", "examples").toString() + "/", "examples/");
        for (String line : lines) {
            assertTrue(line.equals("…") || actual.lines().anyMatch(line::equals),
                    "the README shows a line the example does not give:\n" + line + "\n\nactual:\n" + actual);
        }
    }
}
