package dev.papageno.core.source;

/** The bytes of an input file cannot be read as text; the message says why, in words for the writer. */
public final class SourceDecodingException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceDecodingException(String message) {
        super(message);
    }
}
