package dev.papageno.core.fix;

/** A file could not be fixed; the message is one line that says why, for the writer. */
public final class FixException extends Exception {

    private static final long serialVersionUID = 1L;

    public FixException(String message) {
        super(message);
    }

    public FixException(String message, Throwable cause) {
        super(message, cause);
    }
}
