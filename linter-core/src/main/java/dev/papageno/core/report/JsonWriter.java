package dev.papageno.core.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A small streaming JSON writer with two-space indentation; strings are escaped per RFC 8259.
 * Deterministic: the output depends only on the calls.
 */
public final class JsonWriter {

    private final Writer out;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        value();
        out.write('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write('}');
        first = false;
        return this;
    }

    public JsonWriter beginArray() throws IOException {
        value();
        out.write('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() throws IOException {
        depth--;
        if (!first) {
            newline();
        }
        out.write(']');
        first = false;
        return this;
    }

    public JsonWriter name(String name) throws IOException {
        separator();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) throws IOException {
        value();
        if (s == null) {
            out.write("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) throws IOException {
        value();
        out.write(Long.toString(n));
        return this;
    }

    public JsonWriter value(boolean b) throws IOException {
        value();
        out.write(b ? "true" : "false");
        return this;
    }

    public JsonWriter field(String name, String s) throws IOException {
        return name(name).value(s);
    }

    public JsonWriter field(String name, long n) throws IOException {
        return name(name).value(n);
    }

    public JsonWriter stringArray(String name, Iterable<String> items) throws IOException {
        name(name).beginArray();
        for (String s : items) {
            value(s);
        }
        return endArray();
    }

    private void value() throws IOException {
        if (afterName) {
            afterName = false;
            first = false;
            return;
        }
        if (depth > 0) {
            separator();
        }
        first = false;
    }

    private void separator() throws IOException {
        if (!first) {
            out.write(',');
        }
        newline();
        first = false;
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
