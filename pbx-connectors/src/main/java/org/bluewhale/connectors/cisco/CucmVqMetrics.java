package org.bluewhale.connectors.cisco;

import java.math.BigDecimal;
import java.util.Map;
import org.bluewhale.core.CallQuality;

/**
 * Reads a CMR's {@code varVQMetrics}, the phone's voice-quality values as
 * {@code name=value} pairs separated by semicolons:
 *
 * <pre>
 * MLQK=4.5000;MLQKav=4.4000;MLQKmn=4.1000;MLQKmx=4.5000;ICR=0.0000;CCR=0.0021;ICRmx=0.0000;CS=1;SCS=0;MLQKvr=0.95
 * ^ MOS now     average        minimum        maximum       interval and cumulative conceal ratios, concealed and
 *                                                            severely concealed seconds, MOS algorithm version
 * </pre>
 *
 * Every pair is kept, in order, unknown names too. The values stored in their own columns must be
 * numbers in range: MOS 0 to 5, ratios 0 to 1, seconds whole and not negative.
 */
final class CucmVqMetrics {

    private CucmVqMetrics() {
    }

    /** The pairs of {@code text} ({@code ""} gives none); IllegalArgumentException says what is wrong. */
    static Map<String, String> parse(String text) {
        Map<String, String> metrics = CallQuality.metricsOf(text);
        check(metrics, CallQuality.MOS, BigDecimal.ZERO, BigDecimal.valueOf(5), false);
        check(metrics, CallQuality.CONCEALMENT_RATIO, BigDecimal.ZERO, BigDecimal.ONE, false);
        check(metrics, CallQuality.INTERVAL_CONCEALMENT_RATIO, BigDecimal.ZERO, BigDecimal.ONE, false);
        check(metrics, CallQuality.CONCEALED_SECONDS, BigDecimal.ZERO, BigDecimal.valueOf(Integer.MAX_VALUE), true);
        check(metrics, CallQuality.SEVERELY_CONCEALED_SECONDS, BigDecimal.ZERO,
                BigDecimal.valueOf(Integer.MAX_VALUE), true);
        return metrics;
    }

    private static void check(Map<String, String> metrics, String name, BigDecimal min, BigDecimal max,
                              boolean whole) {
        String value = metrics.get(name);
        if (value == null) {
            return;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number");
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0
                || (whole && number.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException(name + " '" + value + "' is not " + (whole ? "a whole number " : "")
                    + "from " + min + " to " + max);
        }
    }
}
