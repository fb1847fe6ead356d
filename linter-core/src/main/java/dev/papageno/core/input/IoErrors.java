package dev.papageno.core.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Short, plain reasons for failed reads and writes, as messages show them. */
public final class IoErrors {

    private IoErrors() {
    }

    /**
     * Why a read or write failed: {@code permission denied}, {@code no such file or directory},
     * {@code symbolic link loop}, or else the exception's message (its class name when it has none).
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
