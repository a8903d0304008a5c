package org.bluewhale.web.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.bluewhale.core.RatedCall;
import org.bluewhale.store.org.AppUser;
import org.bluewhale.store.org.ExtensionAssignment;
import org.bluewhale.store.org.OrgRepository;

/**
 * Which department an extension belonged to at an instant, from a snapshot of the org tables
 * re-read every {@link #REFRESH}: the live flow filters a department manager's calls with it, by
 * the same rule the database queries use (calling or dialed number, assignment valid at the start).
 */
public final class ExtensionOwners {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final OrgRepository org;
    private final Clock clock;
    private volatile Map<String, NavigableMap<Long, Integer>> departmentByNumber = Map.of();
    private volatile Instant readAt = Instant.MIN;

    public ExtensionOwners(OrgRepository org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** Whether one of {@code departments} owned the calling or dialed extension of {@code call} when it started. */
    public boolean belongs(RatedCall call, Set<Integer> departments) {
        refreshIfOld();
        long start = call.leg().start().toEpochMilli();
        return departments.contains(owner(call.leg().callingNumber(), start))
                || departments.contains(owner(call.leg().dialedNumber(), start));
    }

    private Integer owner(String number, long at) {
        NavigableMap<Long, Integer> history = departmentByNumber.get(number);
        Entry<Long, Integer> valid = history == null ? null : history.floorEntry(at);
        return valid == null ? Integer.valueOf(-1) : valid.getValue();
    }

    private void refreshIfOld() {
        Instant now = clock.instant();
        if (now.isBefore(readAt.plus(REFRESH))) {
            return;
        }
        Map<Integer, Integer> departmentOfUser = new HashMap<>();
        for (AppUser user : org.users()) {
            departmentOfUser.put(user.id(), user.departmentId() == null ? -1 : user.departmentId());
        }
        Map<String, NavigableMap<Long, Integer>> fresh = new HashMap<>();
        List<ExtensionAssignment> assignments = org.extensions();
        for (ExtensionAssignment a : assignments) {
            fresh.computeIfAbsent(a.number(), n -> new TreeMap<>())
                    .put(a.validFrom().toEpochMilli(), departmentOfUser.getOrDefault(a.userId(), -1));
        }
        departmentByNumber = fresh;
        readAt = now;
    }
}
