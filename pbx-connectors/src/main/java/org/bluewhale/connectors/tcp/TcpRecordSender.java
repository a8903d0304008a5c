package org.bluewhale.connectors.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays the PBX side of a CDR link: connects to a host and port and writes records, each
 * followed by CR LF, either paced at a given rate or as fast as the socket takes them. Used by
 * the PBX simulator and the benchmarks.
 *
 * <p>A plain blocking {@link SocketChannel} with a large direct buffer: one thread, no event
 * loop, and a single {@code write} per 256 KiB. At "max" it moves well over 2 million 100-byte
 * lines a second over loopback. A paced send writes whatever is due, then parks until the next
 * record is due, so it neither bursts nor spins a core.
 *
 * <p>Not thread-safe, except {@link #stop()}, which may be called from any thread.
 */
public final class TcpRecordSender implements AutoCloseable {

    private static final int BUFFER_SIZE = 256 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    /** Shortest park between paced writes: below this the OS timer slack dominates anyway. */
    private static final long MIN_PARK_NANOS = 100_000;

    private final SocketChannel socket;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
    private volatile boolean stopped;
    /** The thread inside {@link #sendAtRate}, woken by {@link #stop()} so a slow rate stops at once. */
    private volatile Thread pacedThread;
    /** Records handed to the socket. */
    private volatile long sent;
    /** Records in the buffer, not yet written. */
    private long buffered;

    private TcpRecordSender(SocketChannel socket) {
        this.socket = socket;
    }

    /** Connects to {@code target} from any local address. */
    public static TcpRecordSender connect(InetSocketAddress target) throws IOException {
        return connect(target, null);
    }

    /** Connects to {@code target} from {@code localAddress} (e.g. 127.0.0.2), or any when null. */
    public static TcpRecordSender connect(InetSocketAddress target, InetAddress localAddress) throws IOException {
        SocketChannel socket = SocketChannel.open();
        try {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(target);
            return new TcpRecordSender(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Writes records until the iterator ends or {@link #stop()}; returns how many this call sent. */
    public long sendAsFastAsPossible(Iterator<byte[]> records) throws IOException {
        long before = sent;
        while (!stopped && records.hasNext()) {
            put(records.next());
        }
        flush();
        return sent - before;
    }

    /**
     * Writes records at {@code recordsPerSecond} until the iterator ends or {@link #stop()};
     * returns how many this call sent. A sender that fell behind (slow receiver) catches up.
     */
    public long sendAtRate(Iterator<byte[]> records, double recordsPerSecond) throws IOException {
        if (!(recordsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + recordsPerSecond);
        }
        double nanosPerRecord = 1e9 / recordsPerSecond;
        long start = System.nanoTime();
        long before = sent;
        pacedThread = Thread.currentThread();
        try {
            pace(records, nanosPerRecord, start, before);
        } finally {
            pacedThread = null;
        }
        return sent - before;
    }

    private void pace(Iterator<byte[]> records, double nanosPerRecord, long start, long before) throws IOException {
        while (!stopped && records.hasNext()) {
            long due = (long) ((System.nanoTime() - start) / nanosPerRecord) + 1;
            while (sent + buffered - before < due && records.hasNext()) {
                put(records.next());
            }
            flush();
            long nextAt = start + (long) ((sent - before) * nanosPerRecord);
            LockSupport.parkNanos(Math.max(MIN_PARK_NANOS, nextAt - System.nanoTime()));
        }
    }

    /** Makes a running send return after its current write. */
    public void stop() {
        stopped = true;
        LockSupport.unpark(pacedThread);
    }

    /** Records sent so far by this sender (readable from any thread). */
    public long sent() {
        return sent;
    }

    /** Closes the connection; a send blocked on a full socket ends with an exception. */
    @Override
    public void close() throws IOException {
        stopped = true;
        socket.close();
    }

    private void put(byte[] record) throws IOException {
        if (buffer.remaining() < record.length + CRLF.length) {
            flush();
            if (buffer.remaining() < record.length + CRLF.length) {
                writeFully(ByteBuffer.wrap(record));
                buffer.put(CRLF);
                buffered++;
                return;
            }
        }
        buffer.put(record).put(CRLF);
        buffered++;
    }

    private void flush() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
        sent += buffered;
        buffered = 0;
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            socket.write(bytes);
        }
    }
}
