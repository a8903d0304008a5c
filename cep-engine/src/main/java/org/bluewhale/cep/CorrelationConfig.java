package org.bluewhale.cep;

import java.time.Duration;

/**
 * How long correlation waits.
 *
 * @param window the longest a leg is held for its partners; then it (or its incomplete call) is
 *               billed as it stands and flagged. At most 72 hours.
 * @param settle how long an open-ended call (a conference) is held after its last leg, in case
 *               more participants' legs follow
 */
public record CorrelationConfig(Duration window, Duration settle) {

    public static final Duration MAX_WINDOW = Duration.ofHours(72);

    public CorrelationConfig {
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("correlation window must be above 0 and at most 72 hours: " + window);
        }
        if (settle.isNegative() || settle.compareTo(window) > 0) {
            throw new IllegalArgumentException("correlation settle time must be between 0 and the window: " + settle);
        }
    }

    public static CorrelationConfig defaults() {
        return new CorrelationConfig(Duration.ofHours(48), Duration.ofMinutes(15));
    }
}
