package org.bluewhale.web.auth;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an operator may do. Each route of the API names the roles allowed on it; the names are
 * those stored in {@code operator.role}.
 */
public enum Role implements RouteRole {
    /** Everything, including operators, tokens of others and configuration. */
    ADMINISTRATOR("administrator"),
    /** All calls, exports, quarantine and (with the rating model) tariffs; no operators. */
    BILLING_MANAGER("billing-manager"),
    /** Only the calls of their department and its subdepartments, in every query and export. */
    DEPARTMENT_MANAGER("department-manager"),
    /** Reads everything, including the audit log; changes nothing. */
    AUDITOR("auditor");

    /** Every operator, whatever the role. */
    public static final RouteRole[] ANY = values();

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** Roles that see every call; the others see a department's. */
    public boolean seesAllCalls() {
        return this != DEPARTMENT_MANAGER;
    }
}
