package dev.papageno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's editor set-up, as written: each Neovim snippet that the installed Neovim can run,
 * and the Emacs one, are read out of "In your editor" and run headless against drafts in
 * Markdown, HTML and plain text, with {@code papageno} on the PATH (a link to the repository's
 * launcher); the editor must show the finding of the right rule at the right place. Skipped only
 * when the editor is not installed ({@code .ci/run} installs Debian's packages).
 */
class EditorSnippetsIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path NVIM = Path.of("/usr/bin/nvim");
    private static final Path EMACS = Path.of("/usr/bin/emacs");
    private static final String RULE = "stigma/committed-suicide";

    /**
     * A draft, and where its finding of {@link #RULE} is: 0-based line and UTF-16 columns, as
     * the editor shows them.
     */
    private record Draft(String name, String text, int line, int start, int end) {
    }

    private static final List<Draft> DRAFTS = List.of(
            new Draft("post.md", "# Notes\n\nHe committed suicide last year.\n", 2, 3, 20),
            new Draft("page.html", "<html><body><p>He committed suicide last year.</p></body></html>\n", 0, 18, 35),
            new Draft("notes.txt", "He committed suicide last year.\n", 0, 3, 20));

    /** Waits for the buffer's diagnostics, then writes one line for each: code and range. */
    private static final String NVIM_CHECK = """
            vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
            local out = { "filetype " .. vim.bo.filetype }
            for _, d in ipairs(vim.diagnostic.get(0)) do
              table.insert(out, string.format("%s %d:%d-%d:%d", tostring(d.code), d.lnum, d.col, d.end_lnum, d.end_col))
            end
            local f = io.open(os.getenv("PAPAGENO_RESULT"), "w")
            f:write(table.concat(out, "\\n") .. "\\n")
            f:close()
            vim.cmd("qa!")
            """;

    /** Opens the draft, starts eglot as M-x eglot does, and writes the mode and the Flymake diagnostics. */
    private static final String EMACS_CHECK = """
            (package-initialize)
            (load (getenv "PAPAGENO_INIT"))
            (require 'eglot)
            (find-file (getenv "PAPAGENO_DRAFT"))
            (call-interactively #'eglot)
            (let ((deadline (+ (float-time) 60)))
              (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
                (accept-process-output nil 0.2)))
            (let ((lines (list (format "mode %s" major-mode))))
              (dolist (d (flymake-diagnostics))
                (let* ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)))
                       (beg (flymake-diagnostic-beg d))
                       (end (flymake-diagnostic-end d)))
                  (push (format "%s %d:%d-%d:%d" (plist-get lsp :code)
                                (1- (line-number-at-pos beg)) (save-excursion (goto-char beg) (current-column))
                                (1- (line-number-at-pos end)) (save-excursion (goto-char end) (current-column)))
                        lines)))
              (with-temp-file (getenv "PAPAGENO_RESULT")
                (insert (mapconcat #'identity (nreverse lines) "\n") "\n")))
            (eglot-shutdown (eglot-current-server))
            """;

    /** Whether Emacs has eglot and markdown-mode (built in, or Debian's elpa-eglot and elpa-markdown-mode). */
    private static final String EMACS_HAS_PACKAGES = "(progn (package-initialize) (require 'eglot) (require 'markdown-mode))";

    @TempDir
    Path dir;

    @Test
    void theNeovimSnippetsShowTheFindingsWhereTheCommandLineDoes() throws Exception {
        assumeTrue(Files.isExecutable(NVIM), "Neovim is not installed (/usr/bin/nvim): the Neovim snippets are not run");
        int[] version = nvimVersion();
        List<Snippet> snippets = snippets("lua");
        assertEquals(2, snippets.size(), "the README has a Neovim snippet for 0.10 and one for 0.7 to 0.9");
        int run = 0;
        for (Snippet s : snippets) {
            if (!s.fits(version)) {
                continue;
            }
            Path init = Files.writeString(dir.resolve("init-" + run + ".lua"), s.code());
            Path check = Files.writeString(dir.resolve("check.lua"), NVIM_CHECK);
            for (Draft d : DRAFTS) {
                String shown = inEditor(d, List.of(NVIM.toString(), "--headless", "-u", init.toString(), d.name(),
                        "-c", "luafile " + check), Map.of());
                assertShown(d, shown, s.heading());
            }
            run++;
        }
        assertTrue(run >= 1, "no Neovim snippet in the README is for Neovim " + version[0] + "." + version[1]);
    }

    @Test
    void theEmacsSnippetShowsTheFindingsWhereTheCommandLineDoes() throws Exception {
        assumeTrue(Files.isExecutable(EMACS), "Emacs is not installed (/usr/bin/emacs): the eglot snippet is not run");
        Processes.Run packages = Processes.run(dir, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString()), null, 120,
                List.of(EMACS.toString(), "--batch", "--eval", EMACS_HAS_PACKAGES));
        assertEquals(0, packages.code(), () -> "Emacs lacks eglot or markdown-mode (Debian: elpa-eglot,"
                + " elpa-markdown-mode): " + packages);
        List<Snippet> snippets = snippets("elisp");
        assertEquals(1, snippets.size(), "the README has one Emacs snippet");
        Path init = Files.writeString(dir.resolve("init.el"), snippets.get(0).code());
        Path check = Files.writeString(dir.resolve("check.el"), EMACS_CHECK);
        for (Draft d : DRAFTS) {
            String shown = inEditor(d, List.of(EMACS.toString(), "--batch", "-l", check.toString()),
                    Map.of("PAPAGENO_INIT", init.toString(), "PAPAGENO_DRAFT",
                            dir.resolve("drafts").resolve(d.name()).toString()));
            assertShown(d, shown, "Emacs");
        }
    }

    /** Runs the editor on the draft, with papageno on the PATH, and gives what it wrote: one line per diagnostic. */
    private String inEditor(Draft d, List<String> command, Map<String, String> extra) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        if (!Files.exists(bin.resolve("papageno"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(bin.resolve("papageno"), REPO.resolve("papageno"));
        }
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(drafts.resolve(d.name()), d.text());
        Path result = dir.resolve("result.txt");
        Files.deleteIfExists(result);
        Path home = Files.createDirectories(dir.resolve("home"));
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", bin + ":" + Processes.javaBin() + ":/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("PAPAGENO_RESULT", result.toString());
        Processes.Run r = Processes.run(drafts, env, null, 180, command);
        assertTrue(Files.exists(result), () -> "the editor wrote no result for " + d.name() + ": " + r);
        return Files.readString(result, StandardCharsets.UTF_8);
    }

    private static void assertShown(Draft d, String shown, String which) {
        String expected = RULE + " " + d.line() + ":" + d.start() + "-" + d.line() + ":" + d.end();
        assertTrue(shown.lines().anyMatch(expected::equals),
                () -> which + ", " + d.name() + ": expected \"" + expected + "\" among\n" + shown);
        assertFalse(shown.lines().skip(1).anyMatch(l -> l.startsWith(RULE) && !l.equals(expected)), shown);
    }

    /**
     * A code block of the README's "In your editor" section.
     *
     * @param heading the paragraph before it, which names the editor and its versions
     * @param code    its text
     */
    private record Snippet(String heading, String code) {

        private static final Pattern VERSIONS = Pattern.compile("Neovim \\(?(\\d+)\\.(\\d+)(?: or later| to (\\d+)\\.(\\d+))");

        /** Whether the Neovim version is in the range the heading names. */
        boolean fits(int[] version) {
            Matcher m = VERSIONS.matcher(heading);
            assertTrue(m.find(), "no Neovim version range in: " + heading);
            int v = version[0] * 1000 + version[1];
            int min = Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2));
            int max = m.group(3) == null ? Integer.MAX_VALUE
                    : Integer.parseInt(m.group(3)) * 1000 + Integer.parseInt(m.group(4));
            return min <= v && v <= max;
        }
    }

    private static List<Snippet> snippets(String language) throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("\n## In your editor\n");
        int to = readme.indexOf("\n## ", from + 1);
        assertTrue(from >= 0 && to > from, "README has no \"In your editor\" section");
        List<String> lines = readme.substring(from, to).lines().toList();
        List<Snippet> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean blank = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                for (i++; !lines.get(i).equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                if (line.equals("```" + language)) {
                    out.add(new Snippet(paragraph.toString(), code.toString()));
                }
                paragraph.setLength(0);
            } else if (line.isBlank()) {
                blank = true;
            } else {
                if (blank) {
                    paragraph.setLength(0);
                }
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
                blank = false;
            }
        }
        return out;
    }

    private int[] nvimVersion() throws Exception {
        Processes.Run r = Processes.run(dir, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString()), null, 60,
                List.of(NVIM.toString(), "--version"));
        Matcher m = Pattern.compile("NVIM v(\\d+)\\.(\\d+)").matcher(r.out());
        assertTrue(m.find(), r::toString);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
