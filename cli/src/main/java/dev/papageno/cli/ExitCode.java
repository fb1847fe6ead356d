package dev.papageno.cli;

/**
 * The process exit codes, never a count. When several apply, the highest wins: an internal error
 * over a usage, config or input problem, over findings.
 */
public enum ExitCode {
    /** Nothing at or above the fail threshold. */
    OK(0),
    /** Findings at or above the fail threshold, or more findings than {@code --max-findings}. */
    FINDINGS(1),
    /** Wrong usage, a broken config or rule file, or an input that could not be read. */
    USAGE_OR_INPUT(2),
    /** A bug in Papageno. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public ExitCode max(ExitCode other) {
        return code >= other.code ? this : other;
    }
}
