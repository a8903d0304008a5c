package org.bluewhale.web;

import java.util.HashSet;
import java.util.Set;
import org.bluewhale.store.org.OrgRepository;
import org.bluewhale.web.auth.Principal;

/** Which departments' calls an operator sees: all (null), or a department manager's subtree. */
final class DepartmentScope {

    private final OrgRepository org;

    DepartmentScope(OrgRepository org) {
        this.org = org;
    }

    /** The departments whose calls {@code principal} sees, or null for every call. */
    Set<Integer> of(Principal principal) {
        if (principal.role().seesAllCalls()) {
            return null;
        }
        return principal.departmentId() == null ? Set.of() : org.subtree(principal.departmentId());
    }

    /**
     * The calls a request asks for within what the operator sees: {@code requested} (a department
     * id from a filter, or null) narrowed to the operator's scope.
     */
    Set<Integer> narrow(Principal principal, Integer requested) {
        Set<Integer> visible = of(principal);
        if (requested == null) {
            return visible;
        }
        Set<Integer> asked = new HashSet<>(org.subtree(requested));
        if (visible != null) {
            asked.retainAll(visible);
        }
        return asked;
    }
}
