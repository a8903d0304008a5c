package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_ALLOWED;
import static org.bluewhale.server.config.ServerKeys.PBX_ALTERNATE_HOST;
import static org.bluewhale.server.config.ServerKeys.PBX_BAUD;
import static org.bluewhale.server.config.ServerKeys.PBX_BIND;
import static org.bluewhale.server.config.ServerKeys.PBX_DATA_BITS;
import static org.bluewhale.server.config.ServerKeys.PBX_DIRECTORY;
import static org.bluewhale.server.config.ServerKeys.PBX_FLOW_CONTROL;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_AFTER;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_DIRECTORY;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_DONE;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_MODE;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_PASSWORD;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_SECURITY;
import static org.bluewhale.server.config.ServerKeys.PBX_FTP_USER;
import static org.bluewhale.server.config.ServerKeys.PBX_HOST;
import static org.bluewhale.server.config.ServerKeys.PBX_MAX_RECORD;
import static org.bluewhale.server.config.ServerKeys.PBX_PARITY;
import static org.bluewhale.server.config.ServerKeys.PBX_POLL_EVERY;
import static org.bluewhale.server.config.ServerKeys.PBX_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_RECONNECT_MAX;
import static org.bluewhale.server.config.ServerKeys.PBX_SERIAL_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_STOP_BITS;
import static org.bluewhale.server.config.ServerKeys.PBX_TLS;
import static org.bluewhale.server.config.ServerKeys.PBX_TLS_CERTIFICATE;
import static org.bluewhale.server.config.ServerKeys.PBX_TLS_KEY;
import static org.bluewhale.server.config.ServerKeys.PBX_TLS_PASSWORD;
import static org.bluewhale.server.config.ServerKeys.PBX_TLS_TRUST;

import io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.bluewhale.connectors.directory.DirectoryWatchConnector;
import org.bluewhale.connectors.ftp.FtpPullConfig;
import org.bluewhale.connectors.ftp.FtpPullConnector;
import org.bluewhale.connectors.serial.SerialConfig;
import org.bluewhale.connectors.serial.SerialConnector;
import org.bluewhale.connectors.tcp.TcpClientConfig;
import org.bluewhale.connectors.tcp.TcpClientConnector;
import org.bluewhale.connectors.tcp.TcpListenConfig;
import org.bluewhale.connectors.tcp.TcpListenConnector;
import org.bluewhale.connectors.tls.TlsContexts;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.server.config.ConfigException;
import org.bluewhale.server.config.ConfigKey;

/** Builds the connector of a configured PBX from its {@code pbx.<id>.*} keys, one method per transport. */
final class PbxConnectors {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private PbxConnectors() {
    }

    static Connector create(PbxSettings pbx, ConnectorContext context) {
        return switch (pbx.transport()) {
            case "tcp-listen" -> new TcpListenConnector(new TcpListenConfig(id(pbx), pbx.get(PBX_BIND),
                    pbx.get(PBX_PORT), PbxSettings.list(pbx.get(PBX_ALLOWED)), pbx.get(PBX_MAX_RECORD)),
                    context.sink(), context.loops(), tls(pbx, true));
            case "tcp-client" -> tcpClient(pbx, context);
            case "serial" -> serial(pbx, context);
            case "directory" -> new DirectoryWatchConnector(id(pbx), Path.of(required(pbx, PBX_DIRECTORY)),
                    pbx.get(PBX_POLL_EVERY), context.files());
            case "ftp-pull" -> ftpPull(pbx, context);
            case "ftp-push", "sftp-push" -> context.inboxes().connector(pbx, context.files());
            case "rsp" -> RspSettings.bluewhaleRsp(pbx, context.sink(), context.loops());
            case "avaya-rsp" -> RspSettings.avayaRsp(pbx, context.sink(), context.loops());
            default -> throw new IllegalStateException("no connector for transport " + pbx.transport());
        };
    }

    private static Connector tcpClient(PbxSettings pbx, ConnectorContext context) {
        TcpClientConfig client = TcpClientConfig.of(id(pbx), required(pbx, PBX_HOST), pbx.get(PBX_PORT))
                .withBackoff(FIRST_RETRY, pbx.get(PBX_RECONNECT_MAX))
                .withMaxRecordLength(pbx.get(PBX_MAX_RECORD));
        String alternate = pbx.get(PBX_ALTERNATE_HOST);
        return new TcpClientConnector(alternate.isBlank() ? client : client.withAlternate(alternate, pbx.get(PBX_PORT)),
                context.sink(), context.loops(), tls(pbx, false));
    }

