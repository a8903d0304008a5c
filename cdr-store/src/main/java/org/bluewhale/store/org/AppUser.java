package org.bluewhale.store.org;

/** A person whose calls are allocated to a department ({@code departmentId} may be null). */
public record AppUser(int id, String name, Integer departmentId) {
}
