package org.bluewhale.rating;

import static org.bluewhale.rating.OneVersion.CNY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-computed charges of single calls: increments, fee, minimum, maximum, free seconds, rounding. */
class ChargingTest {

    private static final String NOON = "2026-03-02T12:00:00Z";

    private static ZoneTariff.Spec zone(String perMinute, int first, int increment, String fee, String minimum,
                                        String maximum, int free) {
        return new ZoneTariff.Spec("z", first, increment, new BigDecimal(fee), new BigDecimal(minimum),
                maximum == null ? null : new BigDecimal(maximum), free, Map.of("*", new BigDecimal(perMinute)));
    }

    private static OneVersion.Priced price(ZoneTariff.Spec zone, RoundingMode rounding, int duration) {
        return OneVersion.of(zone, CNY, rounding).price("z", NOON, duration);
    }

    @ParameterizedTest(name = "{0} s -> billed 60/60 {1}, 30/6 {2}, 6/6 {3}, 1/1 {4}")
    @CsvSource({
            // duration, 60/60, 30/6, 6/6, 1/1 (billed seconds; at 1.00/min the cost in fen is billed * 100 / 60)
            "0,   0,   0,  0,  0",
            "1,  60,  30,  6,  1",
            "29, 60,  30, 30, 29",
            "30, 60,  30, 30, 30",
            "31, 60,  36, 36, 31",
            "59, 60,  60, 60, 59",
            "60, 60,  60, 60, 60",
            "61, 120, 66, 66, 61",
            "3601, 3660, 3606, 3606, 3601",
    })
    void eachIncrementScheme(int duration, long b60, long b30, long b6, long b1) {
        long[] billed = {b60, b30, b6, b1};
        int[][] schemes = {{60, 60}, {30, 6}, {6, 6}, {1, 1}};
        for (int i = 0; i < schemes.length; i++) {
            OneVersion.Priced p = price(zone("1.20", schemes[i][0], schemes[i][1], "0", "0", null, 0),
                    RoundingMode.HALF_UP, duration);
            assertEquals(billed[i], p.billedSeconds(), schemes[i][0] + "/" + schemes[i][1]);
            assertEquals(billed[i] * 2, p.minorUnits(), "1.20/min is 2 fen a second"); // exact: 120 fen / 60 s
        }
    }

    @ParameterizedTest(name = "{0} s: {1} fen")
    @CsvSource({
            "0,   0",   // never connected: no time, no fee, no minimum
            "1,   125", // first 30 s: 0.75 + 0.50 fee
            "31,  140", // 36 s: 0.90 + 0.50
            "600, 1550", // 600 s: 15.00 + 0.50
    })
    void connectionFeeOnConnectedCallsOnly(int duration, long fen) {
        assertEquals(fen, price(zone("1.50", 30, 6, "0.50", "0", null, 0), RoundingMode.HALF_UP, duration).minorUnits());
    }

    @ParameterizedTest(name = "{0} s: {1} fen")
    @CsvSource({
            "0,   0",  // unanswered: the minimum does not apply
            "6,   30", // 6 s at 0.90/min = 0.09 + 0.05 fee = 0.14, raised to the 0.30 minimum
            "12,  30", // 0.18 + 0.05 = 0.23 -> 0.30
            "18,  32", // 0.27 + 0.05 = 0.32, above the minimum
    })
    void feeAndMinimum(int duration, long fen) {
        assertEquals(fen, price(zone("0.90", 6, 6, "0.05", "0.30", null, 0), RoundingMode.HALF_UP, duration).minorUnits());
    }

    @ParameterizedTest(name = "{0} s: billed {1}, {2} fen")
    @CsvSource({
            "5,   0,  0",   // within the 5 free seconds: nothing, not even the fee
            "6,   60, 30",  // 1 s charged bills a first minute: 0.20 + 0.10 fee
            "65,  60, 30",  // 60 s charged
            "66,  120, 50", // 61 s charged: two minutes 0.40 + 0.10
    })
    void freeSecondsAreNotCharged(int duration, long billed, long fen) {
        OneVersion.Priced p = price(zone("0.20", 60, 60, "0.10", "0", null, 5), RoundingMode.HALF_UP, duration);
        assertEquals(billed, p.billedSeconds());
        assertEquals(fen, p.minorUnits());
    }

    @ParameterizedTest(name = "{0} s: {1} fen")
    @CsvSource({
            "60,   200",  // 2.00
            "1800, 6000", // 30 min = 60.00, at the cap
            "7200, 6000", // 2 h would be 240.00: capped at 60.00
    })
    void maximumCostCapsACall(int duration, long fen) {
        assertEquals(fen, price(zone("2.00", 60, 60, "0", "0", "60.00", 0), RoundingMode.HALF_UP, duration).minorUnits());
    }

    @Test
    void flatPerCallPriceIsAFeeWithoutMinutes() {
        ZoneTariff.Spec flat = zone("0", 1, 1, "0.40", "0", null, 0);
        assertEquals(40, price(flat, RoundingMode.HALF_UP, 1).minorUnits());
        assertEquals(40, price(flat, RoundingMode.HALF_UP, 5400).minorUnits());
    }

