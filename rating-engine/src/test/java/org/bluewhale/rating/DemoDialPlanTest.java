package org.bluewhale.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bluewhale.core.CallClass;
import org.bluewhale.core.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo site "hq" (Shanghai, +86 21, access code 9) against the numbers the demo simulator
 * dials, with and without the access code the Cisco records may keep.
 */
class DemoDialPlanTest {

    private static final CallClassifier HQ = RatingConfig.demoProperties().sites().get("hq").classifier();

    @ParameterizedTest(name = "{0} {1} from {2} -> {3} {4}")
    @CsvSource(nullValues = "NULL", value = {
            // direction decides first
            "OUTGOING,  2000,            2101,        INTERNAL,      ''",
            "OUTGOING,  2999,            2101,        INTERNAL,      ''",
            "UNKNOWN,   2456,            2101,        INTERNAL,      ''",
            "INTERNAL,  3001,            2101,        INTERNAL,      ''",
            "INCOMING,  2101,            13812345678, INBOUND,       +8613812345678",
            "INCOMING,  2101,            02158881234, INBOUND,       +862158881234",
            "INCOMING,  2101,            '',          INBOUND,       ''",
            // local: 8 digits starting 5 or 6, put under +86 21
            "OUTGOING,  52345678,        2101,        LOCAL,         +862152345678",
            "OUTGOING,  952345678,       2101,        LOCAL,         +862152345678",
            "OUTGOING,  6123 4567,       2101,        LOCAL,         +862161234567",
            "OUTGOING,  66668888#,       2101,        LOCAL,         +862166668888",
            "OUTGOING,  02152345678,     2101,        LOCAL,         +862152345678",
            // national: 0 + area code + subscriber
            "OUTGOING,  01087654321,     2101,        NATIONAL,      +861087654321",
            "OUTGOING,  02087654321,     2101,        NATIONAL,      +862087654321",
            "OUTGOING,  075512345678,    2101,        NATIONAL,      +8675512345678",
            "OUTGOING,  9057187654321,   2101,        NATIONAL,      +8657187654321",
            "OUTGOING,  0571-8765-432,   2101,        NATIONAL,      +865718765432",
            // mobile: 11 digits starting 13 15 17 18 19
            "OUTGOING,  13812345678,     2101,        MOBILE,        +8613812345678",
            "OUTGOING,  15000000000,     2101,        MOBILE,        +8615000000000",
            "OUTGOING,  17712345678,     2101,        MOBILE,        +8617712345678",
            "OUTGOING,  18612345678,     2101,        MOBILE,        +8618612345678",
            "TANDEM,    19912345678,     2101,        MOBILE,        +8619912345678",
            "OUTGOING,  913912345678,    2101,        MOBILE,        +8613912345678",
            "OUTGOING,  013812345678,    2101,        MOBILE,        +8613812345678",
            // international: 00 + country code, or already in + form
            "OUTGOING,  0014155550123,   2101,        INTERNATIONAL, +14155550123",
            "OUTGOING,  00442079460000,  2101,        INTERNATIONAL, +442079460000",
            "OUTGOING,  9004989123456,   2101,        INTERNATIONAL, +4989123456",
            "OUTGOING,  +33142685300,    2101,        INTERNATIONAL, +33142685300",
            "OUTGOING,  008613812345678, 2101,        MOBILE,        +8613812345678",
            "OUTGOING,  +86 21 5234 5678,2101,        LOCAL,         +862152345678",
            // toll-free 400/800, premium 168
            "OUTGOING,  4008123456,      2101,        TOLL_FREE,     +864008123456",
            "OUTGOING,  8008101234,      2101,        TOLL_FREE,     +868008101234",
            "OUTGOING,  94006695566,     2101,        TOLL_FREE,     +864006695566",
            "OUTGOING,  1681234567,      2101,        PREMIUM,       +861681234567",
            "OUTGOING,  91680001111,     2101,        PREMIUM,       +861680001111",
            // emergency short codes have no E.164 form
            "OUTGOING,  110,             2101,        EMERGENCY,     ''",
            "OUTGOING,  119,             2101,        EMERGENCY,     ''",
            "OUTGOING,  120,             2101,        EMERGENCY,     ''",
            "OUTGOING,  9122,            2101,        EMERGENCY,     ''",
            // what no rule reads
            "OUTGOING,  '',              2101,        UNKNOWN,       ''",
            "OUTGOING,  NULL,            2101,        UNKNOWN,       ''",
            "OUTGOING,  *72,             2101,        UNKNOWN,       ''",
            "OUTGOING,  9,               2101,        UNKNOWN,       ''",
            "OUTGOING,  3000,            2101,        UNKNOWN,       ''",
            "OUTGOING,  1381234,         2101,        UNKNOWN,       ''",
            "OUTGOING,  0,               2101,        UNKNOWN,       ''",
            "OUTGOING,  00,              2101,        UNKNOWN,       ''",
            "OUTGOING,  001,             2101,        UNKNOWN,       ''",
            "OUTGOING,  01234567,        2101,        UNKNOWN,       ''",
            "OUTGOING,  CONF,            2101,        UNKNOWN,       ''",
    })
    void classifiesLikeTheSimulatorDials(Direction direction, String dialed, String calling,
                                         CallClass expectedClass, String expectedE164) {
        Classification c = HQ.classify(dialed, direction, calling);

        assertEquals(new Classification(expectedClass, expectedE164), c);
    }
}
