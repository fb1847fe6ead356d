package dev.papageno.bench.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Fields of {@code /proc/PID/status}, where the system has it (Linux). */
final class ProcStatus {

    private ProcStatus() {
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** A field given in kB, such as {@code VmRSS}; empty when there is no such file or field. */
    static OptionalLong kib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    String value = line.substring(field.length() + 1).trim();
                    return OptionalLong.of(Long.parseLong(value.split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
