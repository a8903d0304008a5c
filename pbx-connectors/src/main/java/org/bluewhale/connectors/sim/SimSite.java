package org.bluewhale.connectors.sim;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A simulated site: its PBX's clock zone, numbering and trunks, which is all the
 * {@link TrafficGenerator} and the record formatters need.
 *
 * @param name                  site name
 * @param zone                  the PBX's clock zone
 * @param countryCode           the site's country code (no leading zeros), e.g. 86
 * @param areaCode              the site's own area code, without the trunk prefix 0, e.g. 21
 * @param outsideLineAccessCode what users dial before an external number, e.g. 9
 * @param firstExtension        lowest extension
 * @param lastExtension         highest extension
 * @param nationalAreaCodes     other area codes of the country that national calls go to
 * @param internationalCountryCodes country codes that international calls go to
 * @param emergencyNumbers      emergency short numbers
 * @param outgoingTrunkAccessCode the trunk group access code outgoing calls use (Avaya "access code used")
 * @param incomingTrunkAccessCode the trunk group access code of incoming calls
 * @param trunkCircuits         circuits per trunk group (circuit ids run 1..n)
 * @param trunkDeviceName       the gateway / SIP trunk device name external legs use (CUCM)
 * @param peakCallsPerHour      call attempts per hour in the busiest hours of a working day
 */
public record SimSite(String name, ZoneId zone, String countryCode, String areaCode, String outsideLineAccessCode,
                      int firstExtension, int lastExtension, List<String> nationalAreaCodes,
                      List<String> internationalCountryCodes, List<String> emergencyNumbers,
                      String outgoingTrunkAccessCode, String incomingTrunkAccessCode, int trunkCircuits,
                      String trunkDeviceName, int peakCallsPerHour) {

    public SimSite {
        Objects.requireNonNull(zone, "zone");
        nationalAreaCodes = List.copyOf(nationalAreaCodes);
        internationalCountryCodes = List.copyOf(internationalCountryCodes);
        emergencyNumbers = List.copyOf(emergencyNumbers);
        if (firstExtension < 0 || lastExtension <= firstExtension) {
            throw new IllegalArgumentException("extension range " + firstExtension + "-" + lastExtension);
        }
        if (nationalAreaCodes.isEmpty() || internationalCountryCodes.isEmpty() || emergencyNumbers.isEmpty()) {
            throw new IllegalArgumentException("national, international and emergency lists must not be empty");
        }
        if (trunkCircuits < 1 || peakCallsPerHour < 1) {
            throw new IllegalArgumentException("need at least one circuit and one call per hour");
        }
    }

    /**
     * The demo site: Shanghai HQ (zone Asia/Shanghai, +86, area 21), outside line 9, extensions
     * 2000-2999, national calls to Beijing 10, Guangzhou 20, Shenzhen 755, Hangzhou 571, Nanjing 25,
     * Chengdu 28; international to 1, 44, 49, 81, 65; emergency 110, 119, 120.
     */
    public static SimSite demo() {
        return new SimSite("Shanghai HQ", ZoneId.of("Asia/Shanghai"), "86", "21", "9", 2000, 2999,
                List.of("10", "20", "755", "571", "25", "28"), List.of("1", "44", "49", "81", "65"),
                List.of("110", "119", "120"), "101", "701", 30, "SH-PSTN-CUBE", 1200);
    }

    /** Whether a number is one of this site's extensions. */
    public boolean isExtension(String number) {
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= firstExtension && n <= lastExtension;
    }
}
