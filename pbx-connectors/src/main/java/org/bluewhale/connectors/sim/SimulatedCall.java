package org.bluewhale.connectors.sim;

import java.time.Instant;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;

/**
 * One call the {@link TrafficGenerator} made up: what a PBX would report, plus the class the
 * generator meant it to have so that tests can check a rater's classification.
 *
 * @param sequence        0, 1, 2... in generation order
 * @param start           answer time, or offer time when unanswered (whole seconds, UTC)
 * @param durationSeconds talk time; 0 when unanswered
 * @param ringSeconds     time the call rang before it was answered or abandoned
 * @param callingNumber   extension for outgoing/internal calls, external number for inbound ones
 * @param dialedNumber    number dialed, without the outside-line access code; an extension for inbound
 * @param accessCode      outside-line access code dialed ("" for inbound and internal calls)
 * @param direction       OUTGOING, INCOMING or INTERNAL
 * @param intendedClass   the class the generator picked
 * @param trunkGroup      trunk access code of the trunk group used ("" for internal calls)
 * @param circuit         circuit id on that trunk group (0 for internal calls)
 */
public record SimulatedCall(long sequence, Instant start, int durationSeconds, int ringSeconds,
                            String callingNumber, String dialedNumber, String accessCode, Direction direction,
                            CallClass intendedClass, String trunkGroup, int circuit) {

    /** True when someone answered. */
    public boolean answered() {
        return durationSeconds > 0;
    }
}
