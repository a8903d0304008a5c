package org.bluewhale.reports.calls;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bluewhale.core.CallClass;
import org.bluewhale.store.org.Department;
import org.bluewhale.store.org.OrgRepository;

/**
 * Reads the filters operators type (command-line options, query parameters) the same way
 * everywhere: lists may repeat the option or separate values with commas; call types are named
 * as in docs/reports.md ({@code mobile}, {@code inbound-tollfree}); a department by id or name.
 */
public final class FilterTerms {

    private FilterTerms() {
    }

    /** The values of a repeated, comma-separated option; empty for none. */
    public static Set<String> list(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<CallClass> callTypes(Collection<String> values) {
        Set<CallClass> types = new LinkedHashSet<>();
        for (String value : list(values)) {
            try {
                types.add(CallClass.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown call type '" + value + "'; use one of " + Arrays.stream(
                        CallClass.values()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
            }
        }
        return types;
    }

    /** A department and everything below it. */
    public record Subtree(Set<Integer> ids, String label) {
    }

    /** The department named by id or by its (unique) name, with its subtree. */
    public static Subtree department(OrgRepository org, String idOrName) {
        List<Department> all = org.departments();
        List<Department> found = all.stream().filter(d -> d.name().equals(idOrName)
                || Integer.toString(d.id()).equals(idOrName)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.isEmpty() ? "no department '" + idOrName + "'"
                    : "several departments are named '" + idOrName + "'; give its id");
        }
        Department root = found.get(0);
        Map<Integer, Department> byId = all.stream().collect(Collectors.toMap(Department::id, d -> d));
        return new Subtree(org.subtree(root.id()), path(root, byId) + " and below");
    }

    private static String path(Department d, Map<Integer, Department> byId) {
        StringBuilder path = new StringBuilder(d.name());
        for (Department up = byId.get(d.parentId()); up != null && path.length() < 10_000; up = byId.get(up.parentId())) {
            path.insert(0, up.name() + "\\");
        }
        return path.toString();
    }
}
