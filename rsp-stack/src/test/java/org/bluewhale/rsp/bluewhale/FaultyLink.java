package org.bluewhale.rsp.bluewhale;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A frame-aware TCP relay between an RSP sender and the server that misbehaves on purpose: it
 * drops, duplicates, delays frames or cuts the connection (with a reset) as a {@link Faults}
 * policy decides per frame. What a bad WAN, a NAT timeout or a flapping link does, on loopback.
 */
final class FaultyLink implements AutoCloseable {

    enum Action { FORWARD, DROP, DUPLICATE, CUT }

    /** What to do with one frame; {@code delayMillis} holds it (and all after it) back first. */
    record Fault(Action action, long delayMillis) {
        static final Fault FORWARD = new Fault(Action.FORWARD, 0);
    }

    /** Decides per frame. {@code index} counts frames of that type and direction on this link. */
    interface Faults {
        Fault decide(boolean toServer, int type, int index);
    }

    private final ServerSocket listener;
    private final InetSocketAddress server;
    private final Faults faults;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger[] counts = new AtomicInteger[512];
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    FaultyLink(InetSocketAddress server, Faults faults) throws IOException {
        this.server = server;
        this.faults = faults;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new AtomicInteger();
        }
        Thread acceptor = new Thread(this::accept, "faulty-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections relayed so far. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(server.getAddress(), server.getPort());
                connections.incrementAndGet();
                sockets.add(client);
                sockets.add(upstream);
                relay(client, upstream, true);
                relay(upstream, client, false);
            } catch (IOException e) {
                if (!closed) {
                    LockSupport.parkNanos(10_000_000); // the server is restarting: the sender retries
                }
            }
        }
    }

    private void relay(Socket from, Socket to, boolean toServer) {
        Thread pump = new Thread(() -> pump(from, to, toServer), "faulty-link-" + (toServer ? "up" : "down"));
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(Socket from, Socket to, boolean toServer) {
        try (DataInputStream in = new DataInputStream(from.getInputStream())) {
            OutputStream out = to.getOutputStream();
            while (true) {
                int length = in.readInt();
                byte[] frame = new byte[4 + length];
                frame[0] = (byte) (length >>> 24);
                frame[1] = (byte) (length >>> 16);
                frame[2] = (byte) (length >>> 8);
                frame[3] = (byte) length;
                in.readFully(frame, 4, length);
                int type = frame[4] & 0xFF;
                Fault fault = faults.decide(toServer, type, counts[(toServer ? 256 : 0) + type].getAndIncrement());
                if (fault.delayMillis() > 0) {
                    LockSupport.parkNanos(fault.delayMillis() * 1_000_000); // the simulated latency
                }
                switch (fault.action()) {
                    case FORWARD -> out.write(frame);
                    case DUPLICATE -> {
                        out.write(frame);
                        out.write(frame);
                    }
                    case DROP -> { }
                    case CUT -> {
                        reset(from);
                        reset(to);
                        return;
                    }
                }
            }
        } catch (IOException e) {
            reset(from);
            reset(to);
        }
    }

    /** Cuts every relayed connection at once, with a reset, as a dying link does. */
    void cutAll() {
        sockets.forEach(FaultyLink::reset);
        sockets.clear();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        cutAll();
    }
}
