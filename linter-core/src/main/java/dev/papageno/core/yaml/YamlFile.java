package dev.papageno.core.yaml;

import dev.papageno.core.api.ConfigException;
import dev.papageno.core.input.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a config or rule file the user wrote: a regular file of at most {@value #MAX_BYTES} bytes
 * of UTF-8, refused before parsing when it is larger (so a huge file costs nothing).
 */
public final class YamlFile {

    /** The largest config or rule file read: the biggest built-in rule file is under 10 KB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private YamlFile() {
    }

    /** The file's text. */
    public static String read(Path file) throws ConfigException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(name, "is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(name, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ConfigException(name, "cannot read: " + IoErrors.reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name, "not valid UTF-8");
        }
    }

    private static ConfigException tooLarge(String name, long size) {
        return new ConfigException(name, "too large (" + (size > MAX_BYTES ? "more than " : "") + MAX_BYTES / 1024
                + " KB is the limit for a config or rule file)");
    }
}
