package org.bluewhale.connectors.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of a {@link SerialConnector}: the PBX's CDR (SMDR) port is wired to a serial
 * port of this machine.
 *
 * @param pbxId           the PBX whose records arrive on this port (journal key)
 * @param portPath        the device, e.g. {@code /dev/ttyUSB0} or {@code /dev/ttyS0}
 * @param baudRate        bits per second, e.g. 9600 or 115200
 * @param dataBits        5 to 8
 * @param parity          parity bit
 * @param stopBits        stop bits
 * @param flowControl     how the port holds the PBX back when we cannot read
 * @param initialBackoff  the wait before reopening the device after it failed or vanished
 * @param maxBackoff      the longest wait; it doubles after each failed open up to this
 * @param maxRecordLength longest record in bytes; longer ones are journaled truncated
 */
public record SerialConfig(String pbxId, String portPath, int baudRate, int dataBits, Parity parity,
                           StopBits stopBits, FlowControl flowControl, Duration initialBackoff,
                           Duration maxBackoff, int maxRecordLength) {

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    public enum FlowControl { NONE, RTS_CTS, XON_XOFF }

    public SerialConfig {
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(portPath, "portPath");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        if (pbxId.isBlank() || portPath.isBlank()) {
            throw new IllegalArgumentException("pbxId and portPath must not be blank");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8: " + dataBits);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 < initial <= max: " + initialBackoff
                    + ", " + maxBackoff);
        }
        if (maxRecordLength <= 0) {
            throw new IllegalArgumentException("maxRecordLength must be positive: " + maxRecordLength);
        }
    }

    /** 8 data bits, no parity, one stop bit, no flow control (8N1), back-off 1 s to 30 s. */
    public static SerialConfig of(String pbxId, String portPath, int baudRate, int maxRecordLength) {
        return new SerialConfig(pbxId, portPath, baudRate, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE,
                Duration.ofSeconds(1), Duration.ofSeconds(30), maxRecordLength);
    }

    public SerialConfig withFraming(int bits, Parity parityBit, StopBits stop) {
        return new SerialConfig(pbxId, portPath, baudRate, bits, parityBit, stop, flowControl, initialBackoff,
                maxBackoff, maxRecordLength);
    }

    public SerialConfig withFlowControl(FlowControl flow) {
        return new SerialConfig(pbxId, portPath, baudRate, dataBits, parity, stopBits, flow, initialBackoff,
                maxBackoff, maxRecordLength);
    }

    public SerialConfig withBackoff(Duration initial, Duration max) {
        return new SerialConfig(pbxId, portPath, baudRate, dataBits, parity, stopBits, flowControl, initial, max,
                maxRecordLength);
    }
}
