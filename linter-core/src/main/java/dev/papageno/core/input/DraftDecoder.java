package dev.papageno.core.input;

import dev.papageno.core.source.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns a draft kept in a binary file format (a word processor's, say) into the text to check, read
 * as plain text. A front end adds one by putting a module with an implementation on the class path
 * ({@code META-INF/services/dev.papageno.core.input.DraftDecoder}); folder walks then pick up the
 * names it reads, and {@link DraftReader} hands such files to it instead of decoding them as text.
 */
public interface DraftDecoder {

    /** Whether this decoder reads a file of this name. */
    boolean reads(String fileName);

    /**
     * The text of the draft, with the findings' lines and columns counted in it.
     *
     * @throws DraftReader.UnreadableException with one line saying what is wrong with the file
     */
    SourceText decode(String display, byte[] bytes) throws DraftReader.UnreadableException;

    /** The decoders on the class path. */
    static List<DraftDecoder> installed() {
        return Installed.DECODERS;
    }

    /** The decoder that reads a file of this name, if one is installed. */
    static Optional<DraftDecoder> forFileName(String fileName) {
        for (DraftDecoder d : installed()) {
            if (d.reads(fileName)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Loaded once. */
    final class Installed {
        static final List<DraftDecoder> DECODERS = ServiceLoader.load(DraftDecoder.class,
                DraftDecoder.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

        private Installed() {
        }
    }
}
