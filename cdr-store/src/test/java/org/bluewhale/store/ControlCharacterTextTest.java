package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.bluewhale.core.CallClass;
import org.bluewhale.core.CallLeg;
import org.bluewhale.core.Direction;
import org.bluewhale.core.Money;
import org.bluewhale.core.PbxDescriptor;
import org.bluewhale.core.RatedCall;
import org.bluewhale.core.spi.StoreBatch;
import org.bluewhale.store.cdr.CdrQuery;
import org.bluewhale.store.cdr.StoredCdr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Texts with the characters PostgreSQL's COPY text format escapes (backslash, tab, line feed,
 * carriage return) and the sequence it reads as NULL come back exactly, on every database.
 */
class ControlCharacterTextTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void escapedCharactersSurviveTheBulkPath(Databases kind) {
        CallLeg leg = new CallLeg("pbx", 1, 1, Instant.parse("2025-03-30T00:59:59.123Z"), SampleCalls.PARIS, 10, 0,
                "\\N", "0\t1", Direction.OUTGOING, "a\nb", "c\rd", "C:\\temp\\", "\\t", "x\\\ny", "\u00e9\t\u2603",
                "", "", "", "", "");
        RatedCall call = new RatedCall(leg, CallClass.NATIONAL, 60, new Money(5, Currency.getInstance("EUR")), "t\tab");
        try (Database db = kind.open(dataDir)) {
            db.cdrStore().registerPbx(new PbxDescriptor("pbx", "paris", "avaya-cm", SampleCalls.PARIS));
            db.cdrStore().write(new StoreBatch(List.of(call), List.of(), 1));
            List<StoredCdr> rows = db.cdrReader().find(CdrQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
            assertEquals(1, rows.size());
            CdrStoreTest.assertSameCall(call, rows.get(0));
        }
    }
}
