package org.bluewhale.reports.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the department summary needs of one person: their department's path
 * ({@code Company\Logistics}), their name, what their calls cost, what IP telephony saved on
 * them (reference cost minus actual), how many calls, how long, and the cost per call type in the
 * order of the report's call-type columns.
 */
public record DepartmentSummaryLine(String departmentPath, String user, BigDecimal cost, BigDecimal savings,
                                    long calls, long durationSeconds, List<BigDecimal> costByType) {

    public DepartmentSummaryLine {
        Objects.requireNonNull(departmentPath, "departmentPath");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(savings, "savings");
        costByType = List.copyOf(costByType);
    }
}