    @ParameterizedTest(name = "{0} s at 0.01/min: HALF_UP {1}, HALF_EVEN {2}, UP {3}, DOWN {4} fen")
    @CsvSource({
            // exact costs 0.005, 0.015, 0.025, 0.035: a half fen every time
            "30,  1, 0, 1, 0",
            "90,  2, 2, 2, 1",
            "150, 3, 2, 3, 2",
            "210, 4, 4, 4, 3",
            // 0.00333..., 0.00666...
            "20,  0, 0, 1, 0",
            "40,  1, 1, 1, 0",
    })
    void roundingModes(int seconds, long halfUp, long halfEven, long up, long down) {
        ZoneTariff.Spec z = zone("0.01", 1, 1, "0", "0", null, 0);
        assertEquals(halfUp, price(z, RoundingMode.HALF_UP, seconds).minorUnits());
        assertEquals(halfEven, price(z, RoundingMode.HALF_EVEN, seconds).minorUnits());
        assertEquals(up, price(z, RoundingMode.UP, seconds).minorUnits());
        assertEquals(down, price(z, RoundingMode.DOWN, seconds).minorUnits());
    }

    @Test
    void roundingDecimalsPerTariff() {
        // 61 s at 0.37/min, 1/1: 0.376166... CNY; to 1 decimal: 0.4 (HALF_UP) = 40 fen; to 0 decimals: 0 yuan, UP: 1 yuan
        ZoneTariff.Spec z = zone("0.37", 1, 1, "0", "0", null, 0);
        OneVersion oneDecimal = new OneVersion(OneVersion.spec(TimeBands.flat("all"), null, RoundingMode.HALF_UP, 1,
                true, VolumeTiers.NONE, z), CNY, OneVersion.UTC, HolidayCalendar.NONE);
        OneVersion wholeYuanUp = new OneVersion(OneVersion.spec(TimeBands.flat("all"), null, RoundingMode.UP, 0,
                true, VolumeTiers.NONE, z), CNY, OneVersion.UTC, HolidayCalendar.NONE);
        assertEquals(38, price(z, RoundingMode.HALF_UP, 61).minorUnits());
        assertEquals(40, oneDecimal.price("z", NOON, 61).minorUnits());
        assertEquals(100, wholeYuanUp.price("z", NOON, 61).minorUnits());
    }

    @Test
    void roundsOnceAtTheEndNotPerPart() {
        // 0.005 fee + 30 s at 0.01/min = 0.010 exactly; rounding each half-fen part HALF_EVEN would give 0
        assertEquals(1, price(zone("0.01", 1, 1, "0.005", "0", null, 0), RoundingMode.HALF_EVEN, 30).minorUnits());
    }

    @Test
    void pricesInTheCurrencysOwnMinorUnits() {
        Currency jpy = Currency.getInstance("JPY");
        Currency bhd = Currency.getInstance("BHD");
        assertEquals(8, OneVersion.of(zone("15", 1, 1, "0", "0", null, 0), jpy, RoundingMode.HALF_UP)
                .price("z", NOON, 30).minorUnits()); // 7.5 yen
        assertEquals(123, OneVersion.of(zone("0.123", 60, 60, "0", "0", null, 0), bhd, RoundingMode.HALF_UP)
                .price("z", NOON, 60).minorUnits()); // 0.123 dinar = 123 fils
    }

    @Test
    void aLongExpensiveCallStaysExact() {
        OneVersion.Priced p = price(zone("1000000", 1, 1, "1000000", "0", null, 0), RoundingMode.HALF_UP,
                Integer.MAX_VALUE);
        // MAX_VALUE s at a million a minute plus a million fee: the exact rational rounded once
        BigDecimal expected = new BigDecimal(Integer.MAX_VALUE).multiply(new BigDecimal(1_000_000))
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).add(new BigDecimal(1_000_000));
        assertEquals(expected, BigDecimal.valueOf(p.minorUnits(), 2));
    }

    @Test
    void rejectsValuesThatCannotPrice() {
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("-0.10", 60, 60, "0", "0", null, 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("0.10", 0, 60, "0", "0", null, 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("0.10", 60, 0, "0", "0", null, 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("0.10", 60, 60, "0", "0", null, 0), CNY, RoundingMode.UNNECESSARY));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("1000000.01", 60, 60, "0", "0", null, 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("0.0000001", 60, 60, "0", "0", null, 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> OneVersion.of(zone("0.10", 60, 60, "0", "1.00", "0.50", 0), CNY, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class, () -> new OneVersion(OneVersion.spec(TimeBands.flat("all"), null,
                RoundingMode.HALF_UP, 3, true, VolumeTiers.NONE, zone("0.1", 1, 1, "0", "0", null, 0)), CNY, OneVersion.UTC,
                HolidayCalendar.NONE), "CNY has 2 decimals");
        Instant.parse(NOON);
    }
}
