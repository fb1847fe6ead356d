package dev.papageno.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.source.LineCol;
import dev.papageno.core.source.SourceDecodingException;
import dev.papageno.core.source.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void lineIndexUnderstandsLfCrlfAndCr() {
        SourceText s = SourceText.of("t", "a\nbb\r\nccc\rdddd");
        assertEquals(4, s.lineCount());
        assertEquals(new LineCol(1, 1), s.lineCol(0));
        assertEquals(new LineCol(2, 1), s.lineCol(2));
        assertEquals(new LineCol(3, 2), s.lineCol(7));
        assertEquals(new LineCol(4, 4), s.lineCol(13));
        assertEquals("bb", s.lineText(2));
        assertEquals("ccc", s.lineText(3));
        assertEquals(new LineCol(4, 5), s.lineCol(s.length()));
    }

    @Test
    void utf8BomIsRemovedAndRemembered() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        SourceText s = SourceText.decode("t", bytes, StandardCharsets.UTF_8);
        assertEquals("hi", s.text());
        assertTrue(s.hasBom());
        assertArrayEquals(bytes, s.encode("hi"));
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
        SourceText s = SourceText.decode("t", le, StandardCharsets.UTF_8);
        assertEquals("hi", s.text());
        assertArrayEquals(le, s.encode("hi"));
    }

    @Test
    void invalidUtf8IsAnErrorNotReplacementChars() {
        byte[] bad = {'a', (byte) 0xC3, (byte) 0x28, 'b'};
        SourceDecodingException e = assertThrows(SourceDecodingException.class,
                () -> SourceText.decode("t", bad, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bin = {'P', 'N', 'G', 0, 1, 2};
        SourceDecodingException e = assertThrows(SourceDecodingException.class,
                () -> SourceText.decode("t", bin, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void noBomMeansNoBomWrittenBack() throws Exception {
        SourceText s = SourceText.decode("t", "x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertFalse(s.hasBom());
        assertArrayEquals(new byte[] {'y'}, s.encode("y"));
    }
}
