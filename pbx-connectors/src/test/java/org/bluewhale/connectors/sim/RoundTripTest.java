package org.bluewhale.connectors.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.Decoded;
import org.bluewhale.core.decode.RecordDecoder;
import org.bluewhale.core.decode.RecordDecoders;
import org.junit.jupiter.api.Test;

/** Generated calls, formatted and decoded again, keep their numbers, start, duration and direction. */
class RoundTripTest {

    private static final int CALLS = 2_000;

    @Test
    void avayaRecordsDecodeToTheGeneratedCalls() {
        SimSite site = SimSite.demo();
        RecordFormatter formatter = RecordFormatter.forFormat("avaya-unformatted", site);
        RecordDecoder decoder = decoderFor("avaya-unformatted", site.zone());
        TrafficGenerator generator = new TrafficGenerator(7, site, Instant.parse("2026-03-02T00:00:00Z"));
        for (int i = 0; i < CALLS; i++) {
            SimulatedCall call = generator.next();
            byte[] record = formatter.format(call);
            assertEquals(91, record.length);
            CallLeg leg = decode(decoder, record);
            // the layout carries minutes only
            assertEquals(call.start().truncatedTo(ChronoUnit.MINUTES), leg.start(), call::toString);
            assertSame(call, leg);
        }
    }

    @Test
    void avayaLocalTimeFollowsDaylightSavingInTheSiteZone() {
        SimSite site = new SimSite("Berlin", ZoneId.of("Europe/Berlin"), "49", "30", "0", 200, 299,
                SimSite.demo().nationalAreaCodes(), SimSite.demo().internationalCountryCodes(), List.of("112"),
                "101", "701", 30, "BER-SBC", 3000);
        // 08:00 UTC is 10:00 CEST in July (+02:00), not 09:00 as in winter
        byte[] summer = new AvayaUnformattedFormatter(site).format(new SimulatedCall(0, Instant.parse("2026-07-01T08:00:00Z"),
                10, 3, "201", "123", "0", Direction.OUTGOING, CallClass.LOCAL, "101", 1));
        assertEquals("010726 1000", new String(summer, 0, 11, StandardCharsets.US_ASCII));
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), decode(decoderFor("avaya-unformatted", site.zone()), summer).start());
    }

    @Test
    void cucmRecordsDecodeToTheGeneratedCalls() {
        SimSite site = SimSite.demo();
        RecordFormatter formatter = RecordFormatter.forFormat("cucm", site);
        RecordDecoder decoder = decoderFor("cucm", site.zone());
        for (byte[] header : formatter.headerLines()) {
            assertInstanceOf(Decoded.Skipped.class, decoder.decode(RawRecords.bytes(header)));
        }
        TrafficGenerator generator = new TrafficGenerator(7, site, Instant.parse("2026-03-02T00:00:00Z"));
        for (int i = 0; i < CALLS; i++) {
            SimulatedCall call = generator.next();
            CallLeg leg = decode(decoder, formatter.format(call));
            assertEquals(call.start(), leg.start(), call::toString);
            assertSame(call, leg);
            assertEquals(call.answered() ? call.ringSeconds() : 0, leg.ringSeconds());
            assertEquals("StandAloneCluster:1:" + (1_000_000 + call.sequence()), leg.correlationId());
        }
    }

    @Test
    void unknownFormatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecordFormatter.forFormat("nortel", SimSite.demo()));
    }

    private static void assertSame(SimulatedCall call, CallLeg leg) {
        assertEquals(call.callingNumber(), leg.callingNumber(), call::toString);
        assertEquals(call.dialedNumber(), leg.dialedNumber(), call::toString);
        assertEquals(call.durationSeconds(), leg.durationSeconds(), call::toString);
        assertEquals(call.direction(), leg.direction(), call::toString);
    }

    private static RecordDecoder decoderFor(String format, ZoneId zone) {
        return RecordDecoders.discover().create(new PbxDescriptor("sim-1", "sim", format, zone));
    }

    private static CallLeg decode(RecordDecoder decoder, byte[] record) {
        Decoded decoded = decoder.decode(RawRecords.bytes(record));
        return assertInstanceOf(Decoded.Leg.class, decoded, decoded + " for " + new String(record, StandardCharsets.UTF_8)).leg();
    }
}
