package org.bluewhale.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.bluewhale.core.CallClass;
import org.bluewhale.store.summary.OrgNames;
import org.bluewhale.store.summary.TrafficReader;

/**
 * The dashboard's figures for today and this month in one time zone: totals with reference cost
 * and savings, per call class, per hour today and per day this month; for the month the top
 * departments, people and destinations; today's load per trunk and trunk group. Folded in memory
 * from what {@link TrafficReader} sends, within the operator's departments.
 */
public final class DashboardFigures implements TrafficReader.Sink {

    /** How many rows each top list keeps. */
    static final int TOP = 10;
    /** Classes that are not a destination called out. */
    private static final Set<CallClass> NOT_DESTINATIONS = Set.of(CallClass.INTERNAL, CallClass.ON_NET,
            CallClass.INBOUND, CallClass.INBOUND_TOLLFREE);

    private static final long QUARTER_HOUR_MILLIS = 15 * 60_000L;

    private final ZoneId zone;
    private final Instant now;
    private final Instant todayStart;
    private final Instant monthStart;
    private final Period today = new Period();
    private final Period month = new Period();
    private final Map<Key<Integer>, Tally> departments = new HashMap<>();
    private final Map<Key<Integer>, Tally> people = new HashMap<>();
    private final Map<Key<Destination>, Tally> destinations = new HashMap<>();
    private final Map<Integer, Period> hours = new TreeMap<>();
    private final Map<LocalDate, Period> days = new TreeMap<>();
    private final Map<List<String>, TrunkLoad> trunks = new HashMap<>();
    private final Map<String, TrunkLoad> trunkGroups = new TreeMap<>();
    private long lastQuarter = Long.MIN_VALUE;
    private ZonedDateTime lastLocal;

    private DashboardFigures(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
        LocalDate day = now.atZone(zone).toLocalDate();
        this.todayStart = day.atStartOfDay(zone).toInstant();
        this.monthStart = day.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        for (int hour = 0; hour < 24; hour++) {
            hours.put(hour, new Period());
        }
        for (LocalDate d = day.withDayOfMonth(1); !d.isAfter(day); d = d.plusDays(1)) {
            days.put(d, new Period());
        }
    }

    /** Today and this month in {@code zone} as of {@code now}, for the calls of {@code departmentScope} (null: all). */
    public static Map<String, Object> read(TrafficReader reader, ZoneId zone, Instant now, Set<Integer> departmentScope) {
        DashboardFigures figures = new DashboardFigures(zone, now);
        OrgNames names = reader.read(figures.monthStart, figures.todayStart, now, departmentScope, figures);
        return figures.json(names);
    }

    @Override
    public void group(Instant start, int departmentId, CallClass callClass, TrafficReader.Tariff tariff, long calls,
                      long billedSeconds, long costMinor, long referenceMinor) {
        Currency currency = tariff.currency();
        ZonedDateTime local = local(start);
        month.add(callClass, currency, calls, billedSeconds, costMinor, referenceMinor);
        days.computeIfAbsent(local.toLocalDate(), d -> new Period())
                .add(callClass, currency, calls, billedSeconds, costMinor, referenceMinor);
        if (!start.isBefore(todayStart)) {
            today.add(callClass, currency, calls, billedSeconds, costMinor, referenceMinor);
            hours.get(local.getHour()).add(callClass, currency, calls, billedSeconds, costMinor, referenceMinor);
        }
        departments.computeIfAbsent(new Key<>(departmentId, currency), k -> new Tally())
                .add(calls, billedSeconds, costMinor, referenceMinor);
        if (!NOT_DESTINATIONS.contains(callClass)) {
            destinations.computeIfAbsent(new Key<>(new Destination(tariff.name(), callClass), currency), k -> new Tally())
                    .add(calls, billedSeconds, costMinor, referenceMinor);
        }
    }

    /**
     * The local date and hour of {@code start}, the same for a whole UTC quarter hour (every zone's
     * offset and change is a multiple of 15 minutes), so a month's groups, in start order, convert
     * once per quarter hour.
     */
    private ZonedDateTime local(Instant start) {
        long quarter = Math.floorDiv(start.toEpochMilli(), QUARTER_HOUR_MILLIS);
        if (quarter != lastQuarter) {
            lastQuarter = quarter;
            lastLocal = Instant.ofEpochMilli(quarter * QUARTER_HOUR_MILLIS).atZone(zone);
        }
        return lastLocal;
    }

