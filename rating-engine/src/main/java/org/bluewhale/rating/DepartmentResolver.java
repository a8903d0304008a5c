package org.bluewhale.rating;

import org.bluewhale.core.CallLeg;

/**
 * The department a call leg is charged to, for volume tiers counted per department
 * ({@link VolumeTiers.Scope#DEPARTMENT}). The server answers it from the organisation it allocates
 * stored calls with, so a call counts in the department its cost is reported under. The engine
 * asks only for legs priced by such tiers, so it may cost a few hash lookups, never I/O.
 */
@FunctionalInterface
public interface DepartmentResolver {

    /** Charges nobody: every call counts with the calls charged to no department. */
    DepartmentResolver NONE = leg -> 0;

    /** The charged department's id, or 0 when the leg is charged to no department. */
    int departmentOf(CallLeg leg);
}
