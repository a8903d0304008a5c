package org.bluewhale.store.charge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.bluewhale.core.Direction;

/**
 * The organisation as the store needs it to allocate calls, read into memory in one go: who held
 * each extension, authorisation code and account code over time, and each person's department.
 * Allocating a call is then a few hash lookups and binary searches, no database round trip.
 *
 * <p>Rules, in order: an authorisation code names the person (they typed it, whatever phone they
 * used); otherwise the extension does (the called number of an incoming call, the calling number
 * of any other). An account code names the department; otherwise the person's department is charged.
 */
public final class OrgSnapshot {

    private static final OrgSnapshot EMPTY = new OrgSnapshot(-1, Map.of(), Map.of(), Map.of(), Map.of());

    private final long revision;
    private final Map<String, Timeline> extensions;
    private final Map<String, Timeline> authCodes;
    private final Map<String, Timeline> accountCodes;
    private final Map<Integer, Integer> departmentOfUser;

    private OrgSnapshot(long revision, Map<String, Timeline> extensions, Map<String, Timeline> authCodes,
                        Map<String, Timeline> accountCodes, Map<Integer, Integer> departmentOfUser) {
        this.revision = revision;
        this.extensions = extensions;
        this.authCodes = authCodes;
        this.accountCodes = accountCodes;
        this.departmentOfUser = departmentOfUser;
    }

    /** A snapshot that knows nobody and is older than any stored revision. */
    public static OrgSnapshot empty() {
        return EMPTY;
    }

    /** The org revision counter, bumped by every change of the org tables. */
    public static long revision(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM org_revision WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Reads the org tables as they are now. */
    public static OrgSnapshot load(Connection c) throws SQLException {
        long revision = revision(c);
        Map<Integer, Integer> departments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, department_id FROM app_user");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int department = rs.getInt(2);
                departments.put(rs.getInt(1), rs.wasNull() ? 0 : department);
            }
        }
        return new OrgSnapshot(revision, timelines(c, "SELECT number, valid_from, user_id FROM extension"),
                timelines(c, "SELECT code, valid_from, user_id FROM auth_code"),
                timelines(c, "SELECT code, valid_from, department_id FROM account_code"), departments);
    }

    private static Map<String, Timeline> timelines(Connection c, String sql) throws SQLException {
        Map<String, Timeline> byKey = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byKey.computeIfAbsent(rs.getString(1), k -> new Timeline()).add(rs.getLong(2), rs.getInt(3));
            }
        }
        byKey.values().forEach(Timeline::sort);
        return byKey;
    }

    public long revision() {
        return revision;
    }

    /** True when no call can be charged (no extension nor code is known): allocation is skipped. */
    public boolean isEmpty() {
        return extensions.isEmpty() && authCodes.isEmpty() && accountCodes.isEmpty();
    }

    /**
     * Who a call leg starting at {@code startMillis} is charged to, or null for nobody.
     * Empty strings stand for absent numbers and codes, as in {@code CallLeg}.
     */
    public Charge chargeOf(long startMillis, String calling, String dialed, Direction direction,
                           String accountCode, String authCode) {
        int user = holder(authCodes, authCode, startMillis);
        if (user == Timeline.NOBODY) {
            user = holder(extensions, direction == Direction.INCOMING ? dialed : calling, startMillis);
        }
        int department = holder(accountCodes, accountCode, startMillis);
        if (department == Timeline.NOBODY && user != Timeline.NOBODY) {
            department = departmentOfUser.getOrDefault(user, Timeline.NOBODY);
        }
        return user == Timeline.NOBODY && department == Timeline.NOBODY ? null : new Charge(user, department);
    }

    private static int holder(Map<String, Timeline> timelines, String key, long instant) {
        if (key == null || key.isEmpty()) {
            return Timeline.NOBODY;
        }
        Timeline timeline = timelines.get(key);
        return timeline == null ? Timeline.NOBODY : timeline.at(instant);
    }
}
