package org.bluewhale.server;

import static org.bluewhale.server.config.ServerKeys.PBX_BIND;
import static org.bluewhale.server.config.ServerKeys.PBX_PORT;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_DEAD_PEER;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_KEEP_ALIVE;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_PEER;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_PSK_FILE;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_TLS_CERTIFICATE;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_TLS_CLIENT_CA;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_TLS_KEY;
import static org.bluewhale.server.config.ServerKeys.PBX_RSP_WINDOW;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import org.bluewhale.core.journal.SequencedSink;
import org.bluewhale.core.spi.Connector;
import org.bluewhale.rsp.TlsFiles;
import org.bluewhale.rsp.avaya.AvayaRspInitializer;
import org.bluewhale.rsp.bluewhale.RspAuth;
import org.bluewhale.rsp.bluewhale.RspServerConfig;
import org.bluewhale.rsp.bluewhale.RspServerInitializer;
import org.bluewhale.server.config.ConfigException;

/** The listeners of the {@code rsp} and {@code avaya-rsp} transports, from a PBX's {@code rsp-*} keys. */
final class RspSettings {

    private RspSettings() {
    }

    static Connector bluewhaleRsp(PbxSettings pbx, SequencedSink sink, EventLoopGroup loops) {
        String id = pbx.descriptor().id();
        String peer = pbx.get(PBX_RSP_PEER).isBlank() ? id : pbx.get(PBX_RSP_PEER);
        String keyFile = pbx.get(PBX_RSP_PSK_FILE);
        String clientCa = pbx.get(PBX_RSP_TLS_CLIENT_CA);
        try {
            RspAuth auth = keyFile.isBlank() ? null : RspAuth.fromFile(Path.of(keyFile));
            RspServerConfig config = new RspServerConfig(id, peer, auth, tls(pbx, clientCa), !clientCa.isBlank(),
                    pbx.get(PBX_RSP_WINDOW), pbx.get(PBX_RSP_KEEP_ALIVE), pbx.get(PBX_RSP_DEAD_PEER), true);
            return RspServerInitializer.listener(config, pbx.get(PBX_BIND), pbx.get(PBX_PORT), sink, loops);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ConfigException("PBX '" + id + "' (transport rsp): " + e.getMessage());
        }
    }

    private static SslContext tls(PbxSettings pbx, String clientCa) {
        String certificate = pbx.get(PBX_RSP_TLS_CERTIFICATE);
        if (certificate.isBlank()) {
            return null;
        }
        String key = pbx.get(PBX_RSP_TLS_KEY);
        if (key.isBlank()) {
            throw new ConfigException(PBX_RSP_TLS_KEY.forId(pbx.descriptor().id()).name()
                    + " is required with " + PBX_RSP_TLS_CERTIFICATE.forId(pbx.descriptor().id()).name());
        }
        return TlsFiles.server(Path.of(certificate), Path.of(key), clientCa.isBlank() ? null : Path.of(clientCa));
    }

    static Connector avayaRsp(PbxSettings pbx, SequencedSink sink, EventLoopGroup loops) {
        return AvayaRspInitializer.listener(pbx.descriptor().id(), pbx.get(PBX_BIND), pbx.get(PBX_PORT),
                pbx.get(PBX_RSP_DEAD_PEER), sink, loops);
    }
}
