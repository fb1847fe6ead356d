package dev.papageno.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON and SARIF reports' writer: records written with Jackson, fields in declaration order,
 * absent ({@code null}) fields left out, two-space indentation, {@code "name": value}, empty arrays as
 * {@code []}, and U+2028 and U+2029 escaped as well as the control characters (in lower-case hex),
 * so that a report can be pasted into JavaScript. Deterministic: the output depends only on the
 * values.
 */
final class JsonOutput {

    /** Escapes the line and paragraph separators, which JavaScript strings cannot hold. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static final ObjectWriter WRITER;

    static {
        JsonFactory factory = JsonFactory.builder()
                .characterEscapes(new Escapes())
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = mapper.writer().with(printer);
    }

    private JsonOutput() {
    }

    /** Writes one value and a final line break. */
    static void write(Object value, Writer out) throws IOException {
        try {
            out.write(WRITER.writeValueAsString(value));
        } catch (JacksonException e) {
            throw new IOException("cannot write the report: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
        out.flush();
    }
}
