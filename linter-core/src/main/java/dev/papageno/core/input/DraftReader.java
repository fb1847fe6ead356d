package dev.papageno.core.input;

import dev.papageno.core.source.SourceDecodingException;
import dev.papageno.core.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Reads a draft from disk, turning every way it can fail into one line for the writer. */
public final class DraftReader {

    /** The largest draft read, in bytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Why a draft cannot be read. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String message) {
            super(message);
        }
    }

    private DraftReader() {
    }

    public static SourceText read(Path path, String display, Charset charset) throws UnreadableException {
        if (!Files.exists(path)) {
            throw new UnreadableException(Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "broken symbolic link" : "no such file or directory");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableException("is a directory");
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableException("not a regular file (a device, socket or pipe)");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableException("file too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new UnreadableException("cannot read: " + IoErrors.reason(e));
        }
        return decode(display, bytes, charset);
    }

    /** Decodes bytes already read (stdin, tests). */
    public static SourceText decode(String display, byte[] bytes, Charset charset) throws UnreadableException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableException("too large (the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        try {
            return SourceText.decode(display, bytes, charset);
        } catch (SourceDecodingException e) {
            throw new UnreadableException(e.getMessage());
        }
    }
}
