package dev.papageno.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One draft to check or fix, as the API takes it: a text (JSON body) or a file's bytes (multipart
 * upload), its name, and the format, profile and region chosen. Empty means "as {@code papageno
 * check} would decide".
 *
 * @param name    how the report names the draft; its extension picks the format when none is given
 * @param text    the draft's text, for a JSON request
 * @param bytes   the file's bytes, for an upload
 * @param format  markdown, html or text
 * @param profile blog, news or clinical
 * @param region  the readers' region for crisis resources
 */
record DraftRequest(String name, Optional<String> text, Optional<byte[]> bytes, Optional<String> format,
        Optional<String> profile, Optional<String> region) {

    /** The name of a draft that came without one. */
    static final String DEFAULT_NAME = "draft";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> JSON_FIELDS = Set.of("text", "format", "profile", "region", "name");
    private static final Set<String> FORM_FIELDS = Set.of("file", "format", "profile", "region", "name");

    /** A JSON body: an object with a string {@code text} and, optionally, the other string fields. */
    static DraftRequest fromJson(byte[] body) throws ApiError {
        JsonNode root;
        try {
            root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw ApiError.badField(null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badField(null, "the body must be a JSON object with a \"text\" field");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!JSON_FIELDS.contains(e.getKey())) {
                throw ApiError.badField(e.getKey(), "unknown field \"" + e.getKey()
                        + "\"; use text, format, profile, region and name");
            }
            if (!e.getValue().isString() && !e.getValue().isNull()) {
                throw ApiError.badField(e.getKey(), "\"" + e.getKey() + "\" must be a string");
            }
        }
        Optional<String> text = string(root, "text");
        if (text.isEmpty()) {
            throw ApiError.badField("text", "missing \"text\": the draft to check");
        }
        return new DraftRequest(string(root, "name").orElse(DEFAULT_NAME), text, Optional.empty(),
                string(root, "format"), string(root, "profile"), string(root, "region"));
    }

    /** A multipart form with the draft in the field {@code file}. */
    static DraftRequest fromForm(MultipartForm form) throws ApiError {
        for (String field : form.fieldNames()) {
            if (!FORM_FIELDS.contains(field)) {
                throw ApiError.badField(field, "unknown field \"" + field
                        + "\"; use file, format, profile, region and name");
            }
        }
        MultipartForm.Part file = form.part("file").orElseThrow(() -> ApiError.badField("file",
                "missing the field \"file\": the draft to check"));
        String name = form.value("name").or(() -> Optional.ofNullable(file.fileName()).filter(s -> !s.isBlank()))
                .orElse(DEFAULT_NAME);
        return new DraftRequest(name, Optional.empty(), Optional.of(file.bytes()), form.value("format"),
                form.value("profile"), form.value("region"));
    }

    private static Optional<String> string(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asString());
    }
}
