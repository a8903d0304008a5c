package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.bluewhale.core.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Tariff tariff(String perMinute, int first, int increment, String fee, RoundingMode rounding) {
        return new Tariff("t", new BigDecimal(perMinute), first, increment, new BigDecimal(fee), CNY, rounding);
    }

    private static Tariff tariff(String perMinute, int first, int increment, String fee) {
        return tariff(perMinute, first, increment, fee, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0}s -> 60/60 {1}, 30/6 {2}, 6/6 {3}, 1/1 {4}")
    @CsvSource({
            // duration, 60/60, 30/6, 6/6, 1/1
            "0,   0,   0,  0,  0",
            "1,  60,  30,  6,  1",
            "29, 60,  30, 30, 29",
            "30, 60,  30, 30, 30",
            "31, 60,  36, 36, 31",
            "59, 60,  60, 60, 59",
            "60, 60,  60, 60, 60",
            "61, 120, 66, 66, 61",
    })
    void billsFirstIntervalThenWholeIncrements(int duration, long b60, long b30, long b6, long b1) {
        assertEquals(b60, tariff("1", 60, 60, "0").billedSeconds(duration), "60/60");
        assertEquals(b30, tariff("1", 30, 6, "0").billedSeconds(duration), "30/6");
        assertEquals(b6, tariff("1", 6, 6, "0").billedSeconds(duration), "6/6");
        assertEquals(b1, tariff("1", 1, 1, "0").billedSeconds(duration), "1/1");
    }

    @Test
    void connectionFeeIsAddedToConnectedCallsOnly() {
        Tariff international = tariff("1.50", 30, 6, "0.50");

        // 31 s bills 36 s: 36 * 1.50 / 60 = 0.90, + 0.50 fee
        assertEquals(Money.of("1.40", CNY), international.cost(international.billedSeconds(31)));
        // 1 s bills the first 30 s: 0.75 + 0.50
        assertEquals(Money.of("1.25", CNY), international.cost(international.billedSeconds(1)));
        // never connected: no time, no fee
        assertEquals(Money.zero(CNY), international.cost(international.billedSeconds(0)));
    }

    @ParameterizedTest(name = "{0} s at 0.01/min: HALF_UP {1} fen, HALF_EVEN {2} fen")
    @CsvSource({
            // exact cost 0.005, 0.015, 0.025, 0.035 CNY: a half fen every time
            "30,  1, 0",
            "90,  2, 2",
            "150, 3, 2",
            "210, 4, 4",
            // not a half: both modes agree
            "20,  0, 0",
            "40,  1, 1",
    })
    void roundsHalfMinorUnitsByTheConfiguredMode(int seconds, long halfUp, long halfEven) {
        assertEquals(halfUp, tariff("0.01", 1, 1, "0", RoundingMode.HALF_UP).cost(seconds).minorUnits());
        assertEquals(halfEven, tariff("0.01", 1, 1, "0", RoundingMode.HALF_EVEN).cost(seconds).minorUnits());
    }

    @Test
    void roundsOnceAtTheEndNotPerPart() {
        // 0.005 fee + 30 s at 0.01/min = 0.010 exactly; rounding each half-fen part HALF_EVEN would give 0
        Tariff t = tariff("0.01", 1, 1, "0.005", RoundingMode.HALF_EVEN);

        assertEquals(1, t.cost(30).minorUnits());
    }

    @Test
    void pricesInTheCurrencysOwnMinorUnits() {
        Currency jpy = Currency.getInstance("JPY");
        Currency bhd = Currency.getInstance("BHD");
        Tariff yen = new Tariff("t", new BigDecimal("15"), 1, 1, BigDecimal.ZERO, jpy, RoundingMode.HALF_UP);
        Tariff dinar = new Tariff("t", new BigDecimal("0.123"), 60, 60, BigDecimal.ZERO, bhd, RoundingMode.HALF_UP);

        assertEquals(new Money(8, jpy), yen.cost(30)); // 7.5 yen
        assertEquals(new Money(123, bhd), dinar.cost(60)); // 0.123 dinar = 123 fils
    }

    @Test
    void aLongExpensiveCallStaysExact() {
        Tariff t = tariff("1000000", 1, 1, "1000000");
        long billed = t.billedSeconds(Integer.MAX_VALUE);

        // (MAX_VALUE / 60 + 1) million yuan, in fen: the exact rational rounded once
        BigDecimal expected = new BigDecimal(Integer.MAX_VALUE).multiply(new BigDecimal(1_000_000))
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).add(new BigDecimal(1_000_000));
        assertEquals(expected, t.cost(billed).toBigDecimal());
    }

    @Test
    void rejectsValuesThatCannotPrice() {
        assertThrows(IllegalArgumentException.class, () -> tariff("-0.10", 60, 60, "0"));
        assertThrows(IllegalArgumentException.class, () -> tariff("0.10", 0, 60, "0"));
        assertThrows(IllegalArgumentException.class, () -> tariff("0.10", 60, 0, "0"));
        assertThrows(IllegalArgumentException.class, () -> tariff("0.10", 60, 60, "0", RoundingMode.UNNECESSARY));
        assertThrows(IllegalArgumentException.class, () -> tariff("1000000.01", 60, 60, "0"));
    }
}
