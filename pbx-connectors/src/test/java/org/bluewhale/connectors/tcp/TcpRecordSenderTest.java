package org.bluewhale.connectors.tcp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.bluewhale.core.testing.Poll;
import org.junit.jupiter.api.Test;

class TcpRecordSenderTest {

    @Test
    void writesEachRecordFollowedByCrLf() throws Exception {
        try (ServerSocket pbxPort = loopbackServer();
             TcpRecordSender sender = TcpRecordSender.connect(address(pbxPort));
             Socket link = pbxPort.accept()) {
            assertEquals(3, sender.sendAsFastAsPossible(CdrSamples.records(3)));
            sender.close();

            String expected = CdrSamples.line(0) + "\r\n" + CdrSamples.line(1) + "\r\n" + CdrSamples.line(2) + "\r\n";
            assertEquals(expected, new String(link.getInputStream().readAllBytes(), ISO_8859_1));
        }
    }

    @Test
    void pacesRecordsAtTheRequestedRate() throws Exception {
        try (ServerSocket pbxPort = loopbackServer();
             TcpRecordSender sender = TcpRecordSender.connect(address(pbxPort));
             Socket link = pbxPort.accept()) {
            long start = System.nanoTime();
            assertEquals(40, sender.sendAtRate(CdrSamples.records(40), 200));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            // 40 records at 200/s cannot be done in less than the 39 intervals of 5 ms between them.
            assertTrue(elapsedMillis >= 195, "sent 40 records in " + elapsedMillis + " ms");
        }
    }

    @Test
    void stopEndsAnEndlessPacedSend() throws Exception {
        try (ServerSocket pbxPort = loopbackServer();
             TcpRecordSender sender = TcpRecordSender.connect(address(pbxPort));
             Socket link = pbxPort.accept()) {
            Iterator<byte[]> endless = Stream.generate(() -> CdrSamples.line(1).getBytes(ISO_8859_1)).iterator();
            CompletableFuture<Long> sending = CompletableFuture.supplyAsync(() -> sendAtRate(sender, endless));
            Poll.until("some records", () -> sender.sent() >= 10);

            sender.stop();

            long sent = sending.join();
            assertTrue(sent >= 10);
            sender.close();
            assertEquals(sent, countLines(link.getInputStream()), "every record counted was written");
        }
    }

    private static long sendAtRate(TcpRecordSender sender, Iterator<byte[]> records) {
        try {
            return sender.sendAtRate(records, 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countLines(InputStream in) throws IOException {
        long lines = 0;
        for (byte b : in.readAllBytes()) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static ServerSocket loopbackServer() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    }

    private static InetSocketAddress address(ServerSocket server) {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }
}
