package org.bluewhale.rsp.avaya;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bluewhale.core.RawRecord;
import org.bluewhale.core.journal.Journal;
import org.bluewhale.core.journal.JournalConfig;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.bluewhale.core.testing.Poll;
import org.bluewhale.rsp.RspListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated Communication Manager over a real socket: start, data, a resend after a lost ack, status. */
class AvayaRspListenerTest {

    @TempDir
    Path dir;

    private EventLoopGroup loops;
    private Journal journal;
    private RspListener listener;

    private static String read(DataInputStream in, int bytes) throws Exception {
        byte[] answer = new byte[bytes];
        in.readFully(answer);
        return ByteBufUtil.hexDump(answer);
    }

    @BeforeEach
    void listen() {
        loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        journal = Journal.open(JournalConfig.defaults(dir), () -> 0);
        listener = AvayaRspInitializer.listener("cm1", "127.0.0.1", 0, Duration.ofMinutes(3), journal, loops);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.close();
        journal.close();
        loops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }

    @Test
    void aCmSessionOverASocketIsJournaledAcknowledgedAndVisibleInTheStatus() throws Exception {
        assertEquals(State.LISTENING, listener.status().state());
        try (Socket cm = new Socket(InetAddress.getLoopbackAddress(), listener.boundPort())) {
            OutputStream out = cm.getOutputStream();
            DataInputStream in = new DataInputStream(cm.getInputStream());
            out.write(ByteBufUtil.decodeHexDump(AvayaRspSessionTest.START));
            assertEquals("0206010007010002010681", read(in, 11));
            out.write(AvayaRspSessionTest.data(1, "first call"));
            assertEquals("4005010181", read(in, 5));
            out.write(AvayaRspSessionTest.data(2, "second call"));
            out.write(AvayaRspSessionTest.data(2, "second call")); // CM did not see our ack in time
            out.write(new byte[] {0x50});
            assertEquals("4005010281", read(in, 5));
            String rest = read(in, 6);
            assertTrue(List.of("4005010281" + "51", "51" + "4005010281").contains(rest),
                    "the resent packet acknowledged again and the keep-alive answered: " + rest);
            assertEquals(State.CONNECTED, listener.status().state());
        }
        Poll.until("the session to end", () -> listener.status().state() == State.LISTENING);
        assertEquals(List.of("first call", "second call"), journal.readAll(1).stream().map(RawRecord::text).toList());
        assertEquals(2, listener.status().records());
        listener.close();
        assertEquals(State.STOPPED, listener.status().state());
    }

    @Test
    void packetsJournaledWhoseAcksWereLostWithTheConnectionAreNotJournaledAgainWhenCmResendsThem() throws Exception {
        try (Socket cm = new Socket(InetAddress.getLoopbackAddress(), listener.boundPort())) {
            OutputStream out = cm.getOutputStream();
            out.write(ByteBufUtil.decodeHexDump(AvayaRspSessionTest.START));
            for (int counter = 1; counter <= 3; counter++) {
                out.write(AvayaRspSessionTest.data(counter, "call " + counter));
            }
            Poll.until("three packets journaled", () -> journal.writtenPosition() == 3);
            cm.setSoLinger(true, 0); // the link drops: a reset, CM never reads the three acks
        }
        Poll.until("the first session to end", () -> listener.status().state() == State.LISTENING);
        try (Socket cm = new Socket(InetAddress.getLoopbackAddress(), listener.boundPort())) {
            OutputStream out = cm.getOutputStream();
            DataInputStream in = new DataInputStream(cm.getInputStream());
            out.write(ByteBufUtil.decodeHexDump(AvayaRspSessionTest.START));
            assertEquals("0206010007010002010681", read(in, 11));
            for (int counter = 1; counter <= 4; counter++) { // CM resends what it saw no ack for, then goes on
                out.write(AvayaRspSessionTest.data(counter, "call " + counter));
                assertEquals("4005010" + counter + "81", read(in, 5), "packet " + counter + " acknowledged");
            }
        }
        assertEquals(List.of("call 1", "call 2", "call 3", "call 4"),
                journal.readAll(1).stream().map(RawRecord::text).toList(), "each record once");
        assertEquals(3, listener.counters().duplicates(), "the three resends counted as duplicates");
    }
}
