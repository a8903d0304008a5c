package org.bluewhale.connectors.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes up telephone numbers that follow the site's dial plan (the rules the rater applies):
 *
 * <pre>
 * local          8 digits starting 5 or 6                    62345678
 * national       0 + another area code + 8 digits            07551234567
 * mobile         1 + 3/5/8 + 9 digits (11 digits)            13912345678
 * international  00 + country code + subscriber number       00441234567890
 * toll-free      400 or 800 + 7 digits                       4001234567
 * emergency      one of the site's short numbers             110
 * </pre>
 */
final class SimNumbers {

    private static final char[] MOBILE_SECOND_DIGITS = {'3', '5', '8'};

    private final SimSite site;
    private final SplittableRandom random;
    private final char[] buffer = new char[24];

    SimNumbers(SimSite site, SplittableRandom random) {
        this.site = site;
        this.random = random;
    }

    String extension() {
        return Integer.toString(site.firstExtension() + random.nextInt(site.lastExtension() - site.firstExtension() + 1));
    }

    String local() {
        buffer[0] = random.nextBoolean() ? '5' : '6';
        return digits(1, 7);
    }

    String national() {
        int n = put(0, "0");
        n = put(n, pick(site.nationalAreaCodes()));
        return digits(n, 8);
    }

    String mobile() {
        buffer[0] = '1';
        buffer[1] = MOBILE_SECOND_DIGITS[random.nextInt(MOBILE_SECOND_DIGITS.length)];
        return digits(2, 9);
    }

    String international() {
        String country = pick(site.internationalCountryCodes());
        int n = put(0, "00");
        n = put(n, country);
        buffer[n] = (char) ('1' + random.nextInt(9)); // subscriber numbers do not start with 0
        return digits(n + 1, subscriberLength(country) - 1);
    }

    String tollFree() {
        int n = put(0, random.nextBoolean() ? "400" : "800");
        return digits(n, 7);
    }

    String emergency() {
        return pick(site.emergencyNumbers());
    }

    /** Who calls in: local lines, mobiles and other cities, as they are presented to the PBX. */
    String externalCaller() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return local();
        }
        return roll < 85 ? mobile() : national();
    }

    /** Subscriber digits after the country code: a plausible length for the demo countries. */
    private static int subscriberLength(String countryCode) {
        return switch (countryCode) {
            case "65" -> 8;
            case "1", "44", "49", "81" -> 10;
            default -> 9;
        };
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private int put(int at, String text) {
        text.getChars(0, text.length(), buffer, at);
        return at + text.length();
    }

    private String digits(int at, int count) {
        for (int i = 0; i < count; i++) {
            buffer[at + i] = (char) ('0' + random.nextInt(10));
        }
        return new String(buffer, 0, at + count);
    }
}
