package org.bluewhale.reports.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;

/**
 * A stored call as reports read it: the cdr row with its PBX, site, carrier and charge named.
 *
 * @param costMinor      what it cost, in the minor units of the report's currency
 * @param referenceMinor what it would have cost over the reference carrier, same units
 * @param carrier        the carrier part of the tariff name ({@code <carrier>/<plan>@<from>/<zone>})
 * @param departmentPath the charged department's path from the top; empty when nobody is charged
 * @param user           the charged person; empty when nobody or only a department is charged
 */
public record ReportedCall(long key, String pbx, String site, Instant start, ZoneId zone, int durationSeconds,
                           int ringSeconds, String calling, String dialed, Direction direction, String trunkIn,
                           String trunkOut, CallClass callClass, long costMinor, long referenceMinor, String carrier,
                           String tariff, int chargeId, List<String> departmentPath, String user) {

    /** The company's own number of the call: the called one for an incoming call, the calling one otherwise. */
    public String extension() {
        return direction == Direction.INCOMING ? dialed : calling;
    }

    /** The trunk the call used: the outgoing one, or the incoming one for calls that came in. */
    public String trunk() {
        return trunkOut.isEmpty() ? trunkIn : trunkOut;
    }

    public boolean answered() {
        return durationSeconds > 0;
    }
}
