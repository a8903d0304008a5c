package org.bluewhale.store.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names for charge ids: the charged department's path from the top, and the person's name (also for reports). */
public final class OrgNames {

    private final Map<Integer, int[]> charges = new HashMap<>();
    private final Map<Integer, String> departmentNames = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, String> userNames = new HashMap<>();

    private OrgNames() {
    }

    public static OrgNames load(Connection c) throws SQLException {
        OrgNames names = new OrgNames();
        Rows.forEach(c, "SELECT id, user_id, department_id FROM charge",
                rs -> names.charges.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)}));
        Rows.forEach(c, "SELECT id, parent_id, name FROM department", rs -> {
            names.departmentNames.put(rs.getInt(1), rs.getString(3));
            names.parents.put(rs.getInt(1), rs.getInt(2)); // NULL (top level) reads as 0
        });
        Rows.forEach(c, "SELECT id, name FROM app_user", rs -> names.userNames.put(rs.getInt(1), rs.getString(2)));
        return names;
    }

    /** The charged department's path, top first; empty for no charge or no department. */
    public List<String> pathOfCharge(int chargeId) {
        return pathOf(departmentOfCharge(chargeId));
    }

    /** The charged department's id; 0 for no charge or no department. */
    public int departmentOfCharge(int chargeId) {
        int[] charge = charges.get(chargeId);
        return charge == null ? 0 : charge[1];
    }

    /** The charged person's id; 0 for no charge or a department-only charge. */
    public int userIdOfCharge(int chargeId) {
        int[] charge = charges.get(chargeId);
        return charge == null ? 0 : charge[0];
    }

    /** A person's name ("#id" for one no longer there). */
    public String userName(int userId) {
        return userNames.getOrDefault(userId, "#" + userId);
    }

    /** A department's path, top first; empty for department 0 (none). */
    public List<String> pathOf(int departmentId) {
        List<String> path = new ArrayList<>();
        // Bounded by the number of departments, so a (corrupt) cycle cannot loop forever.
        for (int d = departmentId; d != 0 && path.size() <= departmentNames.size();
                d = parents.getOrDefault(d, 0)) {
            path.add(departmentNames.getOrDefault(d, "#" + d));
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** The charged person's name; empty for no charge or a department-only charge. */
    public String userOfCharge(int chargeId) {
        int userId = userIdOfCharge(chargeId);
        return userId == 0 ? "" : userName(userId);
    }
}
