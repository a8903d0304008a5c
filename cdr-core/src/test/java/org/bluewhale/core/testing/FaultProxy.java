package org.bluewhale.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy in front of a real database server that a test can break: {@link #cut()} closes every
 * connection and refuses new ones (the server is gone), {@link #stall()} keeps connections open but
 * forwards nothing (a hung network), {@link #slow(long)} delays every chunk, {@link #restore()}
 * goes back to plain forwarding; {@link #drop()} cuts every connection once and forwards new ones at
 * once (a link that breaks and heals). One thread per direction per connection: test traffic only.
 * Shared by every module's tests through the cdr-core test jar.
 */
public final class FaultProxy implements AutoCloseable {

    private enum State { PASS, CUT, STALL }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile State state = State.PASS;
    private volatile long delayMillis;
    private volatile boolean closed;
    private final AtomicLong upstreamBytes = new AtomicLong();

    private FaultProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FaultProxy to(int upstreamPort) throws IOException {
        return new FaultProxy(upstreamPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        state = State.CUT;
        drop();
    }

    /** Bytes forwarded from clients to the upstream server so far, over all connections. */
    public long upstreamBytes() {
        return upstreamBytes.get();
    }

    /** Drops every open connection (new ones are forwarded as before); returns how many sockets it closed. */
    public int drop() {
        int dropped = 0;
        for (Socket socket : open) {
            closeQuietly(socket);
            open.remove(socket);
            dropped++;
        }
        return dropped;
    }

    /** Stops forwarding bytes; connections stay open and hang. */
    public void stall() {
        state = State.STALL;
    }

    /** Delays every forwarded chunk. */
    public void slow(long millis) {
        delayMillis = millis;
    }

    public void restore() {
        delayMillis = 0;
        state = State.PASS;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (state == State.CUT) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                try {
                    server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2_000);
                } catch (IOException upstreamDown) {
                    client.close(); // as the client would see it without the proxy: refused
                    continue;
                }
                open.add(client);
                open.add(server);
                pump(client, server, upstreamBytes);
                pump(server, client, new AtomicLong());
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong counted) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (state == State.STALL) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                    }
                    if (state == State.CUT) {
                        break;
                    }
                    if (delayMillis > 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delayMillis));
                    }
                    out.write(buffer, 0, n);
                    counted.addAndGet(n);
                }
            } catch (IOException ignored) {
                // the other side or cut() closed the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        cut();
        listener.close();
    }
}
