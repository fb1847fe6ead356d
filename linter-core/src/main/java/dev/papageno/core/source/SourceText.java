package dev.papageno.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The decoded text of one input, with the facts needed to report positions and to write it back
 * unchanged: the charset, whether it had a byte-order mark, and a line index that understands
 * LF, CRLF and CR line endings.
 *
 * <p>Every offset in Papageno is a UTF-16 char offset into {@link #text()}, which never contains the
 * byte-order mark.
 */
public final class SourceText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final String text;
    private final Charset charset;
    private final boolean bom;
    private final int[] lineStarts;

    private SourceText(String name, String text, Charset charset, boolean bom) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.charset = charset;
        this.bom = bom;
        this.lineStarts = lineStarts(text);
    }

    /** Text that did not come from bytes (tests, stdin already decoded, examples). */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text, StandardCharsets.UTF_8, false);
    }

    /**
     * Decodes file bytes. A UTF-8 or UTF-16 byte-order mark wins over {@code charset}; without one,
     * {@code charset} is used strictly (malformed input is an error, not replacement characters).
     *
     * @throws SourceDecodingException for binary content or bytes that are not valid in the charset
     */
    public static SourceText decode(String name, byte[] bytes, Charset charset) throws SourceDecodingException {
        Charset effective = charset;
        int skip = 0;
        boolean bom = false;
        if (startsWith(bytes, UTF8_BOM)) {
            effective = StandardCharsets.UTF_8;
            skip = 3;
            bom = true;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            effective = StandardCharsets.UTF_16BE;
            skip = 2;
            bom = true;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            effective = StandardCharsets.UTF_16LE;
            skip = 2;
            bom = true;
        }
        boolean sixteen = effective.name().startsWith("UTF-16");
        if (!sixteen) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new SourceDecodingException("binary file (contains NUL bytes), not a text draft");
                }
            }
        }
        CharsetDecoder decoder = effective.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        String text;
        try {
            CharBuffer out = decoder.decode(in);
            text = out.toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            int at = in.position();
            throw new SourceDecodingException("not valid " + effective.name() + " (bad byte at offset " + at
                    + "); save the file as UTF-8 or pass --encoding");
        } catch (CharacterCodingException e) {
            throw new SourceDecodingException("not valid " + effective.name() + ": " + e.getMessage());
        }
        if (sixteen && text.indexOf('\0') >= 0) {
            throw new SourceDecodingException("binary file (contains NUL characters), not a text draft");
        }
        return new SourceText(name, text, effective, bom);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Where each line of {@code text} starts: 0, then one past each line terminator (LF, CRLF or
     * CR). A text that ends with a terminator has an empty last line that starts at its end.
     */
    public static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The name used in reports: a path as the user gave it, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    /** The decoded text, without a byte-order mark. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the bytes began with a byte-order mark (it is written back on {@code --fix}). */
    public boolean hasBom() {
        return bom;
    }

    /** Encodes text the way this source was encoded: same charset, same byte-order mark. */
    public byte[] encode(String newText) {
        byte[] body = newText.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] mark;
        if (charset.equals(StandardCharsets.UTF_8)) {
            mark = UTF8_BOM;
        } else if (charset.equals(StandardCharsets.UTF_16BE)) {
            mark = new byte[] {(byte) 0xFE, (byte) 0xFF};
        } else if (charset.equals(StandardCharsets.UTF_16LE)) {
            mark = new byte[] {(byte) 0xFF, (byte) 0xFE};
        } else {
            mark = new byte[0];
        }
        byte[] all = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Line and column (both 1-based) of a char offset; the offset may equal {@link #length()}. */
    public LineCol lineCol(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new LineCol(line + 1, offset - lineStarts[line] + 1);
    }

    /** Offset of the first char of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last char of a 1-based line, before its line terminator. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public String slice(TextRange range) {
        return text.substring(range.start(), range.end());
    }
}