    private static Connector serial(PbxSettings pbx, ConnectorContext context) {
        SerialConfig config = SerialConfig.of(id(pbx), required(pbx, PBX_SERIAL_PORT), pbx.get(PBX_BAUD),
                        pbx.get(PBX_MAX_RECORD))
                .withFraming(pbx.get(PBX_DATA_BITS),
                        choice(pbx, PBX_PARITY, Map.of("none", SerialConfig.Parity.NONE, "odd", SerialConfig.Parity.ODD,
                                "even", SerialConfig.Parity.EVEN, "mark", SerialConfig.Parity.MARK,
                                "space", SerialConfig.Parity.SPACE)),
                        choice(pbx, PBX_STOP_BITS, Map.of("1", SerialConfig.StopBits.ONE,
                                "1.5", SerialConfig.StopBits.ONE_POINT_FIVE, "2", SerialConfig.StopBits.TWO)))
                .withFlowControl(choice(pbx, PBX_FLOW_CONTROL, Map.of("none", SerialConfig.FlowControl.NONE,
                        "rts-cts", SerialConfig.FlowControl.RTS_CTS, "xon-xoff", SerialConfig.FlowControl.XON_XOFF)))
                .withBackoff(FIRST_RETRY, pbx.get(PBX_RECONNECT_MAX));
        return new SerialConnector(config, context.sink());
    }

    private static Connector ftpPull(PbxSettings pbx, ConnectorContext context) {
        String trust = pbx.get(PBX_TLS_TRUST);
        FtpPullConfig config = FtpPullConfig.of(id(pbx), required(pbx, PBX_HOST), pbx.get(PBX_FTP_PORT),
                        required(pbx, PBX_FTP_USER), pbx.get(PBX_FTP_PASSWORD), pbx.get(PBX_FTP_DIRECTORY),
                        context.dataRoot().resolve("connectors").resolve(id(pbx)).resolve("ftp-pull"))
                .withPollEvery(pbx.get(PBX_POLL_EVERY))
                .withAfter(choice(pbx, PBX_FTP_AFTER, Map.of("keep", FtpPullConfig.After.KEEP,
                        "delete", FtpPullConfig.After.DELETE, "rename", FtpPullConfig.After.RENAME)), pbx.get(PBX_FTP_DONE))
                .withPassive(choice(pbx, PBX_FTP_MODE, Map.of("passive", true, "active", false)))
                .withSecurity(choice(pbx, PBX_FTP_SECURITY, Map.of("none", FtpPullConfig.Security.NONE,
                                "explicit", FtpPullConfig.Security.EXPLICIT_TLS,
                                "implicit", FtpPullConfig.Security.IMPLICIT_TLS)),
                        trust.isBlank() ? null : Path.of(trust));
        return new FtpPullConnector(config, context.files());
    }

    /** The Netty TLS context of a tcp-listen ({@code server}) or tcp-client PBX, or null with tls=off. */
    private static SslContext tls(PbxSettings pbx, boolean server) {
        if (!choice(pbx, PBX_TLS, Map.of("on", true, "off", false))) {
            return null;
        }
        try {
            if (server) {
                String key = pbx.get(PBX_TLS_KEY);
                return TlsContexts.server(Path.of(required(pbx, PBX_TLS_CERTIFICATE)), key.isBlank() ? null : Path.of(key),
                        pbx.get(PBX_TLS_PASSWORD));
            }
            String trust = pbx.get(PBX_TLS_TRUST);
            return TlsContexts.client(trust.isBlank() ? null : Path.of(trust));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PBX '" + id(pbx) + "': " + e.getMessage());
        }
    }

    /** A key that must be set for this transport. */
    static String required(PbxSettings pbx, ConfigKey<String> key) {
        String value = pbx.get(key);
        if (value.isBlank()) {
            throw new ConfigException(key.forId(id(pbx)).name() + " is required for transport " + pbx.transport());
        }
        return value;
    }

    /** A key whose value is one of a few words. */
    static <T> T choice(PbxSettings pbx, ConfigKey<String> key, Map<String, T> choices) {
        T value = choices.get(pbx.get(key).trim().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new ConfigException(key.forId(id(pbx)).name() + " = '" + pbx.get(key) + "': expected one of "
                    + String.join(", ", new TreeSet<>(choices.keySet())));
        }
        return value;
    }

    private static String id(PbxSettings pbx) {
        return pbx.descriptor().id();
    }
}
