package org.bluewhale.store.orgimport;

import java.time.Instant;
import java.util.List;

/**
 * One valid line of an import file.
 *
 * @param departmentPath department names from the top down (never empty)
 * @param employeeId     the person's key, or empty (then the name is the key)
 * @param name           the person, or empty for a line that only creates the department
 * @param extensions     extension numbers the person holds from {@code validFrom} on
 * @param validFrom      when the assignments start, or null for "as the import decides"
 */
record OrgImportRow(int line, List<String> departmentPath, String employeeId, String name, String email,
                    List<String> extensions, String authCode, Instant validFrom) {

    boolean hasPerson() {
        return !name.isEmpty();
    }

    /** The key people are matched by, in the file and in the database. */
    String personKey() {
        return employeeId.isEmpty() ? "name:" + name : "id:" + employeeId;
    }
}
