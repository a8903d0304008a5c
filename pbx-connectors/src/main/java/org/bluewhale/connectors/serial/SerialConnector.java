package org.bluewhale.connectors.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.bluewhale.connectors.tcp.CdrLineFrameDecoder;
import org.bluewhale.connectors.tcp.ConnectorCounters;
import org.bluewhale.connectors.tcp.JournalingHandler;
import org.bluewhale.connectors.tcp.ReconnectBackoff;
import org.bluewhale.core.journal.RecordSink;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.core.spi.ConnectorStatus;
import org.bluewhale.core.spi.ConnectorStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CDR lines from a serial port (a PBX's SMDR/CDR output wired to {@code /dev/ttyS0}, a
 * USB adapter, or a terminal server's virtual port). The bytes go through exactly the pipeline a
 * TCP connection has ({@link CdrLineFrameDecoder}, then {@link JournalingHandler}), run on an
 * embedded channel by one reader thread, so a record is the same whichever way it came.
 *
 * <p>Survives the device disappearing (USB adapter unplugged, terminal server restarted): a
 * failed read, or the device path vanishing while the line is quiet, closes the port (its last
 * partial line is journaled) and the connector reopens it with exponential back-off until it is
 * back. While the journal is full the thread stops reading, so flow control (when configured)
 * holds the PBX back and nothing is dropped.
 */
public final class SerialConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(SerialConnector.class);
    private static final int READ_BUFFER_BYTES = 4096;
    private static final long PAUSED_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final SerialConfig config;
    private final RecordSink sink;
    private final ConnectorCounters counters = new ConnectorCounters();
    private final ReconnectBackoff backoff;
    private volatile State state = State.STOPPED;
    private volatile boolean closed;
    private Thread reader;

    public SerialConnector(SerialConfig config, RecordSink sink) {
        this.config = config;
        this.sink = sink;
        this.backoff = new ReconnectBackoff(config.initialBackoff(), config.maxBackoff());
    }

    @Override
    public String name() {
        return "serial " + config.portPath() + " " + config.baudRate() + " baud (" + config.pbxId() + ")";
    }

    /** Starts the reader thread, which opens the port; returns at once. */
    @Override
    public void start() {
        state = State.CONNECTING;
        reader = new Thread(this::run, "serial-" + config.pbxId());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public ConnectorStatus status() {
        State current = closed ? State.STOPPED : state;
        return new ConnectorStatus(current, counters.records(), counters.bytes(), counters.lastRecordAt(),
                counters.lastError());
    }

    /** Stops reading and closes the port; the last partial line is journaled. */
    @Override
    public void close() {
        closed = true;
        Thread thread = reader;
        if (thread != null) {
            LockSupport.unpark(thread); // cut a back-off wait short
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.STOPPED;
    }

    private void run() {
        while (!closed) {
            if (!Files.exists(Path.of(config.portPath()))) {
                fail("cannot open " + config.portPath() + ": no such device");
                continue;
            }
            SerialPort port;
            try {
                port = SerialPort.getCommPort(config.portPath());
            } catch (SerialPortInvalidPortException e) { // vanished again since the check
                fail("cannot open " + config.portPath() + ": " + e.getMessage());
                continue;
            }
            SerialPortSettings.apply(config, port);
            if (!port.openPort()) {
                fail("cannot open " + config.portPath() + " (error " + port.getLastErrorCode() + ")");
                continue;
            }
            backoff.reset();
            state = State.CONNECTED;
            log.info("{} opened", name());
            String gone;
            try {
                gone = readUntilGone(port);
            } catch (RuntimeException e) { // the journal failed: report, reopen after the back-off
                gone = "reading " + config.portPath() + " failed: " + e;
            } finally {
                port.closePort();
            }
            if (gone != null) {
                fail(gone);
            }
        }
    }

    /**
     * Reads until the port fails or the device vanishes (returns why) or the connector closes
     * (returns null).
     */
    private String readUntilGone(SerialPort port) {
        ReaderThreadSink journal = new ReaderThreadSink(sink);
        EmbeddedChannel channel = new EmbeddedChannel(new CdrLineFrameDecoder(config.maxRecordLength()),
                new JournalingHandler(config.pbxId(), journal, counters));
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        try {
            while (!closed) {
                int n = port.readBytes(buffer, buffer.length);
                if (n < 0 || (n == 0 && !Files.exists(Path.of(config.portPath())))) {
                    return config.portPath() + " disappeared (error " + port.getLastErrorCode() + ")";
                }
                if (n > 0) {
                    channel.writeInbound(Unpooled.copiedBuffer(buffer, 0, n));
                    waitWhilePaused(channel, journal);
                }
            }
            return null;
        } finally {
            channel.finish(); // journals a last record that had no line terminator
        }
    }

    /**
     * The journaling handler turned reading off (journal full): the port is not read, so the
     * driver's buffer fills and flow control holds the PBX back, until the journal accepts again.
     */
    private void waitWhilePaused(EmbeddedChannel channel, ReaderThreadSink journal) {
        while (!channel.config().isAutoRead() && !closed) {
            state = State.PAUSED;
            if (journal.resumeIfAccepting()) {
                channel.runPendingTasks(); // the handler's resume task: reading on
            } else {
                LockSupport.parkNanos(PAUSED_CHECK_NANOS);
            }
        }
        state = State.CONNECTED;
    }

    private void fail(String reason) {
        counters.error(reason);
        state = State.FAILING;
        long delay = backoff.nextDelayNanos();
        log.warn("{}: {}; retrying in {} ms", name(), reason, TimeUnit.NANOSECONDS.toMillis(delay));
        long deadline = System.nanoTime() + delay;
        while (!closed && System.nanoTime() < deadline) {
            LockSupport.parkNanos(deadline - System.nanoTime());
        }
    }
}
