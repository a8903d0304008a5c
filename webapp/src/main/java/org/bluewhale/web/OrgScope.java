package org.bluewhale.web;

import io.javalin.http.Context;
import java.util.Set;
import org.bluewhale.web.auth.AuthFailure;

/**
 * The part of the company an operator may read on the company screens: all of it, or a
 * department manager's department and its subtree, as for calls ({@link DepartmentScope}).
 */
final class OrgScope {

    private final DepartmentScope scope;

    OrgScope(DepartmentScope scope) {
        this.scope = scope;
    }

    /** The departments the caller reads, or null for all. */
    Set<Integer> visible(Context ctx) {
        return scope.of(Access.principal(ctx));
    }

    /** Refuses with 403 a department outside what the caller reads. */
    void checkVisible(Context ctx, int departmentId) {
        Set<Integer> visible = visible(ctx);
        if (visible != null && !visible.contains(departmentId)) {
            throw AuthFailure.forbidden("department " + departmentId + " is not yours: a department manager reads only"
                    + " their own department and those below it");
        }
    }
}
