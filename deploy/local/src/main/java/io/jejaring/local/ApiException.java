package io.jejaring.local;

/**
 * A call to a service that did not do what was asked: the service answered an error ({@link #status()} and the
 * problem's detail as the message), or it could not be reached at all (status 0).
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the service answered, or 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
