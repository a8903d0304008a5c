package org.bluewhale.connectors.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import java.util.Set;
import org.bluewhale.connectors.avaya.AvayaCdrDecoder;
import org.bluewhale.connectors.cisco.CucmCdrDecoder;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.decode.RecordDecoders;
import org.junit.jupiter.api.Test;

class RecordDecodersDiscoveryTest {

    @Test
    void serviceLoaderFindsBothFormats() {
        RecordDecoders decoders = RecordDecoders.discover();
        assertEquals(true, decoders.all().keySet().containsAll(Set.of("avaya-unformatted", "avaya-printer",
                "avaya-expanded", "avaya-teleseer", "avaya-lsu", "avaya-int-isdn", "cucm", "asterisk-csv",
                "freeswitch-csv", "siemens-hipath", "nortel-meridian", "panasonic-smdr", "panasonic-smdr-dmy", "layout")),
                decoders.all().keySet().toString());
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertInstanceOf(AvayaCdrDecoder.class,
                decoders.create(new PbxDescriptor("sh-cm1", "shanghai", "avaya-unformatted", zone)));
        assertInstanceOf(CucmCdrDecoder.class,
                decoders.create(new PbxDescriptor("sh-ucm", "shanghai", "cucm", zone)));
    }
}
