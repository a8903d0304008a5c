package org.bluewhale.connectors.nortel;

/**
 * One side of a Meridian CDR record, as the originating or terminating ID field writes it:
 * {@code DN2101} a station (directory number), {@code T001002} trunk route 001 member 002,
 * {@code A01} an attendant console; anything else (a conference loop, a feature) is kept as a
 * device name only.
 *
 * @param id        the field verbatim, the device name of the leg
 * @param extension the station or attendant number, else ""
 * @param trunk     {@code route/member} of a trunk, else ""
 */
record MeridianParty(String id, String extension, String trunk) {

    static MeridianParty parse(String id) {
        if (id.startsWith("DN") && digits(id, 2)) {
            return new MeridianParty(id, id.substring(2), "");
        }
        if (id.length() == 7 && id.charAt(0) == 'T' && digits(id, 1)) {
            return new MeridianParty(id, "", id.substring(1, 4) + "/" + id.substring(4));
        }
        if (id.length() > 1 && id.charAt(0) == 'A' && digits(id, 1)) {
            return new MeridianParty(id, id, "");
        }
        return new MeridianParty(id, "", "");
    }

    boolean isTrunk() {
        return !trunk.isEmpty();
    }

    boolean isStation() {
        return !extension.isEmpty();
    }

    private static boolean digits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
