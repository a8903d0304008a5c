package org.bluewhale.connectors.cisco;

import java.util.regex.Pattern;

/**
 * Tells phones from trunks by CUCM device name. Whether a leg is external is a property of the
 * device it used, not of the number's length, and CUCM names its endpoints by convention:
 *
 * <ul>
 *   <li>{@code SEP} + 12 hex digits (the MAC address): desk phones;</li>
 *   <li>{@code ATA} + 12 hex digits, optionally + 2 more for the port: analog adapters;</li>
 *   <li>{@code CSF}, {@code BOT}, {@code TCT}, {@code TAB} + a user-chosen name: Jabber soft
 *       clients on desktop, Android, iPhone and tablet.</li>
 * </ul>
 *
 * {@code CFB} starts the name of a conference bridge (ad hoc, meet-me, cBarge).
 * Anything else (SIP trunks, H.323 and MGCP gateways such as {@code S0/SU0/DS1-0@vg1}, CUBE
 * names) counts as a trunk. The heuristic misreads a trunk an admin named like a Jabber device
 * (say {@code TAB_TRUNK}); such sites should rename the trunk. An empty name tells nothing.
 */
final class CiscoDevices {

    private static final Pattern PHONE = Pattern.compile(
            "(?i)SEP[0-9A-F]{12}|ATA[0-9A-F]{12}([0-9A-F]{2})?|(CSF|BOT|TCT|TAB)[A-Z0-9._-]+");

    private static final Pattern BRIDGE = Pattern.compile("(?i)CFB.*");

    enum Kind { PHONE, TRUNK, BRIDGE, UNKNOWN }

    private CiscoDevices() {
    }

    static Kind kind(String deviceName) {
        if (deviceName.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (PHONE.matcher(deviceName).matches()) {
            return Kind.PHONE;
        }
        return BRIDGE.matcher(deviceName).matches() ? Kind.BRIDGE : Kind.TRUNK;
    }
}
