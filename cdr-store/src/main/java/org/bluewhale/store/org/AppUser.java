package org.bluewhale.store.org;

/**
 * A person whose calls are allocated to a department ({@code departmentId} may be null);
 * {@code employeeId} (the customer's key, unique) and {@code email} are null when not given.
 */
public record AppUser(int id, String name, Integer departmentId, String employeeId, String email) {

    public AppUser(int id, String name, Integer departmentId) {
        this(id, name, departmentId, null, null);
    }
}
