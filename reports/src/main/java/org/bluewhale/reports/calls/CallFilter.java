package org.bluewhale.reports.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bluewhale.core.CallClass;
import org.bluewhale.reports.ReportPeriod;

/**
 * Which rated calls a report covers: those that started in the period and match every filter
 * given. An empty set means "no restriction"; {@code departments} is the exception: null means
 * every call, a set (already expanded to subtrees and narrowed to the operator's scope) only the
 * calls charged to those departments, and an empty set none at all.
 *
 * @param departmentLabel how the departments are named in the report's header ("Sales and below")
 * @param currency        the ISO code to report in, or null when the calls are all in one
 */
public record CallFilter(ReportPeriod period, Set<Integer> departments, String departmentLabel, Set<String> sites,
                         Set<String> pbxs, Set<String> carriers, Set<CallClass> callTypes, String currency) {

    public CallFilter {
        Objects.requireNonNull(period, "period");
        departments = departments == null ? null : Set.copyOf(departments);
        sites = Set.copyOf(sites);
        pbxs = Set.copyOf(pbxs);
        carriers = Set.copyOf(carriers);
        callTypes = Set.copyOf(callTypes);
    }

    /** Every call of the period. */
    public static CallFilter of(ReportPeriod period) {
        return new CallFilter(period, null, null, Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    /** The same filter, further narrowed to {@code scope} (null: no narrowing). */
    public CallFilter within(Set<Integer> scope, String label) {
        return new CallFilter(period, scope, label, sites, pbxs, carriers, callTypes, currency);
    }

    public CallFilter withCurrency(String code) {
        return new CallFilter(period, departments, departmentLabel, sites, pbxs, carriers, callTypes, code);
    }

    /** True when only the period restricts the calls. */
    public boolean isPeriodOnly() {
        return departments == null && sites.isEmpty() && pbxs.isEmpty() && carriers.isEmpty() && callTypes.isEmpty();
    }

    /** The filters as the report's header states them, empty when there are none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (departments != null) {
            parts.add("departments " + (departmentLabel == null ? new TreeSet<>(departments) : departmentLabel));
        }
        add(parts, "sites", sites);
        add(parts, "PBXs", pbxs);
        add(parts, "carriers", carriers);
        add(parts, "call types", callTypes.stream().map(CallClass::name).toList());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String what, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add(what + " " + String.join(", ", new TreeSet<>(values)));
        }
    }
}
