package org.bluewhale.connectors.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.embedded.EmbeddedChannel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Rerunnable throughput figures for the TCP path (not a test: run its main). Lines are 100 bytes
 * including CR LF. Prints records/s for: the frame decoder alone, the sender into a draining
 * socket, sender -> listen connector -> sink that only counts, and the paced sender's accuracy and CPU.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.bluewhale.connectors.tcp.TcpThroughputBenchmark</pre>
 */
public final class TcpThroughputBenchmark {

    private static final int LINE_LENGTH = 98; // + CR LF = 100 bytes on the wire
    private static final byte[] LINE = line();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int round = 0; round < rounds; round++) {
            System.out.printf("round %d: decoder %,.0f rec/s | sender %,.0f rec/s | ingest %,.0f rec/s%n", round,
                    decoder(20_000_000), sender(10_000_000), ingest(10_000_000));
        }
        for (double rate : new double[] {1_000, 100_000, 1_000_000}) {
            paced(rate, (int) Math.max(2_000, rate * 2));
        }
    }

    /** Feeds 64 KiB reads of lines through the decoder into a handler that only counts frames. */
    static double decoder(int records) {
        int linesPerRead = 65536 / (LINE_LENGTH + 2);
        ByteBuf read = Unpooled.directBuffer(linesPerRead * (LINE_LENGTH + 2));
        for (int i = 0; i < linesPerRead; i++) {
            read.writeBytes(LINE).writeByte('\r').writeByte('\n');
        }
        // Cut mid-line so every read leaves a partial line to carry over, as on a real socket.
        int cut = read.readableBytes() - 37;
        ByteBuf head = read.retainedSlice(0, cut);
        ByteBuf tail = read.retainedSlice(cut, read.readableBytes() - cut);
        long[] frames = {0};
        EmbeddedChannel channel = new EmbeddedChannel(new CdrLineFrameDecoder(), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                frames[0]++;
            }
        });
        long start = System.nanoTime();
        while (frames[0] < records) {
            channel.writeInbound(head.retainedDuplicate());
            channel.writeInbound(tail.retainedDuplicate());
        }
        return frames[0] * 1e9 / (System.nanoTime() - start);
    }

    /** The sender at max into a thread that reads and discards. */
    static double sender(int records) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            Thread drain = new Thread(() -> drain(server));
            drain.start();
            long start = System.nanoTime();
            try (TcpRecordSender sender = TcpRecordSender.connect((InetSocketAddress) server.getLocalAddress())) {
                sender.sendAsFastAsPossible(repeat(records));
            }
            drain.join();
            return records * 1e9 / (System.nanoTime() - start);
        }
    }

    /** The sender paced at {@code rate}: the rate reached and the CPU the sending thread used. */
    static void paced(double rate, int records) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            Thread drain = new Thread(() -> drain(server));
            drain.start();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try (TcpRecordSender sender = TcpRecordSender.connect((InetSocketAddress) server.getLocalAddress())) {
                sender.sendAtRate(repeat(records), rate);
            }
            long elapsed = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            drain.join();
            System.out.printf("paced at %,.0f rec/s: reached %,.0f rec/s, sending thread used %.1f%% of a core%n",
                    rate, records * 1e9 / elapsed, 100.0 * cpu / elapsed);
        }
    }

    private static void drain(ServerSocketChannel server) {
        try (SocketChannel in = server.accept()) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (in.read(buffer) >= 0) {
                buffer.clear();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sender -> TcpListenConnector (decoder + journaling handler) -> a sink that counts. */
    static double ingest(int records) throws Exception {
        EventLoopGroup group = TcpEventLoops.newGroup(1);
        CountingSink sink = new CountingSink();
        TcpListenConnector connector =
                new TcpListenConnector(TcpListenConfig.of("bench", 0).withBindAddress("127.0.0.1"), sink, group);
        try {
            connector.start();
            long start = System.nanoTime();
            try (TcpRecordSender sender = TcpRecordSender.connect(
                    new InetSocketAddress("127.0.0.1", connector.boundPort()))) {
                sender.sendAsFastAsPossible(repeat(records));
            }
            while (sink.records.get() < records) {
                Thread.onSpinWait();
            }
            double rate = records * 1e9 / (System.nanoTime() - start);
            System.out.printf("  ingest: %,d appends, %.0f frames per append%n", sink.appends.get(),
                    (double) records / sink.appends.get());
            return rate;
        } finally {
            connector.close();
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static Iterator<byte[]> repeat(int count) {
        return new Iterator<>() {
            private int left = count;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public byte[] next() {
                left--;
                return LINE;
            }
        };
    }

    private static byte[] line() {
        byte[] line = new byte[LINE_LENGTH];
        Arrays.fill(line, (byte) '7');
        byte[] head = "N 001 00 DN1234 T000001 06/28 12:10:50 00:10:30.0 12134567890".getBytes();
        System.arraycopy(head, 0, line, 0, head.length);
        return line;
    }
}