    @Override
    public void person(int userId, TrafficReader.Tariff tariff, long calls, long billedSeconds, long costMinor,
                       long referenceMinor) {
        people.computeIfAbsent(new Key<>(userId, tariff.currency()), k -> new Tally())
                .add(calls, billedSeconds, costMinor, referenceMinor);
    }

    @Override
    public void trunkCall(String pbx, String trunk, String group, Instant start, int durationSeconds, long billedSeconds) {
        trunks.computeIfAbsent(List.of(pbx, trunk, group), k -> new TrunkLoad())
                .add(start.toEpochMilli(), durationSeconds, billedSeconds);
        if (!group.isEmpty()) {
            trunkGroups.computeIfAbsent(group, k -> new TrunkLoad()).add(start.toEpochMilli(), durationSeconds, billedSeconds);
        }
    }

    private Map<String, Object> json(OrgNames names) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", zone.getId());
        Map<String, Object> todayJson = today.json(todayStart, now);
        todayJson.put("perHour", buckets(hours, hour -> hour));
        body.put("today", todayJson);
        Map<String, Object> monthJson = month.json(monthStart, now);
        monthJson.put("perDay", buckets(days, LocalDate::toString));
        monthJson.put("byDepartment", top(departments, (id, m) -> {
            m.put("departmentId", id);
            m.put("department", String.join(" / ", names.pathOf(id)));
        }));
        monthJson.put("topUsers", top(people, (id, m) -> m.put("user", names.userName(id))));
        monthJson.put("topDestinations", top(destinations, (key, m) -> {
            m.put("destination", key.tariff());
            m.put("callClass", key.callClass().name());
        }));
        body.put("month", monthJson);
        Map<String, Object> trunkJson = new LinkedHashMap<>();
        trunkJson.put("from", todayStart.toString());
        trunkJson.put("to", now.toString());
        trunkJson.put("groups", trunkGroups.entrySet().stream().map(e -> load(e.getValue(), Map.of("group", e.getKey())))
                .toList());
        trunkJson.put("trunks", trunks.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> k) -> k.get(0))
                        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2))))
                .map(e -> load(e.getValue(), Map.of("pbx", e.getKey().get(0),
                "trunk", e.getKey().get(1), "group", e.getKey().get(2)))).toList());
        body.put("trunks", trunkJson);
        return body;
    }

    private static <K> List<Map<String, Object>> buckets(Map<K, Period> buckets, Function<K, Object> label) {
        List<Map<String, Object>> list = new ArrayList<>();
        buckets.forEach((key, period) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", label.apply(key));
            m.putAll(period.totals());
            list.add(m);
        });
        return list;
    }

    private interface Naming<T> {
        void name(T id, Map<String, Object> row);
    }

    /** The {@link #TOP} rows with the most cost (then calls), each named, with its money. */
    private static <T> List<Map<String, Object>> top(Map<Key<T>, Tally> tallies, Naming<T> naming) {
        return tallies.entrySet().stream()
                .sorted((a, b) -> Tally.byCostThenCalls(a.getValue(), b.getValue()))
                .limit(TOP)
                .map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    naming.name(e.getKey().id(), m);
                    m.putAll(e.getValue().json(e.getKey().currency()));
                    return m;
                }).toList();
    }

    private static Map<String, Object> load(TrunkLoad load, Map<String, Object> names) {
        Map<String, Object> m = new LinkedHashMap<>(new TreeMap<>(names));
        m.put("calls", load.calls);
        m.put("billedSeconds", load.billedSeconds);
        m.put("peakSimultaneous", load.peakSimultaneous());
        return m;
    }

    /** A destination called: the tariff that priced it (carrier/plan/zone) and the call class. */
    private record Destination(String tariff, CallClass callClass) {
    }

    /** A row of a top list: what it is about, in one currency (a department with calls in two has two rows). */
    private record Key<T>(T id, Currency currency) {
    }
}
