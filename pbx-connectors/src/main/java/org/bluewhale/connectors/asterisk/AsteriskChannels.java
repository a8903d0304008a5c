package org.bluewhale.connectors.asterisk;

import org.bluewhale.connectors.csv.ExtensionNumbers;
/**
 * Tells trunks from phones by Asterisk channel name, {@code TECH/resource-suffix} where the suffix
 * numbers the call ({@code SIP/trunk-0000002a}, {@code PJSIP/2101-00000012}, {@code DAHDI/3-1}).
 * Names are chosen by each site's admin, so this is the documented heuristic:
 *
 * <ul>
 *   <li>{@code DAHDI/...}: a TDM line, a trunk;</li>
 *   <li>{@code SIP/...} and {@code PJSIP/...}: a trunk when the resource is not all digits (phones
 *       register under their extension number, providers under a name);</li>
 *   <li>anything else ({@code Local/}, {@code IAX2/}, an empty channel) is not read as a trunk.</li>
 * </ul>
 */
final class AsteriskChannels {

    private AsteriskChannels() {
    }

    /** {@code TECH/resource} of a trunk channel without the per-call suffix, or "" if not a trunk. */
    static String trunk(String channel) {
        int slash = channel.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        int dash = channel.lastIndexOf('-');
        String device = dash > slash ? channel.substring(0, dash) : channel;
        String tech = channel.substring(0, slash);
        if (tech.equals("DAHDI")) {
            return device;
        }
        if ((tech.equals("SIP") || tech.equals("PJSIP")) && !ExtensionNumbers.allDigits(device, slash + 1)) {
            return device;
        }
        return "";
    }
}
