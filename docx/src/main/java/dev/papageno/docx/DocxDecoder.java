package dev.papageno.docx;

import dev.papageno.core.input.DraftDecoder;
import dev.papageno.core.input.DraftReader;
import dev.papageno.core.source.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads {@code .docx} drafts: the text of {@link DocxText#joined}, checked as plain text. */
public final class DocxDecoder implements DraftDecoder {

    @Override
    public boolean reads(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".docx");
    }

    @Override
    public SourceText decode(String display, byte[] bytes) throws DraftReader.UnreadableException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return SourceText.of(display, DocxText.joined(doc));
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new DraftReader.UnreadableException("cannot read this Word document: it is encrypted (password"
                    + " protected) or an older .doc file; save it as an unprotected .docx");
        } catch (IOException | RuntimeException e) {
            throw new DraftReader.UnreadableException("cannot read this Word document: it is damaged or not a .docx"
                    + " file");
        }
    }
}
