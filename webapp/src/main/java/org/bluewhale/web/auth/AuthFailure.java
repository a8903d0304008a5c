package org.bluewhale.web.auth;

/**
 * A request without valid credentials (401), with credentials of a locked account (423, with
 * the seconds until it unlocks), or of an operator not allowed there (403). The message says
 * what to do.
 */
public final class AuthFailure extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    public AuthFailure(int status, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static AuthFailure unauthorized(String message) {
        return new AuthFailure(401, message, 0);
    }

    public static AuthFailure forbidden(String message) {
        return new AuthFailure(403, message, 0);
    }

    public int status() {
        return status;
    }

    /** Seconds a client should wait before trying again; 0 when waiting does not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
