package org.bluewhale.web.auth;

/**
 * Who a request acts as, and how it proved it.
 *
 * @param departmentId the department a department manager sees (with its subtree); null otherwise
 */
public record Principal(String login, Role role, Integer departmentId, Via via) {

    /** The credential the request carried. */
    public enum Via {
        /** The session cookie of a browser (unsafe methods need the CSRF token). */
        SESSION,
        /** An API token ({@code Authorization: Bearer}). */
        TOKEN,
        /** HTTP Basic with the operator's password, for scripts. */
        BASIC
    }
}
