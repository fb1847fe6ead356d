package dev.papageno.core;

import dev.papageno.core.api.FileResult;
import dev.papageno.core.input.Input;
import dev.papageno.core.input.InputCollector;
import dev.papageno.core.source.InputFormat;
import dev.papageno.core.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to lint, for {@link Linter#lint(LintRequest)}: files and folders to walk, drafts already
 * collected, the bytes of standard input, a text in memory, or several of these in one run; who
 * hears about progress; and, for a front end that reports as it goes, who takes each result.
 *
 * @param drafts   what to lint
 * @param progress told as each draft is done
 * @param sink     takes each input's result in path order as soon as it is known; with a sink, the
 *                 run's result keeps the findings but not the drafts
 */
public record LintRequest(Drafts drafts, Progress progress, Optional<Sink> sink) {

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

    /** Several of the above in one run (standard input beside files, say), reported together in path order. */
    public record Several(List<Drafts> parts) implements Drafts {
        public Several {
            parts = List.copyOf(parts);
        }
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

    /**
     * Takes each input's result, in path order, as soon as it and every input before it are done;
     * called on the thread that called {@link Linter#lint}. What it throws ends the run and comes
     * out of {@code lint}.
     */
    @FunctionalInterface
    public interface Sink {
        /** Takes one input's result, its draft included. */
        void accept(FileResult file);
    }

    public LintRequest {
        progress = progress == null ? Progress.NONE : progress;
        sink = sink == null ? Optional.empty() : sink;
    }

    /** What to lint, with no one told about progress and no sink. */
    public static LintRequest of(Drafts drafts) {
        return new LintRequest(drafts, Progress.NONE, Optional.empty());
    }

    /** Files and folders; missing or unreadable paths are reported, not thrown. */
    public static LintRequest paths(List<Path> paths) {
        return of(new Paths(paths));
    }

    /** Drafts already collected (see {@link Linter#collect(List)}). */
    public static LintRequest collected(InputCollector.Collected collected) {
        return of(new Collected(collected));
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
        return of(new Bytes(name, bytes.clone()));
    }

    /** A text in memory, read as {@code format}. */
    public static LintRequest text(String name, String text, InputFormat format) {
        return source(SourceText.of(name, text), format);
    }

    /** An already decoded source, read as {@code format}. */
    public static LintRequest source(SourceText source, InputFormat format) {
        return of(new Source(source, format));
    }

    /**
     * Several requests' drafts in one run (standard input beside files, say), reported together in
     * path order; set progress and a sink on the request this returns, not on its parts.
     */
    public static LintRequest several(List<LintRequest> requests) {
        return of(new Several(requests.stream().map(LintRequest::drafts).toList()));
    }

    /** The same request, telling {@code p} as each draft is done. */
    public LintRequest withProgress(Progress p) {
        return new LintRequest(drafts, p, sink);
    }

    /** The same request, handing each input's result to {@code s} as soon as it is known. */
    public LintRequest withSink(Sink s) {
        return new LintRequest(drafts, progress, Optional.of(s));
    }
}
