package dev.papageno.cli;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.Linter;
import dev.papageno.core.config.Config;
import dev.papageno.core.config.ConfigLoader;
import dev.papageno.core.rule.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papageno init}: writes a commented {@code .papageno.yml} that loads as it is. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = PapagenoCommand.VersionProvider.class,
        description = {"Write a commented .papageno.yml with every setting explained."},
        footerHeading = "%nExamples:%n",
        footer = {"  papageno init", "  papageno init --profile news --region uk website/"})
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "Where to write it. Default: the working folder.")
    Path folder = Path.of("");

    @Option(names = "--profile", paramLabel = "NAME", description = "The profile to set: blog (default), news or"
            + " clinical.")
    String profile = "blog";

    @Option(names = "--region", paramLabel = "CODE", description = "The readers' region to set (us, ca, uk, ie, au,"
            + " nz, intl). Default: none.")
    String region;

    @Option(names = "--force", description = "Overwrite an existing .papageno.yml.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder.toString().isEmpty() ? Path.of(".") : folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + folder);
        }
        Path file = folder.resolve(ConfigLoader.FILE_NAMES.get(0));
        if (Files.exists(file) && !force) {
            Say.error(err, file + " already exists; use --force to overwrite it");
            return ExitCode.USAGE_OR_INPUT.code();
        }
        RuleSet rules;
        try (Linter linter = ConfigOptions.build(Linter.builder().profile(profile), spec.commandLine())) {
            rules = linter.rules();
        } catch (ConfigException e) {
            Say.error(err, e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        String regions = String.join(", ", new TreeSet<>(rules.resources().regions().keySet()));
        if (region != null && !rules.resources().regions().containsKey(region.toLowerCase(java.util.Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown region \"" + region
                    + "\"; use one of: " + regions);
        }
        String text = template(String.join(", ", new TreeSet<>(rules.profiles().keySet())), regions);
        try {
            Config parsed = ConfigLoader.parse(text, file.toString(), folder.toAbsolutePath());
            Linter.builder().config(parsed).ruleSet(rules).build().close();
        } catch (ConfigException e) {
            throw new IllegalStateException("the written config does not load: " + e.getMessage(), e);
        }
        try {
            if (force) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            Say.error(err, file + " already exists; use --force to overwrite it");
            return ExitCode.USAGE_OR_INPUT.code();
        } catch (IOException e) {
            err.println("papageno: cannot write " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return ExitCode.USAGE_OR_INPUT.code();
        }
        out.println("Wrote " + file + ". Edit it to suit your writing, then run: papageno check .");
        return ExitCode.OK.code();
    }

    private String template(String profiles, String regions) {
        return """
                # Papageno settings for this folder and the folders below it.
                # Every key is optional, and an unknown key is an error, never ignored.
                # List the rules with `papageno rules`; read about one with `papageno explain RULE`.

                # The kind of writing: %s.
                # blog is the default; news is stricter; clinical allows clinical terms.
                profile: %s

                # Your readers' region, for crisis resources: %s.
                # Without one, any current help line counts and suggestions name international directories.
                %sregion: %s

                # The lowest severity that fails a run (exit code 1): error, warning, info or none.
                failOn: warning

                # Also fail when there are more findings than this, whatever their severity.
                # maxFindings: 20

                # Per rule or per whole category: off, info, warning or error.
                # rules:
                #   trigger-warning/missing: info
                #   stigma: error

                # Exact phrases never to report.
                # allow:
                #   - "suicide bridge"

                # Folders of your own rule files, relative to this file.
                # ruleFolders: [lint/rules]

                # Which files a folder walk takes and which it skips: patterns as in .gitignore,
                # relative to this file. Hidden folders, target/ and node_modules/ are always skipped,
                # and a .papagenoignore file works as well.
                # include: ["**/*.md"]
                # exclude: ["drafts/old/**"]

                # The encoding of drafts that have no byte-order mark.
                # encoding: UTF-8
                """.formatted(profiles, profile, regions, region == null ? "# " : "",
                region == null ? "us" : region.toLowerCase(java.util.Locale.ROOT));
    }
}
