package dev.papageno.core.api;

import java.util.Optional;

/**
 * A mistake in a file the user or a rule author wrote: {@code .papageno.yml}, a rule file, a
 * profile. Stops the run before any linting. The message is one line: {@code file:line:col: what is
 * wrong and what is allowed}.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    public ConfigException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public ConfigException(String file, String detail) {
        this(file, 0, 0, detail);
    }

    private static final int QUOTE_MAX = 60;

    /**
     * A value from a user's file, made safe for a one-line message: in quotation marks, control
     * characters escaped, long values cut short.
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(value.length(), QUOTE_MAX);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (value.length() > QUOTE_MAX) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    private static String format(String file, int line, int column, String detail) {
        StringBuilder sb = new StringBuilder(file == null ? "<config>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(detail.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '))
                .toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is with the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(file);
    }
}
