package org.bluewhale.connectors.serial;

import com.fazecast.jSerialComm.SerialPort;

/** Translates a {@link SerialConfig} into jSerialComm's constants and applies it to a port. */
final class SerialPortSettings {

    /** How long one read waits for the first byte; bounds how soon close() and a vanished device are noticed. */
    static final int READ_TIMEOUT_MILLIS = 200;

    private SerialPortSettings() {
    }

    static void apply(SerialConfig config, SerialPort port) {
        port.setComPortParameters(config.baudRate(), config.dataBits(), stopBits(config.stopBits()),
                parity(config.parity()));
        port.setFlowControl(flowControl(config.flowControl()));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
    }

    private static int stopBits(SerialConfig.StopBits stopBits) {
        return switch (stopBits) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(SerialConfig.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flowControl(SerialConfig.FlowControl flow) {
        return switch (flow) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
