package org.bluewhale.store.summary;

import java.util.List;
import java.util.Map;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Money;

/**
 * What one person (or a department alone) cost in one currency over a period.
 *
 * @param departmentPath names from the top department down; empty for calls nobody is charged for
 * @param user           the person's name; empty for calls charged to a department only, or to nobody
 * @param calls          number of call legs
 * @param durationSeconds their total duration
 * @param cost           their total cost
 * @param referenceCost  what they would have cost over the sites' reference carriers
 * @param costByClass    the cost split by call type (only the types that occurred)
 */
public record CostLine(List<String> departmentPath, String user, long calls, long durationSeconds, Money cost,
                       Money referenceCost, Map<CallClass, Money> costByClass) {

    /** What IP telephony and the carriers chosen saved against the reference carriers. */
    public Money savings() {
        return new Money(referenceCost.minorUnits() - cost.minorUnits(), cost.currency());
    }

    /** The department path as operators read it: {@code Sales / East China}. */
    public String departmentName() {
        return String.join(" / ", departmentPath);
    }
}
