package dev.papageno.core;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What to lint, for {@link Linter#lint(LintRequest)}: files and folders to walk, drafts already
 * collected, the bytes of standard input, or a text in memory; and who hears about progress.
 *
 * @param drafts   what to lint
 * @param progress told as each draft is done
 * @param sink     when set, gets each result in input order as soon as it and every one before it are
 *                 done, and the linter keeps none of them (the returned result is then empty): a front
 *                 end that reports as it goes holds one draft at a time; may be null
 */
public record LintRequest(Drafts drafts, Progress progress, Consumer<FileResult> sink) {

    /** What a request lints. */
    public sealed interface Drafts {
    }

    /** Files and folders, folders walked for drafts with the linter's include and exclude globs. */
    public record Paths(List<Path> paths) implements Drafts {
        public Paths {
            paths = List.copyOf(paths);
        }
    }

    /** Drafts already found; the paths that could not be used stay reported. */
    public record Collected(InputCollector.Collected collected) implements Drafts {
    }

    /** Bytes (standard input): {@code name} picks the format unless the linter sets one. */
    public record Bytes(String name, byte[] bytes) implements Drafts {
    }

    /** A decoded text, read as {@code format}. */
    public record Source(SourceText source, InputFormat format) implements Drafts {
    }

    /** Hears about each draft as it is done; called from linting threads, so it must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        /** Says nothing. */
        Progress NONE = (done, total, path) -> { };

        /**
         * @param done  drafts done so far, this one included
         * @param total drafts in the run
         * @param path  the draft just done, as reports show it
         */
        void fileDone(int done, int total, String path);
    }

    public LintRequest {
        progress = progress == null ? Progress.NONE : progress;
    }

    /** Files and folders; missing or unreadable paths are reported, not thrown. */
    public static LintRequest paths(List<Path> paths) {
        return new LintRequest(new Paths(paths), Progress.NONE, null);
    }

    /** Drafts already collected (see {@link Linter#collect(List)}). */
    public static LintRequest collected(InputCollector.Collected collected) {
        return new LintRequest(new Collected(collected), Progress.NONE, null);
    }

    /** These drafts, each read from its path and reported under its display name. */
    public static LintRequest inputs(List<Input> inputs) {
        return collected(new InputCollector.Collected(inputs, List.of()));
    }

    /** One file, reported as {@code display}. */
    public static LintRequest file(Path path, String display) {
        return inputs(List.of(new Input(path, display)));
    }

    /** Bytes, such as standard input, named {@code name}. */
    public static LintRequest bytes(String name, byte[] bytes) {
        return new LintRequest(new Bytes(name, bytes.clone()), Progress.NONE, null);
    }

    /** A text in memory, read as {@code format}. */
    public static LintRequest text(String name, String text, InputFormat format) {
        return source(SourceText.of(name, text), format);
    }

    /** An already decoded source, read as {@code format}. */
    public static LintRequest source(SourceText source, InputFormat format) {
        return new LintRequest(new Source(source, format), Progress.NONE, null);
    }

    /** The same request, telling {@code p} as each draft is done. */
    public LintRequest withProgress(Progress p) {
        return new LintRequest(drafts, p, sink);
    }

    /** The same request, handing each result to {@code each} in input order instead of keeping it. */
    public LintRequest withEach(Consumer<FileResult> each) {
        return new LintRequest(drafts, progress, each);
    }

    /** Who gets each result as it is ready, if anyone. */
    public Optional<Consumer<FileResult>> each() {
        return Optional.ofNullable(sink);
    }
}
