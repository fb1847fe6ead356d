package dev.papageno.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body (RFC 7578) split into its named parts. */
final class MultipartForm {

    /** One field: its value's bytes, and the file name for a file. */
    record Part(String name, String fileName, byte[] bytes) {
        String value() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[;\\s]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final Map<String, Part> parts;

    private MultipartForm(Map<String, Part> parts) {
        this.parts = parts;
    }

    /** Splits a body sent with this content type. */
    static MultipartForm parse(String contentType, byte[] body) throws ApiError {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ApiError.badField(null, "a multipart body needs a boundary in its Content-Type");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        List<int[]> bounds = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw ApiError.badField(null, "the multipart body has no parts");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw ApiError.badField(null, "the multipart body ends inside a part");
            }
            bounds.add(new int[] {start, next});
            at = next;
        }
        for (int[] b : bounds) {
            Part p = part(body, b[0], b[1]);
            parts.putIfAbsent(p.name(), p);
        }
        return new MultipartForm(parts);
    }

    private static Part part(byte[] body, int start, int end) throws ApiError {
        int s = skipLineBreak(body, start);
        byte[] blank = {'\r', '\n', '\r', '\n'};
        int headersEnd = indexOf(body, blank, s);
        if (headersEnd < 0 || headersEnd > end) {
            throw ApiError.badField(null, "a multipart part has no headers");
        }
        String headers = new String(body, s, headersEnd - s, StandardCharsets.UTF_8);
        String disposition = headers.lines().filter(l -> l.toLowerCase(Locale.ROOT)
                .startsWith("content-disposition:")).findFirst().orElseThrow(() -> ApiError.badField(null,
                        "a multipart part has no Content-Disposition"));
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            throw ApiError.badField(null, "a multipart part has no name");
        }
        Matcher file = FILE_NAME.matcher(disposition);
        int valueStart = headersEnd + blank.length;
        int valueEnd = end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n' ? end - 2 : end;
        byte[] value = java.util.Arrays.copyOfRange(body, valueStart, Math.max(valueStart, valueEnd));
        return new Part(name.group(1), file.find() ? file.group(1) : null, value);
    }

    private static int skipLineBreak(byte[] body, int at) {
        return at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n' ? at + 2 : at;
    }

    private static int indexOf(byte[] body, byte[] what, int from) {
        outer:
        for (int i = from; i <= body.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (body[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    java.util.Set<String> fieldNames() {
        return parts.keySet();
    }

    Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** A text field's value; an empty value counts as none. */
    Optional<String> value(String name) {
        return part(name).map(Part::value).filter(v -> !v.isEmpty());
    }
}
