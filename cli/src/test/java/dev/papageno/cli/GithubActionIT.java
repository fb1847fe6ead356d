package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Action at the top of the repository, run here as a runner runs a composite action:
 * each {@code run} step of {@code action.yml} in order, in bash with {@code -eo pipefail}, with the
 * variables GitHub sets, the {@code ${{ }}} expressions of the YAML filled in, and the outputs of
 * earlier steps read back from {@code GITHUB_OUTPUT}. The {@code uses} steps (setup-java, cache)
 * are GitHub's own and are left out: Java is already here, and no cache was restored.
 */
class GithubActionIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action() throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(REPO.resolve("action.yml"), StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void isACompositeActionWithTheInputsBlogsNeed() throws Exception {
        Map<String, Object> action = action();
        Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
        for (String input : List.of("paths", "format", "fail-on", "profile", "region", "config", "sarif-file")) {
            assertTrue(inputs.containsKey(input), input);
            assertTrue(((Map<String, Object>) inputs.get(input)).containsKey("description"), input);
        }
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")));
        for (Map<String, Object> s : steps) {
            if (s.containsKey("run")) {
                assertEquals("bash", s.get("shell"), "a composite action's run step names its shell");
            }
        }
        Map<String, Object> outputs = (Map<String, Object>) action.get("outputs");
        assertTrue(outputs.containsKey("sarif-file") && outputs.containsKey("exit-code"));
    }

    @Test
    void writesSarifAnnotationsAndOutputsForASampleBlog(@TempDir Path dir) throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.createDirectories(blog.resolve("content/posts"));
        Files.writeString(blog.resolve("content/posts/sam.md"), "# Sam\n\nMy uncle committed suicide in 2019.\n");
        Files.writeString(blog.resolve("content/posts/garden.md"), "# Garden\n\nWe planted tomatoes.\n");
        Files.writeString(blog.resolve(".papageno.yml"), "region: us\n");
        Files.createDirectories(blog.resolve(".git"));
        Map<String, String> inputs = Map.of("paths", "content\n", "format", "compact", "region", "us");
        Run run = runAction(dir, blog, inputs);

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.steps().get(0).contains("key"), run::toString);
        Map<String, String> outputs = run.outputs();
        assertTrue(outputs.get("key").matches("[0-9a-f]{40}"), outputs::toString);
        assertEquals("1", outputs.get("exit-code"), outputs::toString);
        Path sarif = Path.of(outputs.get("sarif-file"));
        assertEquals(dir.resolve("runner-temp/papageno.sarif"), sarif);
        String report = Files.readString(sarif);
        assertTrue(report.contains("\"version\": \"2.1.0\"") || report.contains("\"version\":\"2.1.0\""), report);
        assertTrue(report.contains("\"ruleId\": \"stigma/committed-suicide\""), report);
        assertTrue(report.contains("\"uri\": \"content/posts/sam.md\""), "paths relative to the repository: " + report);
        // An annotation on the line, for the pull request, and the compact report for the log.
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("::warning file=content/posts/sam.md,line=3,col=10")
                && l.contains("title=stigma/committed-suicide")), run::toString);
        assertTrue(run.out().contains("content/posts/sam.md:3:10 warning stigma/committed-suicide"), run::toString);
        assertFalse(run.out().contains("garden.md:"), run::toString);
        assertTrue(Files.readString(dir.resolve("step-summary.md")).contains("Exit code 1"), run::toString);
    }

    @Test
    void passesTheThresholdAndWritesTheSarifWhereAsked(@TempDir Path dir) throws Exception {
        Path blog = Files.createDirectories(dir.resolve("site"));
        Files.writeString(blog.resolve("index.html"), "<p>My uncle committed suicide in 2019.</p>\n"
                + "<p>If you are struggling, find a helpline near you at findahelpline.com.</p>\n");
        Run run = runAction(dir, blog, Map.of("fail-on", "error", "sarif-file", "reports/papageno.sarif",
                "format", "none"));
        assertEquals(0, run.code(), run::toString);
        assertEquals("0", run.outputs().get("exit-code"));
        assertTrue(Files.readString(blog.resolve("reports/papageno.sarif")).contains("stigma/committed-suicide"));
        assertTrue(run.out().contains("::warning file=index.html,line=1"), run::toString);
    }

    @Test
    void aBrokenConfigFailsTheStep(@TempDir Path dir) throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("post.md"), "We planted tomatoes.\n");
        Files.writeString(blog.resolve("strict.yml"), "failon: error\n");
        Run run = runAction(dir, blog, Map.of("config", "strict.yml"));
        assertEquals(2, run.code(), run::toString);
        assertEquals("2", run.outputs().get("exit-code"));
    }

    /**
     * What running the action gave.
     *
     * @param code    the exit code of the last step that ran
     * @param out     everything the steps printed on standard output
     * @param steps   the names of the steps that ran
     * @param outputs every {@code name=value} the steps wrote to {@code GITHUB_OUTPUT}
     */
    private record Run(int code, String out, List<String> steps, Map<String, String> outputs, String err) {
        @Override
        public String toString() {
            return "exit " + code + " after " + steps + "\n--- out\n" + out + "--- err\n" + err + "--- outputs\n"
                    + outputs;
        }
    }

    @SuppressWarnings("unchecked")
    private static Run runAction(Path dir, Path workspace, Map<String, String> given) throws Exception {
        Map<String, Object> action = action();
        Map<String, String> inputs = new HashMap<>();
        ((Map<String, Object>) action.get("inputs")).forEach((name, spec) -> inputs.put(name,
                String.valueOf(((Map<String, Object>) spec).getOrDefault("default", ""))));
        inputs.putAll(given);
        Path output = Files.createFile(dir.resolve("github-output"));
        Path temp = Files.createDirectories(dir.resolve("runner-temp"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Processes.javaBin() + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", System.getProperty("user.home"));
        env.put("CI", "true");
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_ACTION_PATH", REPO.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", dir.resolve("step-summary.md").toString());
        env.put("RUNNER_TEMP", temp.toString());
        env.put("RUNNER_OS", "Linux");
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<String> ran = new ArrayList<>();
        int code = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs"))
                .get("steps")) {
            if (!step.containsKey("run")) {
                continue;
            }
            Map<String, String> stepEnv = new HashMap<>(env);
            Map<String, String> outputs = outputs(output);
            Map<String, Object> declared = (Map<String, Object>) step.getOrDefault("env", Map.of());
            declared.forEach((k, v) -> stepEnv.put(k, fill(String.valueOf(v), inputs, outputs, env)));
            Path script = dir.resolve("step-" + ran.size() + ".sh");
            Files.writeString(script, fill((String) step.get("run"), inputs, outputs, env));
            ran.add(String.valueOf(step.get("name")) + " (" + step.getOrDefault("id", "") + ")");
            Processes.Run r = Processes.run(workspace, stepEnv, null, 600,
                    List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
            out.append(r.out());
            err.append(r.err());
            code = r.code();
            if (code != 0) {
                break;
            }
        }
        return new Run(code, out.toString(), ran, outputs(output), err.toString());
    }

    private static Map<String, String> outputs(Path file) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    /** Fills in the expressions the action uses; any other expression fails the test. */
    private static String fill(String text, Map<String, String> inputs, Map<String, String> outputs,
            Map<String, String> env) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String value;
            if (e.startsWith("inputs.")) {
                value = inputs.get(e.substring("inputs.".length()));
            } else if (e.equals("github.action_path")) {
                value = env.get("GITHUB_ACTION_PATH");
            } else if (e.equals("runner.temp")) {
                value = env.get("RUNNER_TEMP");
            } else if (e.equals("runner.os")) {
                value = env.get("RUNNER_OS");
            } else if (e.matches("steps\\.[\\w-]+\\.outputs\\.[\\w-]+")) {
                value = outputs.getOrDefault(e.substring(e.lastIndexOf('.') + 1), "");
            } else {
                throw new AssertionError("an expression the test does not know: " + e);
            }
            assertTrue(value != null, e);
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
