package org.bluewhale.connectors.tcp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bluewhale.core.journal.Frame;
import org.junit.jupiter.api.Test;

class JournalingHandlerTest {

    private static final String SIEMENS_1 =
            "28.06.25 12:10:50001001   1234000630000:10:30 0049891234567          00000000012";
    private static final String SIEMENS_2 =
            "28.06.25 12:11:02001001   2201000420000:00:42 0049301555019          00000000002";

    private final RecordingSink sink = new RecordingSink();
    private final ConnectorCounters counters = new ConnectorCounters();
    private final EmbeddedChannel channel =
            new EmbeddedChannel(new CdrLineFrameDecoder(), new JournalingHandler("hipath1", sink, counters));

    @Test
    void appendsAllFramesOfOneReadBurstInASingleCall() {
        channel.writeInbound(lines(SIEMENS_1), lines(SIEMENS_2, SIEMENS_1));
        channel.writeInbound(lines(SIEMENS_2));

        List<RecordingSink.Append> appends = sink.appends();
        assertEquals(2, appends.size(), "one append per read burst");
        assertEquals(3, appends.get(0).frames().size());
        assertEquals("hipath1", appends.get(0).pbxId());
        assertEquals(List.of(SIEMENS_1, SIEMENS_2, SIEMENS_1, SIEMENS_2), sink.lines());
    }

    @Test
    void countsRecordsBytesAndLastRecordTime() {
        channel.writeInbound(lines(SIEMENS_1, SIEMENS_2));

        assertEquals(2, counters.records());
        assertEquals(SIEMENS_1.length() + SIEMENS_2.length(), counters.bytes(), "payload bytes, without CR LF");
        assertNotNull(counters.lastRecordAt());
    }

    @Test
    void aBurstWithoutACompleteRecordAppendsNothing() {
        channel.writeInbound(Unpooled.copiedBuffer(SIEMENS_1.substring(0, 10), ISO_8859_1));

        assertTrue(sink.appends().isEmpty());
    }

    @Test
    void stopsReadingWhileTheJournalIsFullAndResumesWhenItAccepts() {
        sink.refuse();
        channel.writeInbound(lines(SIEMENS_1));

        assertEquals(List.of(SIEMENS_1), sink.lines(), "what was read is journaled anyway");
        assertFalse(channel.config().isAutoRead());
        assertTrue(counters.paused());

        sink.accept();
        channel.runPendingTasks();

        assertTrue(channel.config().isAutoRead());
        assertFalse(counters.paused());
    }

    @Test
    void journalsTheLastPartialRecordWhenTheConnectionCloses() {
        channel.writeInbound(lines(SIEMENS_1));
        channel.writeInbound(Unpooled.copiedBuffer(SIEMENS_2, ISO_8859_1));
        channel.finish();

        assertEquals(List.of(SIEMENS_1, SIEMENS_2), sink.lines());
    }

    @Test
    void aFailingAppendIsReportedAndClosesTheChannel() {
        EmbeddedChannel failing = new EmbeddedChannel(new CdrLineFrameDecoder(),
                new JournalingHandler("hipath1", new RecordingSink() {
                    @Override
                    public synchronized void append(String pbxId, List<Frame> frames) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                }, counters));

        failing.writeInbound(lines(SIEMENS_1));

        assertFalse(failing.isOpen());
        assertTrue(counters.lastError().contains("No space left on device"), counters.lastError());
    }

    private static ByteBuf lines(String... records) {
        return Unpooled.copiedBuffer(String.join("\r\n", records) + "\r\n", ISO_8859_1);
    }
}
