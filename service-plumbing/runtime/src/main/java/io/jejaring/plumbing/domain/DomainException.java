package io.jejaring.plumbing.domain;

import java.util.List;

/**
 * A broken domain rule: what is missing, what conflicts, what the request got wrong. The domain throws these
 * without knowing HTTP; {@code ProblemMappers} turns each kind into its problem, in one place.
 */
public final class DomainException extends RuntimeException {

    /** The kinds of failure, each answered with one HTTP status. */
    public enum Kind {
        NOT_FOUND, INVALID, CONFLICT, VERSION_MISMATCH, UNPROCESSABLE, UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final List<FieldError> errors;

    private DomainException(Kind kind, String code, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Also the answer for another owner's data, which must look exactly like data that does not exist. */
    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, "not-found", what + " not found", null);
    }

    public static DomainException invalid(String detail, List<FieldError> errors) {
        return new DomainException(Kind.INVALID, "invalid-request", detail, errors);
    }

    /** One query parameter with a value the operation can't use. */
    public static DomainException invalidParameter(String parameter, String message) {
        return invalid("invalid query parameter " + parameter, List.of(new FieldError(parameter, message)));
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail, null);
    }

    public static DomainException versionMismatch(long currentVersion) {
        return new DomainException(Kind.VERSION_MISMATCH, "version-mismatch",
                "If-Match does not name the current version, " + currentVersion + "; fetch it and retry", null);
    }

    public static DomainException unprocessable(String detail) {
        return new DomainException(Kind.UNPROCESSABLE, "unprocessable", detail, null);
    }

    public static DomainException unavailable(String code, String detail) {
        return new DomainException(Kind.UNAVAILABLE, code, detail, null);
    }

    /** The same failure, about one item of a request's list ({@code interactions[3]}): its detail and fields say which. */
    public DomainException within(String item) {
        List<FieldError> located = errors.stream()
                .map(error -> new FieldError(error.field().isEmpty() ? item : item + "." + error.field(), error.message()))
                .toList();
        return new DomainException(kind, code, item + ": " + getMessage(), located);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem type's last segment, such as {@code already-connected}. */
    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
