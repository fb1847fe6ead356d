package dev.papageno.core;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.api.FailPolicy;
import dev.papageno.core.api.FileResult;
import dev.papageno.core.api.Finding;
import dev.papageno.core.api.LintResult;
import dev.papageno.core.api.RuleSetting;
import dev.papageno.core.api.Severity;
import dev.papageno.core.config.Config;
import dev.papageno.core.engine.LintEngine;
import dev.papageno.core.input.DraftReader;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.input.Selection;
import dev.papageno.core.rule.LintSettings;
import dev.papageno.core.rule.Profile;
import dev.papageno.core.rule.RuleSet;
import dev.papageno.core.rule.load.RuleSetLoader;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Papageno's entry point: configure once, then lint files, folders or text.
 *
 * <pre>{@code
 * try (Linter linter = Linter.builder()
 *         .config(ConfigLoader.discover(Path.of(".")))   // .papageno.yml, if there is one
 *         .region("us")
 *         .build()) {
 *     LintResult result = linter.lint(LintRequest.paths(List.of(Path.of("drafts"))));
 *     for (FileResult file : result.files()) {
 *         for (Finding f : file.findings()) {
 *             System.out.printf("%s:%d:%d %s %s%n", file.path(), f.line(), f.column(), f.rule(), f.message());
 *         }
 *     }
 *     boolean failed = linter.failPolicy().fails(result);
 * }
 * }</pre>
 *
 * <p>A {@code Linter} is thread-safe. {@link #lint(LintRequest)} lints files in parallel (one thread per
 * core unless {@link Builder#threads(int)} says otherwise); {@link #close()} stops its threads.
 */
public final class Linter implements AutoCloseable {

    private final RuleSet rules;
    private final LintEngine engine;
    private final FailPolicy failPolicy;
    private final Optional<InputFormat> format;
    private final Charset charset;
    private final LintWorkers workers;
    private final InputCollector collector;
    private final Profile profile;
    private final MemoryBudget budget = MemoryBudget.forHeap();

    private Linter(Builder b, RuleSet rules, Profile profile, Map<String, Severity> active, LintSettings settings,
            Selection selection) {
        this.rules = rules;
        this.profile = profile;
        this.engine = new LintEngine(rules, settings, active, java.util.Set.copyOf(b.config.allow()));
        Optional<Severity> threshold = b.failOnSet ? b.failOn
                : b.config.failOnSet() ? b.config.failOn() : FailPolicy.DEFAULT.threshold();
        Optional<Integer> max = b.maxFindings.isPresent() ? b.maxFindings : b.config.maxFindings();
        this.failPolicy = new FailPolicy(threshold, max);
        this.format = b.format;
        this.charset = b.charset.or(b.config::encoding).orElse(StandardCharsets.UTF_8);
        this.workers = new LintWorkers(b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors());
        this.collector = new InputCollector(selection);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The loaded rules (all of them, active or not). */
    public RuleSet rules() {
        return rules;
    }

    /** The rules that are on, with the severity each has after profile and config. */
    public Map<String, Severity> activeRules() {
        return engine.activeRules();
    }

    public Profile profile() {
        return profile;
    }

    /** When a result fails the run, by the config and the builder's settings. */
    public FailPolicy failPolicy() {
        return failPolicy;
    }

    /**
     * Lints what the request names. Inputs that cannot be read are in the result with the reason,
     * never thrown; files are linted in parallel and come back in path order.
     *
     * <p>With a {@linkplain LintRequest#withSink sink}, each input's result goes to the sink in path
     * order as soon as it and every input before it are done, and the result returned keeps only
     * the findings, not the drafts: a front end that reports as it goes holds a few drafts at a
     * time, not the whole run. Drafts in flight are bounded by their size as well as by the thread
     * count. An exception thrown by the sink (a closed pipe) ends the run at once.
     */
    public LintResult lint(LintRequest request) {
        List<FileResult> ready = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        List<LintRequest.Drafts> texts = new ArrayList<>();
        gather(request.drafts(), ready, inputs, texts);
        LintRequest.Progress progress = request.progress();
        int total = texts.size() + inputs.size();
        AtomicInteger done = new AtomicInteger();
        for (LintRequest.Drafts t : texts) {
            FileResult r = lintText(t);
            progress.fileDone(done.incrementAndGet(), total, r.path());
            ready.add(r);
        }
        Optional<LintRequest.Sink> sink = request.sink();
        List<FileResult> before = new ArrayList<>(new LintResult(ready).files());
        List<FileResult> kept = new ArrayList<>();
        Consumer<FileResult> inOrder = r -> {
            sink.ifPresent(s -> s.accept(r));
            kept.add(sink.isPresent() ? r.withoutSource() : r);
        };
        int[] next = {0};
        inputs.sort(Comparator.comparing(Input::display));
        lintInputs(inputs, progress, done, total, r -> {
            while (next[0] < before.size() && before.get(next[0]).path().compareTo(r.path()) <= 0) {
                inOrder.accept(before.get(next[0]++));
            }
            inOrder.accept(r);
        });
        while (next[0] < before.size()) {
            inOrder.accept(before.get(next[0]++));
        }
        return new LintResult(kept);
    }

    /** Sorts what a request names into results known already, files to lint and texts to lint. */
    private void gather(LintRequest.Drafts drafts, List<FileResult> ready, List<Input> inputs,
            List<LintRequest.Drafts> texts) {
        if (drafts instanceof LintRequest.Paths p) {
            InputCollector.Collected c = collector.collect(p.paths());
            ready.addAll(c.errors());
            inputs.addAll(c.inputs());
        } else if (drafts instanceof LintRequest.Collected c) {
            ready.addAll(c.collected().errors());
            inputs.addAll(c.collected().inputs());
        } else if (drafts instanceof LintRequest.Several several) {
            for (LintRequest.Drafts part : several.parts()) {
                gather(part, ready, inputs, texts);
            }
        } else {
            texts.add(drafts);
        }
    }

    /** Lints standard input's bytes or a text in memory. */
    private FileResult lintText(LintRequest.Drafts text) {
        if (text instanceof LintRequest.Bytes b) {
            return lintBytes(b.name(), b.bytes());
        }
        LintRequest.Source src = (LintRequest.Source) text;
        return onWorker(() -> lintSource(src.source().name(), src.source(), src.format()));
    }

    /** Finds the drafts that a request for these paths would check, without linting them. */
    public InputCollector.Collected collect(List<Path> paths) {
        return collector.collect(paths);
    }

    /**
     * How this linter finds drafts in folders (with the config's include and exclude globs), for
     * front ends that narrow it further before {@link LintRequest#collected}.
     */
    public InputCollector inputCollector() {
        return collector;
    }

    /**
     * Lints the inputs in parallel and hands each result to {@code inOrder} in input order, as soon
     * as it and every input before it are done, keeping none. Drafts in flight are bounded by size.
     */
    private void lintInputs(List<Input> inputs, LintRequest.Progress progress, AtomicInteger done, int total,
            Consumer<FileResult> inOrder) {
        workers.inOrder(inputs, Input::display, in -> {
            int taken = budget.acquire(in.path());
            try {
                FileResult r = lintFile(in.path(), in.display());
                progress.fileDone(done.incrementAndGet(), total, in.display());
                return r;
            } finally {
                budget.release(taken);
            }
        }, inOrder);
    }

    private FileResult lintFile(Path path, String display) {
        SourceText source;
        try {
            source = DraftReader.read(path, display, charset);
        } catch (DraftReader.UnreadableException e) {
            return FileResult.failed(display, e.getMessage());
        }
        return lintSource(display, source, formatFor(path.getFileName().toString()));
    }

    /** Lints a decoded draft, keeping the first findings and counting the rest. */
    private FileResult lintSource(String display, SourceText source, InputFormat f) {
        LintEngine.Findings found = engine.lintCapped(source, f);
        return FileResult.ok(display, found.findings(), found.omitted(), source);
    }

    /** The format a file of this name is read as: the one set on the builder, or by its extension. */
    public InputFormat formatFor(String fileName) {
        return format.orElseGet(() -> InputFormat.forFileName(fileName));
    }

    /** The charset of inputs without a byte-order mark. */
    public Charset charset() {
        return charset;
    }

    private FileResult lintBytes(String name, byte[] bytes) {
        SourceText source;
        try {
            source = DraftReader.decode(name, bytes, charset);
        } catch (DraftReader.UnreadableException e) {
            return FileResult.failed(name, e.getMessage());
        }
        InputFormat f = formatFor(name);
        return onWorker(() -> lintSource(name, source, f));
    }

    private <T> T onWorker(java.util.concurrent.Callable<T> task) {
        return workers.run(task, "input");
    }

    @Override
    public void close() {
        workers.close();
    }

    /** A failure inside Papageno (a bug), as opposed to a problem with the user's input. */
    public static final class LintFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LintFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Configures a {@link Linter}. */
    public static final class Builder {
        private Config config = Config.EMPTY;
        private Optional<String> profile = Optional.empty();
        private Optional<String> region = Optional.empty();
        private Optional<Severity> failOn = Optional.empty();
        private boolean failOnSet;
        private Optional<Integer> maxFindings = Optional.empty();
        private final Map<String, RuleSetting> overrides = new LinkedHashMap<>();
        private final List<String> enabled = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private boolean ignoreFiles = true;
        private Path workingDir = Path.of("");
        private Optional<InputFormat> format = Optional.empty();
        private Optional<Charset> charset = Optional.empty();
        private int threads;
        private RuleSet ruleSet;

        private Builder() {
        }

        /** Settings from a {@code .papageno.yml}; the builder's own settings win over it. */
        public Builder config(Config c) {
            this.config = c;
            return this;
        }

        /** {@code blog} (default), {@code news} or {@code clinical}. */
        public Builder profile(String id) {
            this.profile = Optional.of(id);
            return this;
        }

        /** The readers' region for crisis resources: us, ca, uk, ie, au, nz or intl. */
        public Builder region(String code) {
            this.region = Optional.of(code.toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        /** The lowest severity that fails a run; empty for never. */
        public Builder failOn(Optional<Severity> threshold) {
            this.failOn = threshold;
            this.failOnSet = true;
            return this;
        }

        public Builder maxFindings(int max) {
            this.maxFindings = Optional.of(max);
            return this;
        }

        /** Sets a rule (or a category) to a severity or {@link RuleSetting#OFF}. */
        public Builder rule(String idOrCategory, RuleSetting setting) {
            overrides.put(idOrCategory, setting);
            return this;
        }

        /**
         * Switches a rule (or every rule of a category) on at its own default severity, even when the
         * profile or config turned it off. As with {@link #rule}, a rule id wins over its category;
         * a {@link #rule} setting for the same key wins over this.
         */
        public Builder enable(String idOrCategory) {
            enabled.add(idOrCategory);
            return this;
        }

        /** More patterns of files a folder walk takes, relative to the working folder (besides the config's). */
        public Builder include(List<String> globs) {
            include.addAll(globs);
            return this;
        }

        /** More patterns of files a folder walk skips, relative to the working folder (besides the config's). */
        public Builder exclude(List<String> globs) {
            exclude.addAll(globs);
            return this;
        }

        /** Whether folder walks obey {@code .papagenoignore} files (default yes). */
        public Builder ignoreFiles(boolean read) {
            this.ignoreFiles = read;
            return this;
        }

        /** The folder that patterns given to {@link #include} and {@link #exclude} are relative to. */
        public Builder workingDir(Path dir) {
            this.workingDir = dir;
            return this;
        }

        /** Reads every input as this format, whatever its extension. */
        public Builder format(InputFormat f) {
            this.format = Optional.of(f);
            return this;
        }

        /** The charset of inputs without a byte-order mark (default UTF-8). */
        public Builder encoding(Charset cs) {
            this.charset = Optional.of(cs);
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Uses these rules instead of loading the built-in ones and the config's rule folders. */
        public Builder ruleSet(RuleSet set) {
            this.ruleSet = set;
            return this;
        }

        /**
         * Loads the rules and checks every setting against them.
         *
         * @throws ConfigException       for a broken rule file or a wrong value in the config file
         * @throws IllegalArgumentException for a wrong value given to the builder (an unknown profile,
         *                               region or rule id)
         */
        public Linter build() throws ConfigException {
            RuleSet set = ruleSet != null ? ruleSet : RuleSetLoader.load(config.ruleFolders());
            String profileId = profile.or(config::profile).orElse("blog");
            Profile p = set.profiles().get(profileId);
            if (p == null) {
                String known = String.join(", ", set.profiles().keySet());
                if (profile.isEmpty() && config.profile().isPresent()) {
                    throw config.errorAt("profile", null, "unknown profile " + ConfigException.quote(profileId) + "; use one of: "
                            + known);
                }
                if (profile.isPresent() || !set.profiles().isEmpty()) {
                    throw new IllegalArgumentException("unknown profile " + ConfigException.quote(profileId) + "; use one of: " + known);
                }
                p = Profile.neutral(profileId);
            }
            Optional<String> reg = region.or(config::region);
            if (reg.isPresent() && set.resources().region(reg.get()).isEmpty()) {
                String known = String.join(", ", set.resources().regions().keySet());
                if (region.isEmpty()) {
                    throw config.errorAt("region", null, "unknown region " + ConfigException.quote(reg.get()) + "; use one of: "
                            + known);
                }
                throw new IllegalArgumentException("unknown region " + ConfigException.quote(reg.get()) + "; use one of: " + known);
            }
            Map<String, Severity> active = ActiveRules.resolve(set, p, config, enabled, overrides);
            Selection selection = selection();
            LintSettings settings = new LintSettings(reg, p.id(), p.options());
            return new Linter(this, set, p, active, settings, selection);
        }

        private Selection selection() throws ConfigException {
            Selection s = Selection.DEFAULT.ignoreFiles(ignoreFiles);
            Path configDir = config.file().map(f -> f.toAbsolutePath().getParent()).orElse(workingDir.toAbsolutePath());
            for (String key : List.of("include", "exclude")) {
                List<String> globs = key.equals("include") ? config.include() : config.exclude();
                if (globs.isEmpty()) {
                    continue;
                }
                try {
                    Selection.Patterns patterns = Selection.Patterns.of(configDir, globs);
                    s = key.equals("include") ? s.include(patterns) : s.exclude(patterns);
                } catch (IllegalArgumentException e) {
                    throw config.errorAt(key, null, e.getMessage());
                }
            }
            if (!include.isEmpty()) {
                s = s.include(Selection.Patterns.of(workingDir, include));
            }
            if (!exclude.isEmpty()) {
                s = s.exclude(Selection.Patterns.of(workingDir, exclude));
            }
            return s;
        }

    }
}
