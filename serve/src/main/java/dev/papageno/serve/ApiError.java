package dev.papageno.serve;

/**
 * A request the API refuses, with the HTTP status and the words for the caller.
 *
 * @see ApiHandler
 */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** A bad value in the request: 400, naming the field (or null when the body as a whole is wrong). */
    static ApiError badField(String field, String message) {
        return new ApiError(400, field, message);
    }

    int status() {
        return status;
    }

    /** The field at fault, or null. */
    String field() {
        return field;
    }
}
